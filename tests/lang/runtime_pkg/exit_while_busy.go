// main returns while every worker runs a goroutine whose loop body is one
// expensive instruction (a big make, a long concatenation) and calls
// nothing: the program must end at once, as Go's does. csp used to let
// each such goroutine run out its whole time-slice budget (2^15
// iterations, tens of seconds here) before its worker noticed the exit;
// the runner's time limit catches that.
package main

import (
	"fmt"
	"strings"
	"time"
)

var sink int

func makeLoop() {
	for {
		b := make([]int, 1<<21)
		sink += len(b)
	}
}

func concatLoop() {
	s := strings.Repeat("y", 1<<21)
	for {
		t := s + s
		sink += len(t)
	}
}

func main() {
	for i := 0; i < 3; i++ {
		go makeLoop()
		go concatLoop()
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main returns")
}
// Env: GOMAXPROCS=4
// Output:
// main returns
