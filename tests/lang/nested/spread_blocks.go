// fmt called with a spread argument list (f(xs...)): the arguments live in
// a buffer that goes along with the fiber while a String method blocks, and
// the results come back to the caller.
package main

import (
	"errors"
	"fmt"
)

type Later struct{ ch chan string }

func (l Later) String() string { return <-l.ch }

func main() {
	ch := make(chan string)
	go func() {
		for _, s := range []string{"one", "two", "three", "four"} {
			ch <- s
		}
	}()
	args := []any{Later{ch}, 2, Later{ch}}
	n, err := fmt.Println(args...)
	fmt.Println(n, err)
	s := fmt.Sprint(append([]any{"x"}, Later{ch})...)
	fmt.Println(s)
	e := fmt.Errorf("wrapped %v: %w", []any{Later{ch}, errors.New("inner")}...)
	fmt.Println(e, errors.Unwrap(e))
}
// Output:
// one 2 two
// 10 <nil>
// xthree
// wrapped four: inner inner
