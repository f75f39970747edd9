// sync.Mutex: mutual exclusion among many goroutines, TryLock, a Mutex as a
// field, embedded (its methods promoted), behind the Locker interface, as a
// method value and with defer; how fmt prints it.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

type counter struct {
	sync.Mutex
	n map[string]int
}

func (c *counter) inc(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu)

	// Many goroutines, one lock: no increment is lost.
	a := &account{}
	c := &counter{n: map[string]int{}}
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func(g int) {
			for i := 0; i < 1000; i++ {
				a.deposit(1)
				c.inc([]string{"even", "odd"}[g%2])
			}
			done <- true
		}(g)
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	fmt.Println(a.balance, c.n["even"], c.n["odd"])

	// Through the Locker interface and as method values.
	var l sync.Locker = &a.mu
	l.Lock()
	fmt.Println(a.mu.TryLock())
	l.Unlock()
	lock, unlock := c.Lock, c.Unlock
	lock()
	fmt.Println(c.TryLock())
	unlock()
	fmt.Println(c.TryLock())
	c.Unlock()

	// Locked by one goroutine, unlocked by another.
	var handoff sync.Mutex
	handoff.Lock()
	go func() {
		handoff.Unlock()
	}()
	handoff.Lock()
	fmt.Println("relocked")
	handoff.Unlock()

	// A Mutex inside a struct value prints as its fields.
	fmt.Printf("%v %+v\n", *a, account{})
}
// Output:
// true false
// true
// {0 0}
// 10000 5000 5000
// false
// false
// true
// relocked
// {{0 0} 10000} {mu:{state:0 sema:0} balance:0}
