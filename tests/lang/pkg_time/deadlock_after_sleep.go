package main

import (
	"fmt"
	"time"
)

// A program whose only goroutine that can progress is asleep is not
// deadlocked: the deadlock is reported once the sleeper is done and a
// pending timer (whose channel nobody reads) has fired.
func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("slept")
	}()
	t := time.NewTimer(60 * time.Millisecond)
	_ = t
	c := make(chan int)
	<-c
}

// Output:
// slept
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// main.main()
