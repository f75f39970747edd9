// The Error method of a panic value runs only when the panic is fatal, when
// the report prints it (as Go's printpanics does), not at panic() and not
// for a recovered panic; it may print, and it runs after the deferred calls.
package main

import "fmt"

type E struct{ n int }

func (e *E) Error() string {
	fmt.Println("Error called", e.n)
	return fmt.Sprint("E", e.n)
}

func try(n int) {
	defer func() { fmt.Println("recovered", recover() != nil) }()
	var err error = &E{n}
	panic(err)
}

func main() {
	try(1)
	defer fmt.Println("deferred ran")
	defer func() {
		fmt.Println("deferred closure ran")
	}()
	var err error = &E{3}
	panic(err)
}
// Output:
// recovered true
// deferred closure ran
// deferred ran
// Error called 3
// Exit: 2
// Stderr:
// panic: E3
//
// goroutine 1 [running]:
// main.main()
// panic_value_methods.go:28
