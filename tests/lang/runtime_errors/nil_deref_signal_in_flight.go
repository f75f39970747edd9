// Go remembers a nil dereference on the goroutine until a recovery leaves no panic in
// flight: one recovered inside a deferred call of another panic still gets the signal line
// printed when that other panic ends the program.
package main

import "fmt"

type T struct{ a, b, c int }

//go:noinline
func get() *T { return nil }

func main() {
	defer func() {
		func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			fmt.Println(get().c)
		}()
	}()
	panic("outer")
}
// Output:
// inner recovered: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
// Stderr:
// panic: outer
// [signal SIGSEGV: segmentation violation code=0xc000086dd0 addr=0x4810f3 pc=0x4810a5]
//
// goroutine 1 [running]:
// main.main()
