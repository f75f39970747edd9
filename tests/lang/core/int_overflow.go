// int is 64 bits and wraps around on overflow at run time.
package main

import "fmt"

func main() {
	max := 9223372036854775807
	fmt.Println(max)
	max++
	fmt.Println(max)
	min := -9223372036854775808
	min--
	fmt.Println(min)
	x := 1
	for i := 0; i < 63; i++ {
		x *= 2
	}
	fmt.Println(x, x*2)
	y := 3037000500
	fmt.Println(y * y)
	m := -9223372036854775808
	fmt.Println(-m, m/-1)
	h := 1
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	fmt.Println(h)
}
// Output:
// 9223372036854775807
// -9223372036854775808
// 9223372036854775807
// -9223372036854775808 0
// -9223372036709301616
// -9223372036854775808 -9223372036854775808
// -5126258416451424333
