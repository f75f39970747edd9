// Preemption with four workers and twice as many spinning goroutines as
// in preempt_one_worker.go (loops without calls and loops with long
// iterations, all spinning for ever): every worker is busy spinning, yet
// main and its partner make progress and finish well within the bound.
package main

import (
	"fmt"
	"strings"
	"time"
)

var sink int
var big = make([]int, 1<<16)

func emptyLoop() {
	for {
	}
}

func countLoop() {
	for i := 0; ; i++ {
		sink = i
	}
}

func rangeLoop() {
	for {
		for x := range big {
			sink += x
		}
	}
}

func gotoLoop() {
loop:
	sink++
	goto loop
}

func repeatLoop() {
	for {
		s := strings.Repeat("x", 1<<20)
		sink += len(s)
	}
}

func makeLoop() {
	for {
		b := make([]int, 1<<17)
		sink += len(b)
	}
}

func concatLoop() {
	s := strings.Repeat("y", 1<<19)
	for {
		t := s + s
		sink += len(t)
	}
}

func main() {
	start := time.Now()
	spinners := []func(){emptyLoop, countLoop, rangeLoop, gotoLoop, repeatLoop, makeLoop, concatLoop}
	for k := 0; k < 2; k++ {
		for _, f := range spinners {
			go f()
		}
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
	}()
	// Let the spinners take over every worker first.
	time.Sleep(20 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println("round trip", i, <-pong)
	}
	time.Sleep(time.Millisecond)
	fmt.Println("slept")
	took := time.Since(start)
	fmt.Println("within bound:", took < 5*time.Second)
	if took >= 5*time.Second {
		fmt.Println(took)
	}
}
// Env: GOMAXPROCS=4
// Output:
// round trip 1 2
// round trip 2 4
// round trip 3 6
// slept
// within bound: true
