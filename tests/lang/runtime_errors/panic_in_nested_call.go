// An index panic three calls deep: the traceback lists every frame down to main.main.
package main

import "fmt"

func level3(s []int, i int) int { return s[i] }
func level2(s []int, i int) int { return level3(s, i+1) }
func level1(s []int) int       { return level2(s, len(s)) }

func main() {
	fmt.Println(level1([]int{1, 2, 3}))
}
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [4] with length 3
//
// goroutine 1 [running]:
// main.level3(...)
// panic_in_nested_call.go:6
// main.level2(...)
// panic_in_nested_call.go:7
// main.level1(...)
// panic_in_nested_call.go:8
// main.main()
// panic_in_nested_call.go:11
