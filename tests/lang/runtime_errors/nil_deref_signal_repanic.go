// An unrecovered nil dereference ends with Go's signal line after the panic lines, also when
// the deferred function that recovered it panics again with the same value (the report
// then shows both panics, the first marked [recovered]).
package main

import "fmt"

type T struct{ a, b, c int }

//go:noinline
func get() *T { return nil }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	fmt.Println(get().c)
}
// Output:
// recovered: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// 	panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x4810c5]
//
// goroutine 1 [running]:
// main.main.func1()
// main.main()
