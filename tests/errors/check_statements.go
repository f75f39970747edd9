// Checker errors: missing return, unused type-switch variable, fallthrough, goto and labels.
package main

import "fmt"

func f(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func g(v interface{}) {
	switch t := v.(type) { // ERROR "declared and not used: t"
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	goto L // ERROR "goto L jumps over (variable )?declaration"
	y := 1
L:
	fmt.Println(y)
	goto Missing // ERROR "label Missing not defined"
	for {
		break Outer // ERROR "invalid break label Outer|break label not defined: Outer"
	}
}

func main() {
	f(1)
	g(1)
}
