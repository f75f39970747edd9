// Indexing an empty slice stored in a map panics with length 0.
package main

import "fmt"

func main() {
	m := map[string][]int{}
	fmt.Println(m["k"][0])
}
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [0] with length 0
//
// goroutine 1 [running]:
// main.main()
// panic_index_map_slice_value.go:8
