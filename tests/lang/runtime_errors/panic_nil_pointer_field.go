// Reading a field through a nil pointer panics (the [signal ...] line Go adds is not checked).
package main

import "fmt"

func main() {
	type T struct{ A int }
	var p *T
	fmt.Println(p.A)
}
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// panic_nil_pointer_field.go:9
