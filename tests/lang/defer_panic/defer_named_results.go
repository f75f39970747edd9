// Deferred closures can read and modify named results after the return statement sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tripleDefer() (s string) {
	defer func() { s += "c" }()
	defer func() { s += "b" }()
	s = "x"
	return "a"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("inner")
}

func main() {
	fmt.Println(double(), tripleDefer())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	err := wrap()
	fmt.Println(err, errors.Unwrap(err))
}
// Output:
// 42 abc
// 5 <nil>
// -1 recovered: runtime error: integer divide by zero
// wrap: inner inner
