// Integer division by zero at run time panics with Go's runtime error,
// after the output printed so far; exit status 2.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	zero := 0
	fmt.Println("before")
	fmt.Println(div(10, zero))
	fmt.Println("not reached")
}
// Output:
// before
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.div(...)
// panic_divide_by_zero.go:8
// main.main()
// panic_divide_by_zero.go:14
