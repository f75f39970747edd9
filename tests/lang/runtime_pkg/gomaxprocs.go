// runtime.GOMAXPROCS changes the number of workers while the program runs:
// it returns the previous setting, n < 1 only reports, and the work done
// meanwhile (goroutines queued, running, sleeping, blocked) is all finished
// whatever the setting, raised or lowered in the middle of it.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// spin burns some CPU so goroutines overlap with the changes.
func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(5), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(5), runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))

	// Counters shared by many goroutines while the setting changes under
	// them: every increment must land.
	var mu sync.Mutex
	var locked int
	var atomicSum int64
	var wg sync.WaitGroup
	settings := []int{4, 1, 8, 2, 1, 3, 6, 1}
	for round, procs := range settings {
		prev := runtime.GOMAXPROCS(procs)
		if round > 0 && prev != settings[round-1] {
			fmt.Println("round", round, "previous setting", prev)
		}
		for g := 0; g < 16; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 200; i++ {
					mu.Lock()
					locked++
					mu.Unlock()
					atomic.AddInt64(&atomicSum, int64(g))
					if i%50 == 0 {
						spin(2000)
						runtime.Gosched()
					}
				}
			}(g)
		}
	}
	wg.Wait()
	fmt.Println("locked:", locked, "atomic:", atomicSum)

	// Sleepers: their timers sit in the heaps of workers that are stopped
	// by the lowered setting, and must still fire.
	runtime.GOMAXPROCS(6)
	var woke int32
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(1+i%10) * time.Millisecond)
			atomic.AddInt32(&woke, 1)
		}(i)
	}
	runtime.GOMAXPROCS(1)
	wg.Wait()
	fmt.Println("woke:", woke)

	// One worker still runs everything: a goroutine that busy-waits for
	// another is preempted.
	var flag int32
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
	}
	fmt.Println("flag seen with", runtime.GOMAXPROCS(0), "worker")

	// Raised again: goroutines blocked on channels move along a ring.
	runtime.GOMAXPROCS(4)
	const n = 50
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 100; i++ {
			if i == 30 {
				runtime.GOMAXPROCS(2)
			}
			if i == 60 {
				runtime.GOMAXPROCS(7)
			}
			first <- i
		}
		close(first)
	}()
	total := 0
	for v := range in {
		total += v
	}
	fmt.Println("ring total:", total)

	// The ring's goroutines end just after their last send.
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("setting:", runtime.GOMAXPROCS(0))
}
// Output:
// 3 3 3
// 3 5
// 5 5 1
// locked: 25600 atomic: 192000
// woke: 40
// flag seen with 1 worker
// ring total: 9950
// goroutines: 1
// setting: 7
