package main

import "fmt"

func id8(x int8) int8 { return x }

func main() {
	// Chains of +, -, * wrap once at the end, and must equal step-by-step wrapping.
	var a8, b8 int8 = 100, 77
	fmt.Println(a8*b8+a8-b8, (a8+b8)*(a8-b8), -a8*b8, a8*b8/3, (a8*b8)>>2, (a8+b8)%7)
	var u8, v8 uint8 = 200, 99
	fmt.Println(u8*v8+u8, (u8+v8)*(u8-v8), u8*v8/3, (u8*v8)>>1, (u8+v8)%7, (u8+v8) == 43)
	var a16, b16 int16 = 30000, -29999
	fmt.Println(a16*b16+a16, (a16-b16)*3, (a16-b16)/2, (a16-b16) < 0)
	var u32 uint32 = 12345
	for i := 0; i < 5; i++ {
		u32 = u32*1664525 + 1013904223
		fmt.Print(u32>>8, " ", u32%1000, ";")
	}
	fmt.Println()
	var i32 int32 = 2147483000
	fmt.Println(i32*3+i32, (i32+i32)>>1, (i32+1000)/7, int64(i32+i32+i32))
	// Shifts by constants and variables, left and right.
	var s8 int8 = -128
	var su8 uint8 = 255
	fmt.Println(s8>>1, s8>>7, s8<<1, su8>>3, su8<<4, su8<<7>>7, s8>>63, su8>>63, su8<<63)
	n := uint(3)
	s8 >>= 2
	su8 <<= n
	fmt.Println(s8, su8)
	var x64 int64 = -1
	fmt.Println(x64>>60, uint64(x64)>>60, x64<<63)
	// Complement, bitwise ops, remainders and quotients keep range.
	fmt.Println(^a8, ^u8, ^int16(-1), ^uint16(1), a8&^b8, u8|v8, u8^v8, a8&-b8)
	mi := id8(-128)
	m1 := id8(-1)
	fmt.Println(mi/m1, mi%m1, mi*m1, -mi)
	var q uint16 = 65535
	fmt.Println(q/7, q%7, q/q, (q+q)/2)
}

// Output:
// 43 -25 -20 6 5 -2
// 32 247 29 44 1 true
// 352 -16611 -2768 true
// 342300 868;277626 467;9112642 374;10651922 157;15267761 0;
// -2592 -648 -306783328 2147481704
// -64 -1 0 31 240 1 -1 0 0
// -32 248
// -1 15 -9223372036854775808
// -101 55 0 65534 32 235 171 32
// -128 0 -128 -128
// 9362 1 1 32767
