// A panic in a deferred call while panicking: both panics are printed, the earlier one
// without [recovered] since nothing recovered it.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}
// Output:
// deferred print still runs
// Exit: 2
// Stderr:
// panic: original
// 	panic: panic in defer
//
// goroutine 1 [running]:
// main.main()
// panic_in_defer_chain.go:12
