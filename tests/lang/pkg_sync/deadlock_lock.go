// Goroutines blocked in Mutex.Lock, RWMutex.RLock and WaitGroup.Wait for
// ever: Go's deadlock report lists each as [semacquire], with where it
// waits.
package main

import (
	"fmt"
	"sync"
)

func lockTwice(mu *sync.Mutex) {
	mu.Lock()
	mu.Lock()
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	started := make(chan bool)
	go func() {
		started <- true
		lockTwice(&mu)
	}()
	<-started
	rw.Lock()
	go func() {
		rw.RLock()
	}()
	wg.Add(1)
	fmt.Println("waiting")
	wg.Wait()
}
// Output:
// waiting
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.runtime_Semacquire(...)
// sync.(*WaitGroup).Wait(...)
// main.main()
//
// goroutine N [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*Mutex).lockSlow(...)
// main.lockTwice(...)
// main.main.func1()
//
// goroutine N [semacquire]:
// sync.runtime_SemacquireMutex(...)
// main.main.func2()
