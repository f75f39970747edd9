// The fatal report runs the panic values' Error and String methods on the
// panicking goroutine, as Go's preprintpanics does: they may block on a
// channel or yield (the report runs on a fiber) while other goroutines run.
package main

import (
	"fmt"
	"runtime"
)

type slowErr struct{ c chan string }

func (e slowErr) Error() string {
	s := <-e.c
	fmt.Println("Error got", s)
	return s
}

type yielding int

func (y yielding) String() string {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	return fmt.Sprint("yielding ", int(y))
}

func main() {
	c := make(chan string)
	go func() { c <- "computed elsewhere" }()
	defer fmt.Println("deferred")
	defer func() {
		panic(yielding(3))
	}()
	panic(slowErr{c})
}

// Output:
// deferred
// Error got computed elsewhere
// Exit: 2
// Stderr:
// panic: computed elsewhere
// 	panic: yielding 3
//
// goroutine 1 [running]:
// main.main.func2()
// main.main()
