// Indexing through a nil pointer to an array panics with a nil dereference.
package main

import "fmt"

func main() {
	var p *[3]int
	i := 1
	fmt.Println(p[i])
}
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// panic_array_pointer_nil.go:9
