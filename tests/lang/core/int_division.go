// Integer division truncates toward zero; % takes the sign of the dividend.
// Shifts on signed ints are arithmetic.
package main

import "fmt"

func main() {
	a, b := -7, 2
	fmt.Println(a/b, a%b)
	fmt.Println(7/-2, 7%-2, -7/-2, -7%-2)
	fmt.Println(-7/2, -7%2)
	c, d := 7, -2
	fmt.Println(c/d, c%d)
	fmt.Println(0/5, 5/7, 99%100)
	e := -8
	fmt.Println(e>>1, e<<2, e>>10, 1<<62)
	var s uint = 3
	fmt.Println(e>>s, 5<<s)
	x := 17
	x /= 3
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	fmt.Println(7.0/2.0, -7.0/2)
}
// Output:
// -3 -1
// -3 1 3 -1
// -3 -1
// -3 1
// 0 0 99
// -4 -32 -1 4611686018427387904
// -1 40
// 5
// 1
// 3.5 -3.5
