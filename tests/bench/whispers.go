// whispers: a chain of 100,000 goroutines, each receiving from its right
// neighbour and passing the value plus one to its left; main feeds 1 into
// the rightmost end and prints what comes out at the left (100001).
package main

import "fmt"

const n = 100000

func whisper(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	leftmost := make(chan int)
	left := leftmost
	right := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
}
