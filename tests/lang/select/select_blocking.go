// Selects that block: woken by a sender, by a receiver, by close, and two
// selects that each offer to send and to receive on one channel pair up.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() { b <- "from b" }()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println(s)
	}

	out := make(chan int)
	got := make(chan int)
	go func() { got <- <-out }()
	select {
	case out <- 7:
		fmt.Println("sent 7, echoed", <-got)
	case v := <-a:
		fmt.Println("a", v)
	}

	quit := make(chan struct{})
	res := make(chan string)
	go func() {
		select {
		case v := <-a:
			res <- fmt.Sprint("a ", v)
		case _, ok := <-quit:
			res <- fmt.Sprint("quit closed, ok=", ok)
		}
	}()
	close(quit)
	fmt.Println(<-res)

	// Two goroutines each offer both directions on c: one sends, the
	// other receives, whichever way round (the receiver reports the
	// sender's id, the sender its negation).
	c := make(chan int)
	done := make(chan int)
	for i := 1; i <= 2; i++ {
		go func(id int) {
			select {
			case c <- id:
				done <- -id
			case v := <-c:
				done <- v
			}
		}(i)
	}
	fmt.Println("paired:", <-done+<-done == 0)

	// Ping-pong where both sides select.
	ping, pong := make(chan int), make(chan int)
	var never chan int
	go func() {
		for {
			select {
			case v := <-ping:
				if v < 0 {
					return
				}
				select {
				case pong <- v + 1:
				case <-never:
				}
			case <-never:
			}
		}
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		select {
		case ping <- v:
		case <-never:
		}
		select {
		case v = <-pong:
		case never <- 1:
		}
	}
	ping <- -1
	fmt.Println("ping-pong", v)
}
// Output:
// from b
// sent 7, echoed 7
// quit closed, ok=false
// paired: true
// ping-pong 1000
