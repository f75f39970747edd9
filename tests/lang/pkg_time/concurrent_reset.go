package main

import (
	"fmt"
	"time"
)

// Timer and Ticker methods may be called from several goroutines at once:
// goroutines keep resetting and stopping the same timers while they fire.
func main() {
	timers := []*time.Timer{
		time.NewTimer(time.Millisecond),
		time.NewTimer(time.Hour),
		time.AfterFunc(time.Millisecond, func() {}),
	}
	ticker := time.NewTicker(time.Millisecond)
	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func(g int) {
			n := 0
			for i := 0; i < 2000; i++ {
				t := timers[(g+i)%len(timers)]
				switch (g + i) % 4 {
				case 0:
					t.Reset(time.Duration(i%3) * time.Microsecond)
				case 1:
					t.Stop()
				case 2:
					ticker.Reset(time.Duration(1+i%5) * time.Microsecond)
				case 3:
					select {
					case <-timers[0].C:
						n++
					case <-ticker.C:
						n++
					default:
					}
				}
			}
			done <- n
		}(g)
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	ticker.Stop()
	for _, t := range timers {
		t.Stop()
	}
	// Whatever happened, the timers still work.
	timers[1].Reset(5 * time.Millisecond)
	<-timers[1].C
	fmt.Println("ok")
}

// Output:
// ok
