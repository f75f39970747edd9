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
	var by byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var n int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = byte(300) // ERROR "constant 300 overflows byte"
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s + 1 // ERROR "mismatched types string and untyped int|cannot convert 1"
	_ = i / 0 // ERROR "invalid operation: division by zero"
	_, _, _, _, _, _ = i, f, s, b, u, c
	fmt.Println()
}
