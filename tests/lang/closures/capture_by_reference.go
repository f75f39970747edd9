// Closures capture variables by reference: later changes are visible, and the closure can
// modify them; each call of the outer function creates fresh variables.
package main

import "fmt"

func makeCounter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := makeCounter()
	fmt.Println(inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := makeCounter()
	fmt.Println(inc2(), inc())
	x := 1
	show := func() int { return x }
	x = 5
	fmt.Println(show())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(" ", fib())
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}
// Output:
// 1 2
// 101
// 1 102
// 5
//  0 1 1 2 3 5 8 13 21 34
// 3628800
