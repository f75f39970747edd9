// parallel: 16 goroutines each compute a recursive fib(27) and send the
// result over one channel; main adds them up. Independent CPU-bound work
// with no communication to speak of: run with GOMAXPROCS=1 and =2, csp with
// two workers must be at least 1.8x as fast as with one (issue 4), which it
// is only if no global lock, allocator or collector contention serializes
// the goroutines.
package main

import "fmt"

const (
	tasks = 16
	n     = 27
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	results := make(chan int)
	for i := 0; i < tasks; i++ {
		go func() {
			results <- fib(n)
		}()
	}
	sum := 0
	for i := 0; i < tasks; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
