// main blocks forever on a receive with no other goroutine: the runtime
// reports a deadlock, exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
// Output:
// waiting
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// deadlock_main.go:10
