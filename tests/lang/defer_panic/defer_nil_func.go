// A deferred nil function value panics when the deferred call would run (at the end of the
// function, or while unwinding another panic, which it then aborts), not at the defer
// statement; an unrecovered one is printed after the panic it interrupted.
package main

import "fmt"

func f() (r interface{}) {
	defer func() { r = recover() }()
	var g func()
	defer g()
	panic("first")
}

func other() {
	defer fmt.Println("other's defer")
}

func main() {
	fmt.Println(f())
	other()
	fmt.Println("end")
	var h func()
	defer h()
	panic("last")
}
// Output:
// runtime error: invalid memory address or nil pointer dereference
// other's defer
// end
// Exit: 2
// Stderr:
// panic: last
// 	panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// defer_nil_func.go:25
