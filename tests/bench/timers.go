// timers: 100,000 goroutines sleep at the same time, goroutine i for
// 1 + i%50 ms, each checking on the monotonic clock that its sleep lasted
// at least as long as asked. Measures timer insertion and firing at scale
// and the memory a sleeping goroutine costs (issue 4: within 1.2x of Go's
// time, peak RSS at most Go's).
package main

import (
	"fmt"
	"time"
)

const n = 100000

func sleeper(i int, done chan<- bool) {
	d := time.Duration(1+i%50) * time.Millisecond
	start := time.Now()
	time.Sleep(d)
	done <- time.Since(start) < d
}

func main() {
	done := make(chan bool, 1024)
	for i := 0; i < n; i++ {
		go sleeper(i, done)
	}
	short := 0
	for i := 0; i < n; i++ {
		if <-done {
			short++
		}
	}
	fmt.Println("sleepers:", n)
	fmt.Println("short sleeps:", short)
}
