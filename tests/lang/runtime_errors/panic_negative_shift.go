// An unrecovered negative shift count panic.
package main

import "fmt"

func main() {
	k := -3
	fmt.Println(8 >> k)
}
// Exit: 2
// Stderr:
// panic: runtime error: negative shift amount
//
// goroutine 1 [running]:
// main.main()
// panic_negative_shift.go:8
