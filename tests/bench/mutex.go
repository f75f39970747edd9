// mutex: 8 goroutines take turns on one sync.Mutex, 4,000,000 locked
// increments of a shared counter in total; prints the final count.
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 8
	total   = 4000000
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < total/workers; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
