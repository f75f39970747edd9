// Every goroutine is blocked (main on a send nobody receives, workers on
// receives nobody sends): deadlock, exit status 2.
package main

import "fmt"

func worker(in chan int) {
	<-in
}

func main() {
	for i := 0; i < 3; i++ {
		go worker(make(chan int))
	}
	out := make(chan int, 1)
	out <- 1
	fmt.Println("buffer full")
	out <- 2
}
// Output:
// buffer full
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// deadlock_all_blocked.go:18
//
// goroutine 2 [chan receive]:
// main.worker(...)
// deadlock_all_blocked.go:8
