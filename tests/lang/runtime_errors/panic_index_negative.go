// A negative run-time index panics with the negative value.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println(s[i])
}
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [-1]
//
// goroutine 1 [running]:
// main.main()
// panic_index_negative.go:9
