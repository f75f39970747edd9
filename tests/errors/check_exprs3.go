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
	i // ERROR "i \(variable of type int\) is not used"
	i() // ERROR "invalid operation: cannot call non-function i \(variable of type int\)"
	len // ERROR "len \(built-in\) must be called"
	fmt // ERROR "use of package fmt not in selector"
	x := two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = s[5:2] // ERROR "invalid slice indices"
	_ = "abc"[5] // ERROR "out of bounds"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	_, _, _, _, _, _ = i, f, s, b, u, c
	fmt.Println()
}
