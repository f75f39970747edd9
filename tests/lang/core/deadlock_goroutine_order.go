// The deadlock report lists goroutines in the order their G was first
// allocated, as Go does (allgs): the goroutine started by once.Do reuses
// the G of one that finished and takes its place in the list. One worker,
// so which G is reused does not depend on scheduling. Also: method
// goroutines, goroutines created by goroutines, a deferred call blocked on
// return (main's and inner's frames at their closing braces).
package main

import (
	"fmt"
	"sync"
	"time"
)

type S struct{ c chan int }

func (s *S) wait() { <-s.c }
func (s S) send()  { s.c <- 1 }

func spawner(c chan int) {
	go func() {
		c <- 5
	}()
	go inner(c)
}

func inner(c chan int) {
	defer func() {
		c <- 7
	}()
}

func main() {
	s := &S{c: make(chan int)}
	go s.wait()
	go S{c: make(chan int)}.send()
	done := make(chan bool)
	go func() {
		spawner(make(chan int))
		done <- true
	}()
	<-done
	var once sync.Once
	go once.Do(func() { select {} })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("blocking")
	defer func() {
		var mu sync.Mutex
		mu.Lock()
		mu.Lock()
	}()
}
// Env: GOMAXPROCS=1
// Output:
// blocking
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.runtime_SemacquireMutex(...)
// sync.(*Mutex).lockSlow(...)
// sync.(*Mutex).Lock(...)
// main.main.func3()
// deadlock_goroutine_order.go:50
// main.main()
// deadlock_goroutine_order.go:52
//
// goroutine 2 [chan receive]:
// main.(*S).wait(...)
// deadlock_goroutine_order.go:17
// created by main.main
// deadlock_goroutine_order.go:35
//
// goroutine 3 [chan send]:
// main.S.send(...)
// deadlock_goroutine_order.go:18
// created by main.main
// deadlock_goroutine_order.go:36
//
// goroutine 7 [select (no cases)]:
// main.main.func2()
// deadlock_goroutine_order.go:44
// sync.(*Once).doSlow(...)
// sync.(*Once).Do(...)
// created by main.main
// deadlock_goroutine_order.go:44
//
// goroutine 5 [chan send]:
// main.spawner.func1()
// deadlock_goroutine_order.go:22
// created by main.spawner
// deadlock_goroutine_order.go:21
//
// goroutine 6 [chan send]:
// main.inner.func1()
// deadlock_goroutine_order.go:29
// main.inner(...)
// deadlock_goroutine_order.go:31
// created by main.spawner
// deadlock_goroutine_order.go:24
