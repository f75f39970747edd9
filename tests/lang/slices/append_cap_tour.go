// The Tour of Go's append example: len and cap after each append (capacity growth
// follows Go's runtime, including rounding up to allocation size classes).
package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
	b := []byte{}
	b = append(b, 'a')
	fmt.Println(len(b), cap(b))
	strs := append([]string(nil), "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
}
// Output:
// len=0 cap=0 []
// len=1 cap=1 [0]
// len=2 cap=2 [0 1]
// len=5 cap=6 [0 1 2 3 4]
// 1 8
// 3 3
