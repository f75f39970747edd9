package main

import (
	"fmt"
	"time"
)

func main() {
	// A timer sends the time once it expires.
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired", v.Sub(start) >= 20*time.Millisecond, time.Since(start) >= 20*time.Millisecond)
	fmt.Println("stop after fire:", t.Stop(), "reset:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// Stop before it fires: it never does.
	t2 := time.NewTimer(30 * time.Millisecond)
	fmt.Println("stop:", t2.Stop(), "again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stopped timer fired")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}

	// Reset a pending timer to later, then earlier.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(time.Hour*2), t3.Reset(10*time.Millisecond))
	<-t3.C
	fmt.Println("reset timer fired")

	// A value left in the channel stays there (Go 1.19's timers).
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("expired, stop:", t4.Stop(), "buffered:", len(t4.C))

	// select with a timeout: the result wins, then the timeout wins.
	result := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		result <- "result"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}
	slow := make(chan string)
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	// AfterFunc runs f in its own goroutine; a stopped one never runs.
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "func ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(20*time.Millisecond, func() { done <- "stopped func ran" })
	fmt.Println("afterfunc stop:", af.Stop(), af.C == nil)
	go func() {
		time.Sleep(50 * time.Millisecond)
		done <- "quiet"
	}()
	fmt.Println(<-done)
	af.Reset(5 * time.Millisecond)
	fmt.Println(<-done)

	// Timeouts in a loop: one After per iteration.
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
			time.Sleep(time.Millisecond)
		}
	}()
	for {
		select {
		case i := <-c:
			fmt.Println("got", i)
			continue
		case <-time.After(100 * time.Millisecond):
			fmt.Println("idle")
		}
		break
	}

	// Misuse.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(time.Timer).Reset(time.Second)
	}()
}

// Output:
// fired true true
// stop after fire: false reset: false
// fired again
// stop: true again: false
// stopped timer stayed quiet
// reset pending: true true
// reset timer fired
// expired, stop: false buffered: 1
// result
// timeout
// func ran
// afterfunc stop: true true
// quiet
// stopped func ran
// got 0
// got 1
// got 2
// idle
// recovered: time: Stop called on uninitialized Timer
// recovered: time: Reset called on uninitialized Timer
