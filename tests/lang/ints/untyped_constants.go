// Untyped constants are exact: big intermediate values are fine as long as the result fits.
package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const F = 1.0 / 3.0

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

func main() {
	fmt.Println(Small, Big/Big, F*3 == 1)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %v\n", Thursday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32) == 0.1, 0.1+0.2 == 0.3)
	x := 0.1
	y := 0.2
	fmt.Println(x+y == 0.3, x+y)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println('a'+1, string(rune('a'+1)))
}
// Output:
// 4 1 true
// 0 1 2 4
// main.Weekday 4
// 1024 1048576 1073741824
// 0 0 1 10
// 0.1 false true
// false 0.30000000000000004
// 1e+300
// 98 b
