// A failed type assertion to a concrete type panics with interface conversion.
package main

import "fmt"

func main() {
	var x interface{} = "str"
	n := x.(int)
	fmt.Println(n)
}
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
// main.main()
// panic_type_assertion_concrete.go:8
