// Anonymous struct types: literals, comparison between identical anonymous types,
// slices of anonymous structs (table-driven style).
package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
	}
	for _, tc := range tests {
		fmt.Printf("%q %d %v\n", tc.in, tc.want, len(tc.in) == tc.want)
	}
	var a struct{ N int }
	b := struct{ N int }{7}
	a = b
	fmt.Println(a == b, a)
	fmt.Printf("%T\n", b)
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})
}
// Output:
// {3 4} 12
// "a" 1 true
// "abc" 3 true
// "" 0 true
// true {7}
// struct { N int }
// {} true
