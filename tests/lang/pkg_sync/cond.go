// sync.Cond: a bounded queue whose producers and consumers wait on two
// conditions; Signal wakes one waiter, Broadcast all of them; a Signal with
// nobody waiting is lost; Cond.L may be an RWMutex's read side.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := newQueue(3)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	sums := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			s := 0
			for i := 0; i < 500; i++ {
				s += q.get()
			}
			sums <- s
		}()
	}
	total := <-sums + <-sums
	wg.Wait()
	fmt.Println("sum:", total)

	// Broadcast releases every waiter; each re-checks the condition.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var done sync.WaitGroup
	for i := 0; i < 5; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			waiting++
			for !ready {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 5 {
			break
		}
	}
	c.Signal() // wakes one, which sees ready false and waits again
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("all released")

	// Nobody waits: the signals are lost, nothing blocks.
	c.Signal()
	c.Broadcast()

	// Signal wakes waiters in the order they started waiting.
	order := make(chan int, 3)
	var turn sync.Mutex
	tc := sync.NewCond(&turn)
	parked := 0
	for i := 0; i < 3; i++ {
		turn.Lock()
		go func(i int) {
			turn.Lock()
			parked++
			tc.Wait()
			order <- i
			turn.Unlock()
		}(i)
		for {
			// wait until goroutine i waits, so they queue in order
			turn.Unlock()
			turn.Lock()
			if parked == i+1 {
				break
			}
		}
		turn.Unlock()
	}
	for i := 0; i < 3; i++ {
		turn.Lock()
		tc.Signal()
		turn.Unlock()
		fmt.Print(<-order, " ")
	}
	fmt.Println()

	// The read side of an RWMutex as the Locker.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := make(chan bool)
	go func() {
		rw.RLock()
		flag <- true
		rc.Wait()
		rw.RUnlock()
		flag <- true
	}()
	<-flag
	rw.Lock() // only once the waiter has released its read lock in Wait
	rc.Broadcast()
	rw.Unlock()
	<-flag
	fmt.Println("read-side cond done")
}
// Output:
// sum: 1624500
// all released
// 0 1 2 
// read-side cond done
