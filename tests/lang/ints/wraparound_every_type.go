// Every sized integer type wraps around on +, -, *, unary minus, ++/-- and compound
// assignment; MinInt / -1 wraps instead of trapping; % by -1 is 0; ^x flips every bit of
// the type's width.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var ui uint = 18446744073709551615
	var up uintptr = 18446744073709551615
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	ui++
	up++
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, ui, up)
	i8--
	i16--
	i32--
	i64--
	u8--
	u16--
	u32--
	u64--
	ui--
	up--
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, ui, up)

	// Multiplication keeps the low bits.
	var a8 int8 = 100
	var a16 int16 = 300
	var a32 int32 = 100000
	var a64 int64 = 5000000000
	fmt.Println(a8*3, a16*300, a32*a32, a64*a64)
	var b8 uint8 = 200
	var b16 uint16 = 300
	var b32 uint32 = 100000
	var b64 uint64 = 5000000000
	fmt.Println(b8*3, b16*300, b32*b32, b64*b64)

	// Unary minus of the minimum is the minimum; of unsigned is 2^n - x.
	m8, m16, m32, m64 := int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808)
	fmt.Println(-m8, -m16, -m32, -m64)
	var one8 uint8 = 1
	var one16 uint16 = 1
	var one32 uint32 = 1
	var one64 uint64 = 1
	fmt.Println(-one8, -one16, -one32, -one64)

	// MinInt / -1 and % -1.
	neg := int8(-1)
	fmt.Println(m8/neg, m8%neg)
	neg16 := int16(-1)
	fmt.Println(m16/neg16, m16%neg16)
	neg32 := int32(-1)
	fmt.Println(m32/neg32, m32%neg32)
	neg64 := int64(-1)
	fmt.Println(m64/neg64, m64%neg64)
	mi := -9223372036854775807 - 1
	ni := -1
	fmt.Println(mi/ni, mi%ni)

	// Compound assignment wraps at the variable's width.
	c8 := int8(120)
	c8 += 10
	fmt.Println(c8)
	c8 -= 10
	fmt.Println(c8)
	c8 *= 2
	fmt.Println(c8)
	cu := uint16(10)
	cu -= 20
	fmt.Println(cu)
	cu <<= 12
	fmt.Println(cu)
	cu |= 0x0f0f
	cu &^= 0x00ff
	cu ^= 0xffff
	fmt.Println(cu)

	// ^x at each width.
	fmt.Println(^int8(0), ^int16(5), ^int32(-6), ^int64(7))
	fmt.Println(^uint8(0), ^uint16(5), ^uint32(6), ^uint64(7), ^uint(0))

	// Division truncates toward zero, remainder takes the dividend's sign.
	for _, p := range [][2]int16{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Print(p[0]/p[1], " ", p[0]%p[1], "; ")
	}
	fmt.Println()
	var ud uint8 = 250
	fmt.Println(ud/7, ud%7, ud/255, ud%1)

	// Sums in a loop wrap repeatedly.
	var acc uint8
	var sacc int16
	for k := 0; k < 1000; k++ {
		acc += uint8(k)
		sacc += int16(k * 97)
	}
	fmt.Println(acc, sacc)

	// Comparisons use the wrapped value, signed vs unsigned.
	x := int8(127)
	x++
	fmt.Println(x < 0, uint8(x) > 127, int32(x), uint32(uint8(x)))
	fmt.Printf("%T %T %T %T\n", i8+1, u16*2, up, ui)
}
// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 0 0 0 0 0 0
// 127 32767 2147483647 9223372036854775807
// 255 65535 4294967295 18446744073709551615 18446744073709551615 18446744073709551615
// 44 24464 1410065408 6553255926290448384
// 88 24464 1410065408 6553255926290448384
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// -128 0
// -32768 0
// -2147483648 0
// -9223372036854775808 0
// -9223372036854775808 0
// -126
// 120
// -16
// 65526
// 24576
// 37119
// -1 -6 5 -8
// 255 65530 4294967289 18446744073709551608 18446744073709551615
// 3 1; -3 -1; -3 1; 3 -1; 
// 35 5 0 0
// 44 20396
// true true -128 128
// int8 uint16 uintptr uint
