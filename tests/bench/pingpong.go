// pingpong: 1,000,000 round trips of a counter over two unbuffered channels
// between main and one goroutine (two context switches per round trip).
package main

import "fmt"

const rounds = 1000000

func pong(ping, pong chan int) {
	for v := range ping {
		pong <- v + 1
	}
	close(pong)
}

func main() {
	ping := make(chan int)
	back := make(chan int)
	go pong(ping, back)
	count := 0
	for i := 0; i < rounds; i++ {
		ping <- count
		count = <-back
	}
	close(ping)
	<-back
	fmt.Println(count)
}
