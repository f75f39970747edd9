// Panics in script code that natives call: a panic in sort.Slice's less
// unwinds out of sort.Slice and is recovered by the caller's deferred call;
// a panic recovered inside less itself lets the sort go on; fmt recovers a
// panicking String method and prints it as %!v(PANIC=String method: ...).
package main

import (
	"errors"
	"fmt"
	"sort"
)

func sortOrPanic(xs []int, bad int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == bad || xs[j] == bad {
			panic(fmt.Sprintf("bad value %d", bad))
		}
		return xs[i] < xs[j]
	})
	return "sorted"
}

func safeLess(xs []int) func(i, j int) bool {
	return func(i, j int) (less bool) {
		defer func() {
			if recover() != nil {
				less = false
			}
		}()
		if xs[i] == 0 || xs[j] == 0 {
			panic("zero")
		}
		return 100/xs[i] > 100/xs[j]
	}
}

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

type NilErr struct{}

func (n *NilErr) Error() string {
	var p *int
	return fmt.Sprint(*p)
}

type ErrValue struct{}

func (ErrValue) String() string { panic(errors.New("an error value")) }

type Deep struct{}

func (Deep) String() string {
	defer fmt.Println("deferred in String")
	panic("inner")
}

func main() {
	fmt.Println(sortOrPanic([]int{5, 3, 9, 1}, 9))
	fmt.Println(sortOrPanic([]int{5, 3, 9, 1}, 7))

	xs := []int{4, 0, 25, 10, 0, 50}
	sort.Slice(xs, safeLess(xs))
	fmt.Println(len(xs))

	fmt.Println(Boom{"boom"}, "after")
	fmt.Printf("[%s] [%v] [%d]\n", Boom{"a"}, Boom{"b"}, Boom{"c"})
	fmt.Println(fmt.Sprint(ErrValue{}))
	fmt.Println(&NilErr{})
	var nilErr *NilErr
	fmt.Println(nilErr, error(nilErr))
	fmt.Println(Deep{})

	// The caller's own deferred calls still run, in order, after a panic
	// that came out of a native.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer fmt.Println("second deferred")
		sort.Slice([]int{2, 1}, func(i, j int) bool {
			var m map[string]int
			m["x"] = 1
			return false
		})
		fmt.Println("not reached")
	}()

	// A deferred fmt.Println during a panic calls String, which calls
	// recover: that is not the deferred function itself, so it gets nil.
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		defer fmt.Println(Recoverer{})
		panic("still panicking")
	}()
}

type Recoverer struct{}

func (Recoverer) String() string { return fmt.Sprint("recover in String: ", recover()) }
// Output:
// recovered: bad value 9
// sorted
// 6
// %!v(PANIC=String method: boom) after
// [%!s(PANIC=String method: a)] [%!v(PANIC=String method: b)] [{%!d(string=c)}]
// %!v(PANIC=String method: an error value)
// %!v(PANIC=Error method: runtime error: invalid memory address or nil pointer dereference)
// <nil> <nil>
// deferred in String
// %!v(PANIC=String method: inner)
// second deferred
// recovered: assignment to entry in nil map
// recover in String: <nil>
// outer recovered: still panicking
