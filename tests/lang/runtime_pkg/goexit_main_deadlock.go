// runtime.Goexit in main while another goroutine blocks for ever: the
// usual deadlock report, which no longer lists main.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		<-c
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
// Output:
// main's deferred call
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine N [chan receive]:
// main.main.func1()
// goexit_main_deadlock.go:13
// created by main.main
