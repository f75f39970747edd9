// close of a nil channel and of a closed channel, and a send on a closed
// channel (also from a select), panic with Go's texts as runtime.Error
// values (recovered here); a receive from a closed channel drains its
// buffer first.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntimeError := r.(runtime.Error)
		fmt.Println(name+":", r, isRuntimeError)
	}()
	f()
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("select send closed", func() {
		c := make(chan int, 1)
		close(c)
		select {
		case c <- 1:
		case <-make(chan int):
		}
	})
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	v1, ok1 := <-c
	v2, ok2 := <-c
	v3, ok3 := <-c
	fmt.Println(v1, ok1, v2, ok2, v3, ok3, len(c), cap(c))
	var d chan<- int = make(chan int)
	close(d) // a send-only channel may be closed
	fmt.Println("closed a send-only channel")
	var n chan int
	close(n)
}
// Output:
// close nil: close of nil channel true
// close closed: close of closed channel true
// send closed: send on closed channel true
// select send closed: send on closed channel true
// 1 true 2 true 0 false 0 3
// closed a send-only channel
// Exit: 2
// Stderr:
// panic: close of nil channel
//
// goroutine 1 [running]:
// main.main()
