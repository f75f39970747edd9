package main

import "fmt"

func main() {
	xx := 1
	xx := 2 // ERROR "no new variables on left side of :="
	var xx int // ERROR "xx redeclared in this block"
	unused := 3 // ERROR "declared and not used: unused"
	fmt.Println(xx)
	fmt.Printnl("x") // ERROR "undefined: fmt.Printnl"
	fmt.Println(lenn("x")) // ERROR "undefined: lenn"
	return 1 // ERROR "too many return values"
}

