// A deferred library call that panics while another panic unwinds aborts
// that panic, as a deferred function that panics does: recovering the new
// panic ends both, and a later unrecovered panic is printed alone. When the
// panic stays inside the library call (a less function that recovers its
// own panic), the earlier panic goes on unwinding.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func nativePanics() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer strings.Repeat("x", -1)
	panic("first")
}

func lessPanics() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := []int{3, 1, 2}
	defer sort.Slice(s, func(i, j int) bool { panic("in less") })
	panic("second")
}

func lessRecovers() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := []int{3, 1, 2}
	defer sort.Slice(s, func(i, j int) bool {
		defer func() { recover() }()
		panic("in less")
	})
	panic("third")
}

func main() {
	nativePanics()
	lessPanics()
	lessRecovers()
	fmt.Println("end")
	panic("last")
}
// Output:
// recovered: strings: negative Repeat count
// recovered: in less
// recovered: third
// end
// Exit: 2
// Stderr:
// panic: last
//
// goroutine 1 [running]:
// main.main()
// deferred_native_panic.go:42
