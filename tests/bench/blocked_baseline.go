// blocked_baseline: blocked.go without the goroutines, the baseline for its
// memory per goroutine. Not a benchmark of its own.
package main

import "fmt"

const n = 100000

func main() {
	ready := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	close(release)
	_, _ = ready, done
	fmt.Println(n)
}
