// var, const and := declarations: zero values, grouped declarations,
// package-level initialization order, shadowing in inner scopes.
package main

import "fmt"

var (
	a    = b + 1
	b    = 2
	name string
	flag bool
	ratio float64
)

const (
	K      = 1000
	M      = K * K
	Prefix = "csp-"
)

var total int = M + K

func main() {
	fmt.Println(a, b, total)
	fmt.Printf("%q %v %v\n", name, flag, ratio)
	var x, y int = 1, 2
	var z = "z"
	w := 4.5
	fmt.Println(x, y, z, w, Prefix+"test")
	x, v := 10, 20
	fmt.Println(x, v)
	if x := "shadow"; x != "" {
		fmt.Println(x)
	}
	fmt.Println(x)
	{
		x := true
		fmt.Println(x)
	}
	fmt.Println(x)
	var c chan int
	fmt.Println(c == nil)
	var f func()
	fmt.Println(f == nil)
}
// Output:
// 3 2 1001000
// "" false 0
// 1 2 z 4.5 csp-test
// 10 20
// shadow
// 10
// true
// 10
// true
// true
