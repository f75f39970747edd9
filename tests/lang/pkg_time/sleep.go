package main

import (
	"fmt"
	"time"
)

func main() {
	// Zero and negative sleeps return at once.
	time.Sleep(0)
	time.Sleep(-time.Hour)

	// No sleep is shorter than asked.
	for _, d := range []time.Duration{1, time.Microsecond, time.Millisecond, 15 * time.Millisecond} {
		start := time.Now()
		time.Sleep(d)
		el := time.Since(start)
		fmt.Println(d, el >= d, time.Now().Sub(start) >= d, time.Until(start) <= -d)
	}

	// Sleepers wake in the order of their deadlines, whatever the order
	// they went to sleep in.
	out := make(chan int)
	for _, i := range []int{3, 1, 4, 2, 5} {
		go func(i int) {
			time.Sleep(time.Duration(i) * 40 * time.Millisecond)
			out <- i
		}(i)
	}
	for k := 0; k < 5; k++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	// Many sleepers at once, all on time.
	const n = 2000
	short := make(chan bool, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			d := time.Duration(i%20) * time.Millisecond
			start := time.Now()
			time.Sleep(d)
			short <- time.Since(start) < d
		}(i)
	}
	early := 0
	for i := 0; i < n; i++ {
		if <-short {
			early++
		}
	}
	fmt.Println("early:", early)

	// A goroutine sleeping in a loop while main waits.
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			ticks <- i
		}
		close(ticks)
	}()
	for i := range ticks {
		fmt.Println("tick", i)
	}
}

// Output:
// 1ns true true true
// 1µs true true true
// 1ms true true true
// 15ms true true true
// 1 2 3 4 5 
// early: 0
// tick 0
// tick 1
// tick 2
