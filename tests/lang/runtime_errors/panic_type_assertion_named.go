// A failed assertion between named types prints package-qualified type names.
package main

import "fmt"

type A struct{}
type B struct{}

func main() {
	var e interface{ String() string }
	_ = e
	var x interface{} = &A{}
	fmt.Println(x.(B))
}
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is *main.A, not main.B
//
// goroutine 1 [running]:
// main.main()
// panic_type_assertion_named.go:13
