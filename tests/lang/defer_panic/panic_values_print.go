// An unrecovered panic with a value of a named integer type prints it as main.Code(5);
// println output written before the panic comes first on stderr.
package main

type Code int

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic(Code(5))
	}()
	panic("text")
}
// Exit: 2
// Stderr:
// recovered text
// panic: text [recovered]
// 	panic: main.Code(5)
//
// goroutine 1 [running]:
// main.main()
// panic_values_print.go:13
