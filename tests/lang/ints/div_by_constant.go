// Division and remainder by a positive constant (compiled to DivIK and
// RemIK, which skip the zero and overflow checks): truncation toward zero,
// the remainder's sign follows the dividend, MinInt64 / 1, the sized
// types, and unsigned and rune operands.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []int{-7, -1, 0, 1, 7, math.MinInt64, math.MaxInt64}
	for _, x := range xs {
		fmt.Println(x/2, x%2, x/3, x%3, x/1, x%1, x/32767, x%32767)
	}
	var a int8 = -128
	var b int16 = -32768
	var c int32 = math.MinInt32
	fmt.Println(a/2, a%3, a/1, b/7, b%7, c/3, c%3, c/1)
	var u uint8 = 255
	fmt.Println(u/2, u%7)
	var r rune = 'z'
	fmt.Println(r/2, r%10)
	s := 0
	for i := 0; i < 100; i++ {
		s += i / 3 * (i % 7)
	}
	fmt.Println(s)
}
// Output:
// -3 -1 -2 -1 -7 0 0 -7
// 0 -1 0 -1 -1 0 0 -1
// 0 0 0 0 0 0 0 0
// 0 1 0 1 1 0 0 1
// 3 1 2 1 7 0 0 7
// -4611686018427387904 0 -3074457345618258602 -2 -9223372036854775808 0 -281483566907400 -8
// 4611686018427387903 1 3074457345618258602 1 9223372036854775807 0 281483566907400 7
// -64 -2 -128 -4681 -1 -715827882 -2 -2147483648
// 127 3
// 61 2
// 4820
