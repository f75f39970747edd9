// The deadlock report names what each goroutine waits on, as Go prints it:
// a select, an empty select, a receive and a send on a nil channel, a
// select over nil channels only, and a one-case select (which is the plain
// channel operation).
package main

import "fmt"

func main() {
	c := make(chan int)
	d := make(chan string)
	started := make(chan bool)
	go func() {
		started <- true
		select {}
	}()
	<-started
	go func() {
		var n chan int
		started <- true
		<-n
	}()
	<-started
	go func() {
		var n chan int
		started <- true
		n <- 1
	}()
	<-started
	go func() {
		var n chan int
		started <- true
		select {
		case <-n:
		case n <- 2:
		}
	}()
	<-started
	go func() {
		started <- true
		select {
		case v := <-c:
			_ = v
		}
	}()
	<-started
	fmt.Println("all started")
	select {
	case v := <-c:
		fmt.Println(v)
	case d <- "x":
	}
}
// Output:
// all started
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
// main.main()
// deadlock_reasons.go:48
//
// goroutine 2 [select (no cases)]:
// main.main.func1()
// deadlock_reasons.go:15
// created by main.main
// deadlock_reasons.go:13
//
// goroutine 3 [chan receive (nil chan)]:
// main.main.func2()
// deadlock_reasons.go:21
// created by main.main
// deadlock_reasons.go:18
//
// goroutine 4 [chan send (nil chan)]:
// main.main.func3()
// deadlock_reasons.go:27
// created by main.main
// deadlock_reasons.go:24
//
// goroutine 5 [select]:
// main.main.func4()
// deadlock_reasons.go:33
// created by main.main
// deadlock_reasons.go:30
//
// goroutine 6 [chan receive]:
// main.main.func5()
// deadlock_reasons.go:42
// created by main.main
// deadlock_reasons.go:39
