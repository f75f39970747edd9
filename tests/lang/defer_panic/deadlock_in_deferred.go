// A goroutine that blocks for ever inside a deferred call run on return:
// the deadlock report shows the returning frame at the line of its return
// statement (or its closing brace), as Go does, not at the line of the
// defer statement or of the last call before the return.
package main

import (
	"fmt"
	"time"
)

var c = make(chan int)
var d = make(chan int)

func f(x int) int {
	defer func() {
		<-c
	}()
	if x > 0 {
		return x +
			1
	}
	fmt.Println("never")
	return 0
}

func g() (r int) {
	defer func() { d <- 1 }()
	r = 5
	return
}

func h() {
	defer func() { select {} }()
	fmt.Println("h")
}

func main() {
	go g()
	go h()
	time.Sleep(10 * time.Millisecond)
	f(3)
}
// Output:
// h
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.f.func1()
// deadlock_in_deferred.go:17
// main.f(...)
// deadlock_in_deferred.go:20
// main.main()
// deadlock_in_deferred.go:42
//
// goroutine 2 [chan send]:
// main.g.func1()
// deadlock_in_deferred.go:28
// main.g()
// deadlock_in_deferred.go:30
// created by main.main
// deadlock_in_deferred.go:39
//
// goroutine 3 [select (no cases)]:
// main.h.func1()
// deadlock_in_deferred.go:34
// main.h()
// deadlock_in_deferred.go:36
// created by main.main
// deadlock_in_deferred.go:40
