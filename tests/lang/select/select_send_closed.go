// A select parked on a send is woken when the channel is closed and panics
// with Go's text, in the goroutine that selected; a select that finds the
// channel already closed panics at once (recovered here).
package main

import "fmt"

func main() {
	c := make(chan int)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		closed := make(chan int)
		close(closed)
		select {
		case closed <- 1:
		case <-c:
		}
	}()
	// With one worker the new goroutine runs only once main has parked in
	// the select; with more it may close c first. Either way main panics.
	go func() { close(c) }()
	var never chan int
	select {
	case c <- 1:
		fmt.Println("not reached")
	case <-never:
	}
}
// Output:
// recovered: send on closed channel
// Exit: 2
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
// main.main()
