// An unrecovered panic whose value is a custom error type prints its Error() text.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse() {
	panic(&ParseError{3, "unexpected token"})
}

func main() {
	fmt.Println("parsing")
	parse()
}
// Output:
// parsing
// Exit: 2
// Stderr:
// panic: line 3: unexpected token
//
// goroutine 1 [running]:
// main.main()
// panic_custom_error.go:21
