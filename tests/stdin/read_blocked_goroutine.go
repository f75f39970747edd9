// A goroutine blocked reading standard input (a pipe that stays open and silent) must not
// hold up the rest of the program: main's collections go ahead, and when main returns the
// program ends without waiting for the input. Run by tests/run_stdin_open.py with csp
// --procs 2 (the reader keeps one worker thread; see spec/internals.md).
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	started := make(chan bool)
	go func() {
		b := make([]byte, 8)
		started <- true
		n, err := os.Stdin.Read(b)
		fmt.Println("read", n, err) // never printed: no input comes
	}()
	<-started
	var keep [][]int
	for i := 0; i < 3; i++ {
		for k := 0; k < 10000; k++ {
			keep = append(keep, make([]int, 8))
		}
		runtime.GC()
		fmt.Println("collected", i, len(keep))
	}
}
// Output:
// collected 0 10000
// collected 1 20000
// collected 2 30000
