// fanout: a producer sends 2,000,000 items down a buffered channel to 8
// workers, which do some integer work on each (an xorshift-multiply hash
// with a few rounds) and send the results down another buffered channel to
// a collector that adds them up. Both channels hold 1,024 items. Measures
// channel throughput with many senders and receivers on one channel and
// the work spread over all workers (issue 4: within 3x of Go).
package main

import (
	"fmt"
	"sync"
)

const (
	items   = 2000000
	workers = 8
	buffer  = 1024
	rounds  = 8
)

func work(x int) int {
	h := uint64(x)
	for i := 0; i < rounds; i++ {
		h ^= h >> 33
		h *= 0xff51afd7ed558ccd
		h ^= h << 7
	}
	return int(h & 0xffff)
}

func produce(jobs chan<- int) {
	for i := 0; i < items; i++ {
		jobs <- i
	}
	close(jobs)
}

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	for x := range jobs {
		results <- work(x)
	}
	wg.Done()
}

func collect(results <-chan int, total chan<- int) {
	sum, n := 0, 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println("items:", n)
	total <- sum
}

func main() {
	jobs := make(chan int, buffer)
	results := make(chan int, buffer)
	total := make(chan int)
	var wg sync.WaitGroup
	wg.Add(workers)
	go produce(jobs)
	for w := 0; w < workers; w++ {
		go worker(jobs, results, &wg)
	}
	go collect(results, total)
	wg.Wait()
	close(results)
	fmt.Println("sum:", <-total)
}
