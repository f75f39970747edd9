// A low bound greater than the high bound panics: [lo:hi].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	lo, hi := 2, 1
	fmt.Println(s[lo:hi])
}
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [2:1]
//
// goroutine 1 [running]:
// main.main()
// panic_slice_bounds_low_high.go:9
