// Sized integer types wrap around on overflow at run time (two's complement).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c--
	fmt.Println(c)
	var d uint16 = 65535
	d += 2
	fmt.Println(d)
	var e int32 = 2147483647
	e += 10
	fmt.Println(e)
	var f uint32 = 4294967295
	f *= f
	fmt.Println(f)
	var g uint64 = 18446744073709551615
	g++
	fmt.Println(g)
	var h int64 = -9223372036854775808
	fmt.Println(-h, h-1)
	var i8 int8 = -128
	fmt.Println(i8/-1, i8*-1)
	var u uint = 0
	fmt.Println(u - 1)
	var m uint8 = 200
	fmt.Println(m+m, m*3)
}
// Output:
// -128
// 255
// 32767
// 1
// -2147483639
// 1
// 0
// -9223372036854775808 9223372036854775807
// -128 -128
// 18446744073709551615
// 144 88
