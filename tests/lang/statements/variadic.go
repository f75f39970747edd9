// Variadic functions: no arguments gives a nil slice, ... passes a slice without copying.
package main

import "fmt"

func count(prefix string, xs ...int) string {
	return fmt.Sprint(prefix, len(xs), xs == nil, xs)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	fmt.Println(count("a"))
	fmt.Println(count("b", 1, 2))
	s := []int{5, 6}
	fmt.Println(count("c", s...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	args := []interface{}{"x", 1}
	fmt.Println(args...)
	fmt.Println(args)
}
// Output:
// a0 true []
// b2 false [1 2]
// c2 false [5 6]
// [-1 6]
// x 1
// [x 1]
