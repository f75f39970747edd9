// Undefined names and unused variables are reported, each on its own line,
// and the checker keeps going after the first error.
package main

import "fmt"

func main() {
	x := 1 // ERROR "declared (and|but) not used"
	fmt.Println(y) // ERROR "undefined: y"
	undefinedFunc() // ERROR "undefined: undefinedFunc"
}
