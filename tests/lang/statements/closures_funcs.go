// Function values: nil func comparison, functions as map values, higher-order functions,
// immediately invoked literals, recursion through a named result.
package main

import (
	"fmt"
	"strings"
)

func mapStr(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	var fn func()
	fmt.Println(fn == nil)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	fmt.Println(mapStr([]string{"a", "b"}, strings.ToUpper))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(func(a int) int { return a * a }(9))
	fmt.Println(divmod(17, 5))
}
// Output:
// true
// 7 12 true
// [A B]
// 12 11
// 81
// 3 2
