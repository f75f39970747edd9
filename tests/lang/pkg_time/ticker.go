package main

import (
	"fmt"
	"time"
)

func main() {
	// A ticker ticks at its period, each tick later than the last.
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	var last time.Time
	for i := 1; i <= 5; i++ {
		v := <-tk.C
		fmt.Println("tick", i, v.After(last), time.Since(start) >= time.Duration(i)*10*time.Millisecond)
		last = v
	}
	tk.Stop()
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}

	// A slow receiver misses ticks instead of queueing them.
	tk2 := time.NewTicker(2 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("pending ticks:", len(tk2.C), cap(tk2.C))
	tk2.Stop()

	// Reset changes the period.
	tk3 := time.NewTicker(time.Hour)
	tk3.Reset(5 * time.Millisecond)
	<-tk3.C
	<-tk3.C
	fmt.Println("reset ticker ticked")
	tk3.Stop()
	tk3.Stop()

	// Tick.
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)
	c := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("tick channel ticked")

	// A ticker in a select loop with a deadline.
	heartbeat := time.NewTicker(10 * time.Millisecond)
	defer heartbeat.Stop()
	deadline := time.After(55 * time.Millisecond)
	beats := 0
loop:
	for {
		select {
		case <-heartbeat.C:
			beats++
		case <-deadline:
			break loop
		}
	}
	// At most 5 ticks fit in 55 ms (fewer if the machine is busy: a tick
	// the loop is not ready for is dropped).
	fmt.Println("beats >= 1:", beats >= 1, "beats <= 5:", beats <= 5)

	// Misuse.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(time.Second).Reset(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(time.Ticker).Reset(time.Second)
	}()
	new(time.Ticker).Stop()
	fmt.Println("done")
}

// Output:
// tick 1 true true
// tick 2 true true
// tick 3 true true
// tick 4 true true
// tick 5 true true
// no tick after stop
// pending ticks: 1 1
// reset ticker ticked
// true true
// tick channel ticked
// beats >= 1: true beats <= 5: true
// recovered: non-positive interval for NewTicker
// recovered: non-positive interval for Ticker.Reset
// recovered: time: Reset called on uninitialized Ticker
// done
