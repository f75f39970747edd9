// Indexing a string out of range panics like a slice.
package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n])
}
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.main()
// panic_index_string.go:9
