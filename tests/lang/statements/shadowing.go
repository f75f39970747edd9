// Shadowing: inner scopes (if/for/switch/blocks) declare new variables; := with at least
// one new variable reuses existing ones in the same scope.
package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	n, err := strconv.Atoi("12")
	m, err := strconv.Atoi("x")
	fmt.Println(n, m, err != nil)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 1.5; {
	default:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
// Output:
// package
// block
// main
// if 5
// 12 0 true
// for 0
// for 10
// switch 1.5
// main
// 3
// false
