// The deadlock report with a goroutine blocked in each way Go 1.19 names:
// chan send and receive (also in a range loop), select, select (no
// cases), nil-channel send and receive, Mutex.Lock, RWMutex.Lock and
// RLock, WaitGroup.Wait ([semacquire] in Go 1.19), sync.Cond.Wait. Go
// inlines Mutex.Lock and prints the inlined frame; csp does its first
// steps in an instruction and prints the frame as Go does. Goroutines are
// listed in the order they were created (Go's allgs), whichever worker
// created them.
package main

import (
	"fmt"
	"sync"
)

type T struct{ mu sync.Mutex }

func (t *T) lockIt() {
	t.mu.Lock()
}

func recvLoop(c chan int) {
	for v := range c {
		fmt.Println(v)
	}
}

func main() {
	started := make(chan bool)
	c := make(chan int)
	var mu sync.Mutex
	var rw sync.RWMutex
	var rw2 sync.RWMutex
	var wg sync.WaitGroup
	cond := sync.NewCond(&sync.Mutex{})
	t := &T{}
	t.mu.Lock()

	c1, c2 := make(chan int), make(chan int)
	go func() { started <- true; c1 <- 1 }()
	<-started
	go func() { started <- true; <-c2 }()
	<-started
	go recvLoop(make(chan int))
	go func() { started <- true; select {} }()
	<-started
	go func() {
		started <- true
		var n chan int
		<-n
	}()
	<-started
	go func() {
		started <- true
		var n chan int
		n <- 1
	}()
	<-started
	go func() {
		started <- true
		select {
		case <-c:
		case c <- 2:
		}
	}()
	<-started
	mu.Lock()
	go func() { started <- true; mu.Lock() }()
	<-started
	rw.Lock()
	go func() { started <- true; rw.Lock() }()
	<-started
	go func() { started <- true; rw.RLock() }()
	<-started
	rw2.RLock()
	go func() { started <- true; rw2.Lock() }()
	<-started
	wg.Add(1)
	go func() { started <- true; wg.Wait() }()
	<-started
	go func() {
		started <- true
		cond.L.Lock()
		cond.Wait()
	}()
	<-started
	go func() { started <- true; t.lockIt() }()
	<-started
	fmt.Println("all started")
	c3 := make(chan string)
	for s := range c3 {
		fmt.Println(s)
	}
}
// Output:
// all started
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// deadlock_every_reason.go:91
//
// goroutine 2 [chan send]:
// main.main.func1()
// deadlock_every_reason.go:40
// created by main.main
// deadlock_every_reason.go:40
//
// goroutine 3 [chan receive]:
// main.main.func2()
// deadlock_every_reason.go:42
// created by main.main
// deadlock_every_reason.go:42
//
// goroutine 4 [chan receive]:
// main.recvLoop(...)
// deadlock_every_reason.go:23
// created by main.main
// deadlock_every_reason.go:44
//
// goroutine 5 [select (no cases)]:
// main.main.func3()
// deadlock_every_reason.go:45
// created by main.main
// deadlock_every_reason.go:45
//
// goroutine 6 [chan receive (nil chan)]:
// main.main.func4()
// deadlock_every_reason.go:50
// created by main.main
// deadlock_every_reason.go:47
//
// goroutine 7 [chan send (nil chan)]:
// main.main.func5()
// deadlock_every_reason.go:56
// created by main.main
// deadlock_every_reason.go:53
//
// goroutine 8 [select]:
// main.main.func6()
// deadlock_every_reason.go:61
// created by main.main
// deadlock_every_reason.go:59
//
// goroutine 9 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*Mutex).lockSlow(...)
// sync.(*Mutex).Lock(...)
// main.main.func7()
// deadlock_every_reason.go:68
// created by main.main
// deadlock_every_reason.go:68
//
// goroutine 10 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*Mutex).lockSlow(...)
// sync.(*Mutex).Lock(...)
// sync.(*RWMutex).Lock(...)
// main.main.func8()
// deadlock_every_reason.go:71
// created by main.main
// deadlock_every_reason.go:71
//
// goroutine 11 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*RWMutex).RLock(...)
// main.main.func9()
// deadlock_every_reason.go:73
// created by main.main
// deadlock_every_reason.go:73
//
// goroutine 12 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*RWMutex).Lock(...)
// main.main.func10()
// deadlock_every_reason.go:76
// created by main.main
// deadlock_every_reason.go:76
//
// goroutine 13 [semacquire]:
// sync.runtime_Semacquire(...)
// sync.(*WaitGroup).Wait(...)
// main.main.func11()
// deadlock_every_reason.go:79
// created by main.main
// deadlock_every_reason.go:79
//
// goroutine 14 [sync.Cond.Wait]:
// sync.runtime_notifyListWait(...)
// sync.(*Cond).Wait(...)
// main.main.func12()
// deadlock_every_reason.go:84
// created by main.main
// deadlock_every_reason.go:81
//
// goroutine 15 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*Mutex).lockSlow(...)
// sync.(*Mutex).Lock(...)
// main.(*T).lockIt(...)
// deadlock_every_reason.go:19
// main.main.func13()
// deadlock_every_reason.go:87
// created by main.main
// deadlock_every_reason.go:87
