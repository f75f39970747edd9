// sync.RWMutex: readers share the lock, a writer excludes everyone, a
// waiting writer holds off new readers; TryLock and TryRLock; RLocker.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()

	// Readers run together: all of them hold the lock at the same time.
	var inside, most int32
	var wg sync.WaitGroup
	gate := make(chan bool)
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := atomic.AddInt32(&inside, 1)
			for {
				m := atomic.LoadInt32(&most)
				if n <= m || atomic.CompareAndSwapInt32(&most, m, n) {
					break
				}
			}
			<-gate
			atomic.AddInt32(&inside, -1)
			rw.RUnlock()
		}()
	}
	for atomic.LoadInt32(&inside) < 5 {
		// all five readers are in at once
	}
	close(gate)
	wg.Wait()
	fmt.Println("readers together:", most)

	// Writers exclude readers and each other.
	shared := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				shared[i%10]++
				rw.Unlock()
			}
		}(w)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				_ = shared[i%10]
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range shared {
		total += v
	}
	fmt.Println("writes:", total)

	// A pending writer blocks new readers until it has had its turn.
	rw.RLock()
	order := make(chan string, 3)
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		order <- "writer"
		rw.Unlock()
	}()
	for rw.TryRLock() {
		rw.RUnlock() // not yet: the writer has not announced itself
	}
	go func() {
		defer wg.Done()
		rw.RLock()
		order <- "late reader"
		rw.RUnlock()
	}()
	order <- "first reader done"
	rw.RUnlock()
	wg.Wait()
	fmt.Println(<-order, "/", <-order, "/", <-order)

	// RLocker is a Locker for the read side.
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
	fmt.Printf("%v\n", rw)
}
// Output:
// true false
// true false false
// readers together: 5
// writes: 2000
// first reader done / writer / late reader
// false true
// true
// {{0 0} 0 0 0 0}
