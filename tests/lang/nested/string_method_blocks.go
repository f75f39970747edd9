// String and Error methods that block on channels while fmt prints them:
// the goroutine parks inside fmt.Println (on its fiber) and continues
// printing when another goroutine sends.
package main

import (
	"errors"
	"fmt"
)

type Temp struct {
	ch chan string
}

func (t Temp) String() string { return "temp=" + <-t.ch }

type Slow struct{ id int }

var ready = make(chan int)

func (s *Slow) String() string {
	n := <-ready
	return fmt.Sprintf("slow#%d(%d)", s.id, n)
}

type failure struct{ ch chan error }

func (f failure) Error() string {
	err := <-f.ch
	return "failure: " + err.Error()
}

func main() {
	ch := make(chan string)
	go func() {
		ch <- "21C"
		ch <- "22C"
	}()
	t := Temp{ch}
	fmt.Println(t)
	fmt.Printf("%v|%s\n", "x", t)

	go func() {
		for i := 1; i <= 3; i++ {
			ready <- i * 10
		}
	}()
	a, b := &Slow{1}, &Slow{2}
	fmt.Println(a, b, []*Slow{a}[0])

	errs := make(chan error, 1)
	errs <- errors.New("disk full")
	var e error = failure{errs}
	fmt.Println("error:", e)

	// A value printed by a goroutine that is itself waited on.
	out := make(chan string)
	go func() {
		c := make(chan string)
		go func() { c <- "from a third goroutine" }()
		out <- fmt.Sprint(Temp{c})
	}()
	fmt.Println(<-out)

	// Struct fields and slices of blocking Stringers.
	type pair struct {
		L, R Temp
	}
	c2 := make(chan string, 2)
	c2 <- "left"
	c2 <- "right"
	fmt.Printf("%+v\n", pair{Temp{c2}, Temp{c2}})
}
// Output:
// temp=21C
// x|temp=22C
// slow#1(10) slow#2(20) slow#1(30)
// error: failure: disk full
// temp=from a third goroutine
// {L:temp=left R:temp=right}
