// Multiple assignment evaluates index expressions and operands first, then assigns left
// to right: swaps, rotations, and a[i], i = ... forms.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	var _, second = 1, 2
	_ = second
	f := func() (int, string) { return 7, "seven" }
	n, str := f()
	_, str2 := f()
	fmt.Println(n, str, str2)
	p := struct{ A, B int }{1, 2}
	p.A, p.B = p.B, p.A
	fmt.Println(p)
}
// Output:
// 2 1
// 2 3 1
// 1 [99 20 30]
// [30 99 20]
// map[a:1] b
// 7 seven seven
// {2 1}
