// runtime.Goexit runs the goroutine's deferred calls, newest first, in
// every frame, with recover() returning nil, and ends the goroutine only.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var wg sync.WaitGroup

func inner(log *[]string) {
	defer func() { *log = append(*log, "inner deferred") }()
	runtime.Goexit()
	*log = append(*log, "not reached: inner")
}

func middle(log *[]string) int {
	defer func() { *log = append(*log, fmt.Sprint("middle deferred, recover: ", recover())) }()
	inner(log)
	*log = append(*log, "not reached: middle")
	return 1
}

func run(name string, f func(log *[]string)) {
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println(name+":", log)
		}()
		f(&log)
	}()
	wg.Wait()
}

type loud struct{}

func (loud) String() string {
	runtime.Goexit()
	return "not reached"
}

func main() {
	run("nested frames", func(log *[]string) {
		defer func() { *log = append(*log, "outer deferred") }()
		middle(log)
	})

	// A panic raised by a deferred call while Goexit runs them, and
	// recovered: Goexit goes on with the remaining deferred calls.
	run("panic during Goexit", func(log *[]string) {
		defer func() { *log = append(*log, fmt.Sprint("last, recover: ", recover())) }()
		defer func() { *log = append(*log, fmt.Sprint("recovered: ", recover())) }()
		defer func() { panic("boom") }()
		defer func() { *log = append(*log, "first") }()
		runtime.Goexit()
	})

	// Goexit in a deferred call during a panic: the panic is over, the
	// goroutine just ends.
	run("Goexit during panic", func(log *[]string) {
		defer func() { *log = append(*log, fmt.Sprint("recover after Goexit: ", recover())) }()
		defer func() {
			*log = append(*log, "calling Goexit")
			runtime.Goexit()
		}()
		panic("abandoned")
	})

	// Deferred runtime.Goexit itself.
	run("deferred Goexit", func(log *[]string) {
		defer func() { *log = append(*log, "runs after") }()
		defer runtime.Goexit()
		*log = append(*log, "body")
	})

	// Goexit from a method fmt calls: fmt does not swallow it.
	run("in String", func(log *[]string) {
		defer func() { *log = append(*log, fmt.Sprint("deferred, recover: ", recover())) }()
		s := fmt.Sprint(loud{})
		*log = append(*log, "not reached: "+s)
	})

	// The goroutine count goes down; others keep running. The goroutines
	// run started end just after their wg.Done, maybe after wg.Wait has
	// returned (the stress mode makes that likely): count without them.
	for i := 0; i < 1000 && runtime.NumGoroutine() != 1; i++ {
		time.Sleep(time.Millisecond)
	}
	before := runtime.NumGoroutine()
	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) {
			defer func() { done <- i }()
			if i%2 == 0 {
				runtime.Goexit()
			}
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-done
	}
	// They end just after their send.
	for i := 0; i < 1000 && runtime.NumGoroutine() != before; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("sum:", sum, "goroutines back to", runtime.NumGoroutine() == before)
}
// Output:
// nested frames: [inner deferred middle deferred, recover: <nil> outer deferred]
// panic during Goexit: [first recovered: boom last, recover: <nil>]
// Goexit during panic: [calling Goexit recover after Goexit: <nil>]
// deferred Goexit: [body runs after]
// in String: [deferred, recover: <nil>]
// sum: 45 goroutines back to true
