// thread_ring: 503 goroutines linked in a ring by unbuffered channels pass a
// token around 5,000,000 times; each decrements it and hands it on, and the
// one that receives it at 0 reports its number (the Computer Language
// Benchmarks Game's thread-ring). Pure hand-off: one goroutine runs at a
// time (issue 4: at least as fast as Go).
package main

import "fmt"

const (
	ring = 503
	hops = 5000000
)

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		token := <-in
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ring; id++ {
		out := first
		if id < ring {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- hops
	fmt.Println(<-done)
}
