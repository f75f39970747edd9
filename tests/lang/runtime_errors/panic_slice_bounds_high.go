// Slicing beyond the capacity panics: slice bounds out of range [:hi] with capacity.
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	hi := 6
	fmt.Println(s[:hi])
}
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:6] with capacity 5
//
// goroutine 1 [running]:
// main.main()
// panic_slice_bounds_high.go:9
