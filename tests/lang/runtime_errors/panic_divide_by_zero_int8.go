// Dividing a sized integer by zero panics like int.
package main

import "fmt"

func main() {
	var a, b int8 = 1, 0
	fmt.Println(a % b)
}
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// panic_divide_by_zero_int8.go:8
