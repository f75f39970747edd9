// Mismatched operand types and wrong assignment types.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	var s string = "a"
	n := 1
	fmt.Println(s + n) // ERROR "mismatched types string and int"
	var b bool = 1 // ERROR "cannot use 1 .* as bool value"
	a := two() // ERROR "assignment mismatch: 1 variable but two(\(\))? returns 2 values"
	fmt.Println(b, a)
	var c chan int
	c <- "x" // ERROR `cannot use "x"`
}
