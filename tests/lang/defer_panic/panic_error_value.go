// Panicking with an error created by fmt.Errorf; after a recover and re-panic with a new
// value Go prints the chain.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("wrapped: %v", r))
		}
	}()
	panic(errors.New("disk full"))
}
// Exit: 2
// Stderr:
// panic: disk full [recovered]
// 	panic: wrapped: disk full
//
// goroutine 1 [running]:
// main.main()
// panic_error_value.go:16
