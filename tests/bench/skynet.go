// skynet: 1,000,000 goroutines in a 10-ary tree (1,111,111 in all) sum the
// numbers 0..999,999: each leaf sends its number to its parent over the
// parent's unbuffered channel, each inner node starts its ten children, adds
// up what they send and passes the sum up (github.com/atemerev/skynet).
// Measures goroutine creation, parking and hand-off at scale and the memory
// a million live goroutines cost (issue 4: at least as fast as Go, peak RSS
// at most half of Go's).
package main

import "fmt"

const (
	leaves = 1000000
	fanout = 10
)

func skynet(out chan<- int, num, size int) {
	if size == 1 {
		out <- num
		return
	}
	in := make(chan int)
	size /= fanout
	for i := 0; i < fanout; i++ {
		go skynet(in, num+i*size, size)
	}
	sum := 0
	for i := 0; i < fanout; i++ {
		sum += <-in
	}
	out <- sum
}

func main() {
	out := make(chan int)
	go skynet(out, 0, leaves)
	fmt.Println(<-out)
}
