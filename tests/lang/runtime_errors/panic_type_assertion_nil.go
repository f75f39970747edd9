// Asserting on a nil interface panics: interface is nil.
package main

import "fmt"

func main() {
	var x interface{}
	fmt.Println(x.(string))
}
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is nil, not string
//
// goroutine 1 [running]:
// main.main()
// panic_type_assertion_nil.go:8
