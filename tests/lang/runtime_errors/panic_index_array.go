// Indexing an array with an out-of-range variable index panics.
package main

import "fmt"

func main() {
	var a [4]string
	n := 4
	a[n] = "x"
	fmt.Println(a)
}
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [4] with length 4
//
// goroutine 1 [running]:
// main.main()
// panic_index_array.go:9
