// Functions with several results: multi-assignment, passing results on,
// discarding with _, and named results.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(a, b int) (lo, hi int) {
	if a < b {
		lo, hi = a, b
	} else {
		lo, hi = b, a
	}
	return
}

func three() (int, bool, string) {
	return 3, true, "three"
}

func sum(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	lo, hi := minmax(9, 4)
	fmt.Println(lo, hi)
	n, ok, s := three()
	fmt.Println(n, ok, s)
	_, r2 := divmod(100, 7)
	fmt.Println(r2)
	fmt.Println(sum(divmod(23, 4)))
	fmt.Println(divmod(9, 2))
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
}
// Output:
// 3 2
// world hello
// 4 9
// 3 true three
// 2
// 8
// 4 1
// 2 1
