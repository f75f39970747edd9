// Slicing a string beyond its length panics with the length.
package main

import "fmt"

func main() {
	s := "hello"
	hi := 10
	fmt.Println(s[2:hi])
}
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:10] with length 5
//
// goroutine 1 [running]:
// main.main()
// panic_slice_bounds_string.go:9
