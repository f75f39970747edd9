// Passing a slice passes its header: element writes are visible to the caller, but an
// append inside the callee changes only the callee's header.
package main

import "fmt"

func set(s []int) { s[0] = 42 }

func grow(s []int) []int {
	s = append(s, 7)
	s[0] = -1
	return s
}

func main() {
	s := []int{1, 2, 3}
	set(s)
	fmt.Println(s)
	t := grow(s)
	fmt.Println(s, t)
	u := make([]int, 3, 4)
	v := grow(u)
	fmt.Println(u, v)
	var arr [4]string
	sl := arr[:]
	sl[3] = "x"
	fmt.Printf("%q\n", arr)
}
// Output:
// [42 2 3]
// [42 2 3] [-1 2 3 7]
// [-1 0 0] [-1 0 0 7]
// ["" "" "" "x"]
