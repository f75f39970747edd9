// Slicing: default bounds, three-index slices limit capacity, slicing up to cap is allowed.
package main

import "fmt"

func main() {
	a := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	t := a[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = t[:4]
	fmt.Println(t)
	u := a[:0]
	fmt.Println(u, len(u), cap(u), a[len(a):])
	v := s[1:2:3]
	v[0] = 30
	fmt.Println(a, cap(v))
	str := "hello"
	fmt.Printf("%q %v %q\n", str[1:4], str[:0] == "", str[5:])
}
// Output:
// [2 3 4] 3 6
// [2 3 4 5 6 7] 6 6
// [2 3] 2 4
// [2 3 4 5]
// [] 0 8 []
// [0 1 2 30 4 5 6 7] 2
// "ell" true ""
