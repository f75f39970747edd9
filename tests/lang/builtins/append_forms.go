// append with no values, several values, another slice with ..., a string into []byte,
// and append to a sub-slice of the same slice.
package main

import "fmt"

func main() {
	s := []int{1}
	s = append(s)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println(s)
	b := []byte("ab")
	b = append(b, "cd"...)
	b = append(b, 'e')
	fmt.Println(string(b))
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s))
	var none []string
	none = append(none, none...)
	fmt.Println(none == nil, len(none))
	var ifs []interface{}
	ifs = append(ifs, 1, "a", nil, 2.5)
	fmt.Println(ifs...)
	fmt.Println(len(ifs))
}
// Output:
// [1 2 3 4 5]
// abcde
// [1 3 4 5] 4
// true 0
// 1 a <nil> 2.5
// 4
