// Integer modulo by zero panics like division does.
package main

import "fmt"

func main() {
	n := 0
	for i := 3; i >= 0; i-- {
		fmt.Println(12 % (i + n))
	}
}
// Output:
// 0
// 0
// 0
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// panic_modulo_by_zero.go:9
