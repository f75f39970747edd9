// make with capacity below the length panics: makeslice: cap out of range.
package main

import "fmt"

func main() {
	n, c := 5, 2
	s := make([]int, n, c)
	fmt.Println(s)
}
// Exit: 2
// Stderr:
// panic: runtime error: makeslice: cap out of range
//
// goroutine 1 [running]:
// main.main()
// panic_make_cap_less_than_len.go:8
