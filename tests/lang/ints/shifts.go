// Shifts: left shifts drop bits of sized types, right shifts are arithmetic for signed and
// logical for unsigned; shifts by >= width give 0 or -1; shift counts can be any integer type.
package main

import "fmt"

func main() {
	var a int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(" ", a<<i)
	}
	fmt.Println()
	var n int32 = -16
	fmt.Println(n>>2, n>>31, n>>40)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u>>32, u<<1)
	var s uint = 70
	fmt.Println(1<<(s-6), 1<<s, -1>>s)
	x := 1
	fmt.Println(x<<63, x<<64)
	var b byte = 0xF0
	fmt.Println(b<<2, b>>4)
	var cnt uint8 = 3
	fmt.Println(100>>cnt, int64(-100)>>cnt)
	fmt.Println(0xFF&^0x0F, 6^3, 6|3, 6&3, ^0, ^uint8(5))
}
// Output:
//  1 2 4 8 16 32 64 -128 0
// -4 -1 -1
// 1 0 0
// 0 0 -1
// -9223372036854775808 0
// 192 15
// 12 -13
// 240 5 7 2 -1 250
