// if / else if / else chains, init statements, and short-circuit && and ||.
package main

import "fmt"

var calls int

func t(s string) bool {
	calls++
	fmt.Println("eval", s)
	return s != ""
}

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	} else {
		return 0
	}
}

func main() {
	fmt.Println(sign(5), sign(-5), sign(0))
	if v := sign(-3); v < 0 {
		fmt.Println("negative", v)
	} else {
		fmt.Println("non-negative", v)
	}
	if t("") && t("never") {
		fmt.Println("unreachable")
	}
	if t("x") || t("never") {
		fmt.Println("short-circuit or")
	}
	fmt.Println(calls, !true, !(1 > 2))
}
// Output:
// 1 -1 0
// negative -1
// eval 
// eval x
// short-circuit or
// 2 false true
