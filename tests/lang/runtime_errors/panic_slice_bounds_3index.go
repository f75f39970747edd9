// Three-index slice with max beyond capacity panics: [::max] with capacity.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	m := 5
	fmt.Println(s[0:1:m])
}
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [::5] with capacity 4
//
// goroutine 1 [running]:
// main.main()
// panic_slice_bounds_3index.go:9
