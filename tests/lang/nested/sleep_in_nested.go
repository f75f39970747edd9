// time.Sleep inside script code that natives call (a less function, a
// String method, the Error method the fatal report runs): the goroutine
// parks on its timer with the native's fiber and resumes inside the native
// when the timer fires, while other goroutines run.
package main

import (
	"fmt"
	"sort"
	"time"
)

type napper struct{ name string }

func (n napper) String() string {
	time.Sleep(2 * time.Millisecond)
	return "napped " + n.name
}

type lateErr struct{}

func (lateErr) Error() string {
	time.Sleep(time.Millisecond)
	return "late error"
}

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
		}
	}()

	xs := []int{4, 1, 3, 5, 2}
	sort.Slice(xs, func(i, j int) bool {
		time.Sleep(100 * time.Microsecond)
		<-ticks
		return xs[i] < xs[j]
	})
	fmt.Println(xs)

	fmt.Println(napper{"a"}, napper{"b"})
	timer := time.AfterFunc(time.Millisecond, func() { <-ticks })
	fmt.Printf("%v\n", napper{"c"})
	timer.Stop()

	panic(lateErr{})
}

// Output:
// [1 2 3 4 5]
// napped a napped b
// napped c
// Exit: 2
// Stderr:
// panic: late error
//
// goroutine 1 [running]:
// main.main()
