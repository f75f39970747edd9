// A negative run-time shift count panics with "negative shift amount"; out-of-range
// conversions of slices to array pointers panic too.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	n := -1
	try(func() { fmt.Println(1 << n) })
	var u uint = 3
	fmt.Println(1<<u, -8>>u)
	s := []int{1, 2}
	try(func() { _ = (*[3]int)(s) })
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s)
}
// Output:
// runtime error: negative shift amount
// 8 -1
// runtime error: cannot convert slice with length 2 to pointer to array with length 3
// [10 2]
