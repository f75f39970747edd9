// fmt.Errorf formats like Sprintf; %w with a non-error operand prints %!w(...); the message
// of a wrapping error is just the formatted text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("level1: %w", base)
	e2 := fmt.Errorf("level2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Is(e2, base))
	e3 := fmt.Errorf("bad: %w", "not an error")
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("count=%d name=%q", 3, "x")
	fmt.Println(e4)
	var nilErr error
	e5 := fmt.Errorf("nil: %w", nilErr)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
}
// Output:
// level2: level1: base
// true true
// bad: %!w(string=not an error) true
// count=3 name="x"
// nil: %!w(<nil>) true
