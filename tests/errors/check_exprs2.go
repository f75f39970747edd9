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
	_ = 1.0 / 0 // ERROR "invalid operation: division by zero"
	_ = b && i // ERROR "mismatched types bool and int"
	_ = i == s // ERROR "mismatched types int and string"
	_ = 1 << 600 // ERROR "constant shift overflow"
	_ = 1 << 100000 // ERROR "invalid shift count"
	var g float64 = 1 << u // ERROR "shifted operand 1 \(type float64\) must be integer"
	_ = i << -1 // ERROR "negative shift count"
	int // ERROR "int \(type\) is not an expression"
	_, _, _, _, _, _ = i, f, s, b, u, c
	fmt.Println()
}
