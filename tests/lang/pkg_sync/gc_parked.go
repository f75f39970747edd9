// Goroutines parked in Mutex.Lock, WaitGroup.Wait and Cond.Wait keep what
// they wait on alive: collections run while they wait, with the sync
// objects reachable only from the parked goroutines' own variables.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type guarded struct {
	mu   sync.Mutex
	data []int
}

func churn() int {
	n := 0
	for i := 0; i < 2000; i++ {
		b := make([]int, 64)
		b[0] = i
		n += len(b)
	}
	return n
}

func main() {
	results := make(chan string, 3)
	unlock := make(chan func(), 3)

	go func() {
		g := &guarded{data: []int{1, 2, 3}}
		g.mu.Lock()
		unlock <- g.mu.Unlock
		g.mu.Lock() // parks until main calls the Unlock it was given
		results <- fmt.Sprint("mutex ", g.data)
	}()
	go func() {
		wg := new(sync.WaitGroup)
		wg.Add(1)
		unlock <- wg.Done
		wg.Wait()
		results <- "waitgroup"
	}()
	go func() {
		c := sync.NewCond(new(sync.Mutex))
		c.L.Lock()
		unlock <- func() {
			c.L.Lock()
			c.Signal()
			c.L.Unlock()
		}
		c.Wait()
		c.L.Unlock()
		results <- "cond"
	}()

	var releases []func()
	for i := 0; i < 3; i++ {
		releases = append(releases, <-unlock)
	}
	total := 0
	for round := 0; round < 5; round++ {
		total += churn()
		runtime.GC()
	}
	fmt.Println("churned", total)
	for _, f := range releases {
		f()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["mutex [1 2 3]"], got["waitgroup"], got["cond"])
}
// Output:
// churned 640000
// 3 true true true
