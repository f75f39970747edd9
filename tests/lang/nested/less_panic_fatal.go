// A panic in sort.Slice's less function that nothing recovers ends the
// program with Go's report; the traceback starts in less. The caller's
// deferred calls run first.
package main

import (
	"fmt"
	"sort"
)

type compareError struct{ v int }

func (e compareError) Error() string { return fmt.Sprintf("cannot compare %d", e.v) }

func main() {
	defer fmt.Println("deferred in main")
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 2 || xs[j] == 2 {
			var err error = compareError{2}
			panic(err)
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached")
}
// Output:
// deferred in main
// Exit: 2
// Stderr:
// panic: cannot compare 2
//
// goroutine 1 [running]:
// main.main.func1(...)
// less_panic_fatal.go:21
// main.main()
// less_panic_fatal.go:18
