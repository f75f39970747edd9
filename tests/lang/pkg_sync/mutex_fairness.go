// Starvation mode: a goroutine that keeps the mutex almost all the time
// (releasing it only to take it again at once) cannot starve another one
// for ever; once that one has waited more than a millisecond the mutex is
// handed to it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	go func() {
		for {
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	got := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			mu.Unlock()
		}
		got <- true
	}()
	select {
	case <-got:
		fmt.Println("the waiter got the mutex 10 times")
	case <-time.After(10 * time.Second):
		fmt.Println("starved")
	}
	close(stop)
}
// Output:
// the waiter got the mutex 10 times
