// Closures capture variables by reference: later writes are seen, and
// closures that share a variable share its updates.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	x := 1
	show := func() { fmt.Println("x =", x) }
	show()
	x = 42
	show()

	set := func(v int) { x = v }
	set(7)
	fmt.Println("after set:", x)

	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())

	inc2, _ := counter()
	fmt.Println(inc2(), inc())

	adder := func(a int) func(int) int {
		return func(b int) int { return a + b }
	}
	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))
}
// Output:
// x = 1
// x = 42
// after set: 7
// 1 2 3
// 1
// 1 2
// 15 0
