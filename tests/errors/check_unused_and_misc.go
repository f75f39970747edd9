// Checker errors: unused imports and variables (current Go wording `declared and not used: x`),
// multi-value in single-value context, untyped nil, argument types.
package main

import (
	"fmt"
	"os" // ERROR `"os" imported and not used|imported and not used: "os"`
)

func h() (int, error) { return 0, nil }

func main() {
	a := 1 // ERROR "declared and not used: a"
	var b string // ERROR "declared and not used: b"
	c, err := h() // ERROR "declared and not used: err"
	fmt.Println(c)
	for i, v := range []int{1} { // ERROR "declared and not used: i"
		fmt.Println(v)
	}
	x := h() // ERROR "assignment mismatch: 1 variable but h(\(\))? returns 2 values"
	fmt.Println(x)
	var fn func(int)
	fn("s") // ERROR `cannot use "s" \(untyped string constant\) as int value in argument to fn`
	_ = nil // ERROR "use of untyped nil in assignment"
	var p *int = 0 // ERROR "cannot use 0 \(untyped int constant\) as \*int value in variable declaration"
	_ = p
}
