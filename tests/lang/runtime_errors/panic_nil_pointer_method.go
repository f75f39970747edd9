// Calling a value-receiver method through a nil pointer dereferences it and panics.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	fmt.Println("calling")
	fmt.Println(p.Get())
}
// Output:
// calling
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// panic_nil_pointer_method.go:13
