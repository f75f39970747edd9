// sync.WaitGroup: waiting for goroutines, several waiters, reuse after a
// round, Wait on a zero count, Add with larger deltas, and the misuse panic
// of a negative count (recovered here).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait() // zero: returns at once
	results := make([]int, 10)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Several goroutines wait on one group; a single Add(n) counts n tasks.
	var start, finish sync.WaitGroup
	start.Add(1)
	waiting := make(chan int, 3)
	for w := 0; w < 3; w++ {
		finish.Add(1)
		go func(w int) {
			defer finish.Done()
			start.Wait()
			waiting <- w
		}(w)
	}
	start.Done()
	finish.Wait()
	close(waiting)
	sum := 0
	for w := range waiting {
		sum += w
	}
	fmt.Println("waiters released:", sum)

	// Reuse for a second round.
	for round := 1; round <= 2; round++ {
		var mu sync.Mutex
		total := 0
		wg.Add(5)
		for i := 1; i <= 5; i++ {
			go func(i int) {
				mu.Lock()
				total += i * round
				mu.Unlock()
				wg.Done()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, total)
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var bad sync.WaitGroup
		bad.Add(1)
		bad.Done()
		bad.Done()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var bad sync.WaitGroup
		bad.Add(-5)
	}()
	fmt.Printf("%v\n", wg)
}
// Output:
// [0 1 4 9 16 25 36 49 64 81]
// waiters released: 3
// round 1 15
// round 2 30
// recovered: sync: negative WaitGroup counter
// recovered: sync: negative WaitGroup counter
// {{} 0 0}
