// A negative WaitGroup counter panics (an ordinary panic, with a string
// value); unrecovered, it ends the program with Go's report.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("one Done too many")
	wg.Done()
}
// Output:
// one Done too many
// Exit: 2
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
// main.main()
