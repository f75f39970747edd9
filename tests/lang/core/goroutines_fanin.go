// Many goroutines send results to one channel; main collects them all.
// The sum is deterministic whatever the order of delivery.
package main

import "fmt"

func square(n int, out chan int) {
	out <- n * n
}

func main() {
	const n = 1000
	out := make(chan int)
	for i := 1; i <= n; i++ {
		go square(i, out)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	fmt.Println(sum)

	results := make(chan int, 10)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(id int) {
			for j := 0; j < 250; j++ {
				results <- id
			}
			done <- true
		}(w)
	}
	go func() {
		for w := 0; w < 4; w++ {
			<-done
		}
		close(results)
	}()
	counts := 0
	idsum := 0
	for id := range results {
		counts++
		idsum += id
	}
	fmt.Println(counts, idsum)
}
// Output:
// 333833500
// 1000 1500
