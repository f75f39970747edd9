// Atomics from many goroutines at once: counters that lose no update, a
// spin lock made of CompareAndSwap guarding plain variables, a flag that
// publishes data written before it (Go's memory model: the atomic store
// synchronizes before the load that sees it), and Value as a published
// configuration.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type spin struct{ held int32 }

func (s *spin) lock() {
	for !atomic.CompareAndSwapInt32(&s.held, 0, 1) {
		runtime.Gosched()
	}
}

func (s *spin) unlock() { atomic.StoreInt32(&s.held, 0) }

type config struct{ version, size int }

func main() {
	const workers, rounds = 8, 20000
	var hits atomic.Int64
	var total uint64
	var small int32
	var l spin
	plain := 0
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for i := 0; i < rounds; i++ {
				hits.Add(1)
				atomic.AddUint64(&total, uint64(w))
				atomic.AddInt32(&small, 1)
				atomic.AddInt32(&small, -1)
				if i%100 == 0 {
					l.lock()
					plain++
					l.unlock()
				}
			}
			done <- true
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	fmt.Println(hits.Load(), atomic.LoadUint64(&total), atomic.LoadInt32(&small), plain)

	// Publication: data written before the flag's store is seen by whoever
	// sees the flag.
	var ready atomic.Bool
	data := make([]int, 100)
	go func() {
		for i := range data {
			data[i] = i * i
		}
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	sum := 0
	for _, v := range data {
		sum += v
	}
	fmt.Println(sum)

	// Readers see whole configurations, never a mix of two.
	var cfg atomic.Value
	cfg.Store(config{0, 0})
	stop := make(chan bool)
	bad := make(chan int, 1)
	for r := 0; r < 4; r++ {
		go func() {
			for {
				select {
				case <-stop:
					bad <- 0
					return
				default:
				}
				c := cfg.Load().(config)
				if c.size != c.version*10 {
					bad <- c.version
					return
				}
			}
		}()
	}
	for v := 1; v <= 2000; v++ {
		cfg.Store(config{v, v * 10})
	}
	close(stop)
	failures := 0
	for r := 0; r < 4; r++ {
		if <-bad != 0 {
			failures++
		}
	}
	fmt.Println(cfg.Load(), failures)

	// A CAS loop computing a maximum.
	var max int64
	for w := 0; w < workers; w++ {
		go func(w int) {
			for i := 0; i < 1000; i++ {
				v := int64((w*7919 + i*104729) % 100003)
				for {
					old := atomic.LoadInt64(&max)
					if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
						break
					}
				}
			}
			done <- true
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	fmt.Println(max)
}
// Output:
// 160000 560000 0 1600
// 328350
// {2000 20000} 0
// 99982
