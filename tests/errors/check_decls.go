package main

import (
	"fmt"
	"strings" // ERROR "package strings is not in std|imported and not used"
)

func f() (int, int) { return 1, 2 }

func g(a, b, c int) {}

func h() int { // the missing return is reported at the closing brace
	for {
		break
	}
} // ERROR "missing return"

func k() int {
	for {
	}
}

func main() {
	a := f() // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	g(1, 2)  // ERROR "not enough arguments in call to g"
	g(f())   // ERROR "not enough arguments in call to g"
	g(1, 2, 3, 4) // ERROR "too many arguments in call to g"
	var x int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	var y string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
	g(1, y, 3) // ERROR "cannot use y \(variable of type string\) as int value in argument to g"
	undefinedThing() // ERROR "undefined: undefinedThing"
	fmt.Println(a, h(), k())
}
