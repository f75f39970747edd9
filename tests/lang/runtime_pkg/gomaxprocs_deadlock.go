// A deadlock after GOMAXPROCS was raised and lowered: the stopped workers
// count as idle, so the deadlock is still found.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() { done <- true }()
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	fmt.Println(runtime.GOMAXPROCS(1))
	<-done
}
// Output:
// 4
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// main.main()
