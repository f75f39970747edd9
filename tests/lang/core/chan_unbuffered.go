// Unbuffered channels synchronize: each send waits for its receive.
package main

import "fmt"

func producer(n int, out chan int, done chan bool) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go producer(5, ch, done)
	for i := 0; i < 5; i++ {
		fmt.Println(<-ch)
	}
	<-done

	reply := make(chan string)
	go func() {
		msg := <-reply
		reply <- msg + " pong"
	}()
	reply <- "ping"
	fmt.Println(<-reply)
	fmt.Println(len(ch), cap(ch))
}
// Output:
// 1
// 4
// 9
// 16
// 25
// ping pong
// 0 0
