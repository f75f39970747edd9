// Indexing a slice past its length panics with the index and the length.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
}
// Output:
// before
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
// main.main()
// panic_index_out_of_range.go:10
