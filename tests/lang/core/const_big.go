// Untyped constants are exact: intermediate values may far exceed int64 as
// long as the final value used fits its type.
package main

import "fmt"

const big = 1 << 100
const huge = big * big * big

const (
	third = 1.0 / 3
	exact = third * 3
)

func main() {
	fmt.Println(big >> 98)
	fmt.Println(huge / (big * big * (big >> 2)))
	fmt.Println(big/(1<<90) + 1)
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	fmt.Println(exact == 1)
	const x int = 1<<62 - 1 + 1<<62
	fmt.Println(x)
	const m = -big >> 99
	fmt.Println(m)
	var i int = big >> 70
	fmt.Println(i)
	const c = 'a' + 1
	fmt.Println(c)
	fmt.Println(5/2, 5.0/2, 5/2.0)
	const typed float64 = 5 / 2
	fmt.Println(typed)
}
// Output:
// 4
// 4
// 1025
// 1e+300
// true
// 9223372036854775807
// -2
// 1073741824
// 98
// 2 2.5 2.5
// 2
