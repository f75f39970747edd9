// A deferred call that panics while Goexit runs them, not recovered: the
// usual panic report.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { panic(fmt.Sprint("deferred panic, recover: ", recover())) }()
		runtime.Goexit()
	}()
	<-done
}
// Exit: 2
// Stderr:
// panic: deferred panic, recover: <nil>
// goroutine N [running]:
