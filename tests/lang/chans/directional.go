// Directional channel types: a bidirectional channel converts implicitly
// (and explicitly) to chan<- T and <-chan T; functions take and return
// directional channels; len and cap work in every direction.
package main

import "fmt"

func producer(n int) <-chan int {
	c := make(chan int, n)
	go func() {
		for i := 0; i < n; i++ {
			c <- i * i
		}
		close(c)
	}()
	return c
}

func sink(out chan<- string, words ...string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

type Events <-chan string

func main() {
	sum := 0
	for v := range producer(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	words := make(chan string, 3)
	sink(words, "a", "b", "c")
	var r <-chan string = words
	fmt.Println(len(r), cap(r))
	for w := range r {
		fmt.Print(w)
	}
	fmt.Println()

	c := make(chan int, 4)
	send := (chan<- int)(c)
	recv := (<-chan int)(c)
	send <- 1
	send <- 2
	fmt.Println(len(send), cap(send), len(recv), cap(recv), len(c))
	fmt.Println(<-recv, <-recv)

	ev := make(chan string, 1)
	var e Events = ev
	ev <- "event"
	select {
	case s := <-e:
		fmt.Println(s)
	}

	var nilSend chan<- int
	var nilRecv <-chan int
	fmt.Println(len(nilSend), cap(nilRecv), nilSend == nil, nilRecv == nil)
	select {
	case nilSend <- 1:
	case <-nilRecv:
	default:
		fmt.Println("nil directional channels are never ready")
	}

	// A channel of receive-only channels (the chan<- <-chan form).
	cc := make(chan (<-chan int), 1)
	var ccs chan<- <-chan int = cc
	ccs <- recv
	send <- 3
	fmt.Println(<-<-cc)
	fmt.Printf("%T %T %T\n", send, recv, ccs)
}
// Output:
// sum 30
// 3 3
// abc
// 2 4 2 4 2
// 1 2
// event
// 0 0 true true
// nil directional channels are never ready
// 3
// chan<- int <-chan int chan<- <-chan int
