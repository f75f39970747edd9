// runtime.Goexit in main: main's deferred calls run, main never returns,
// the other goroutines go on; when none is left, Go's fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
	fmt.Println("not reached")
}
// Output:
// main's deferred call
// other goroutine done
// Exit: 2
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
