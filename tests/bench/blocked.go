// blocked: 100,000 goroutines all blocked on a receive at the same time, to
// measure the memory a parked goroutine costs. Each one reports that it is
// running, then blocks on the shared release channel; once all are parked,
// main closes it and waits for every goroutine to finish. The runner reports
// (peak RSS - peak RSS of blocked_baseline) / 100,000.
package main

import "fmt"

const n = 100000

func waiter(ready, release, done chan bool) {
	ready <- true
	<-release
	done <- true
}

func main() {
	ready := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go waiter(ready, release, done)
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	close(release)
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println(n)
}
