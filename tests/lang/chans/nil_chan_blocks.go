// A send or receive on a nil channel blocks forever: other goroutines go
// on, and once nothing else can run Go reports the deadlock.
package main

import "fmt"

func main() {
	var c chan int
	done := make(chan bool)
	go func() {
		c <- 1 // blocks forever
		fmt.Println("not reached")
	}()
	go func() {
		fmt.Println("others still run")
		done <- true
	}()
	<-done
	v, ok := <-c
	fmt.Println("not reached", v, ok)
}
// Output:
// others still run
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive (nil chan)]:
// main.main()
// nil_chan_blocks.go:19
//
// goroutine 2 [chan send (nil chan)]:
// main.main.func1()
// nil_chan_blocks.go:11
// created by main.main
// nil_chan_blocks.go:10
