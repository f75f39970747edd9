package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	i := 1
	f := 2.5
	s := "s"
	b := true
	var u uint = 2
	const c int8 = 100
	_ = c * 2 // ERROR "overflows int8"
	_ = iota // ERROR "cannot use iota outside constant declaration"
	_ = _ // ERROR "cannot use _ as value"
	_ = nil == nil // ERROR "operator == not defined on nil|invalid operation"
	println(nil) // ERROR "use of untyped nil in argument to built-in println"
	var e error = 1 // ERROR "cannot use 1 .* as error value in variable declaration"
	fmt.Println(lenght) // ERROR "undefined: lenght"
	_, _, _, _, _, _ = i, f, s, b, u, c
	fmt.Println()
}
