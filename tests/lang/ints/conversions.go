// Conversions between integer types truncate or sign-extend; float to int truncates toward zero.
package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var z int32 = -129
	fmt.Println(int8(z), uint8(z))
	var big uint64 = 1<<63 + 5
	fmt.Println(int64(big), int32(big), uint32(big))
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int8(f))
	var b byte = 'A'
	fmt.Println(b, rune(b), string(rune(b)))
	var r rune = 0x4e16
	fmt.Println(byte(r), int(r))
	fmt.Println(float64(7)/2, float32(1)/3)
	var u8 uint8 = 255
	fmt.Println(int(u8)+1, int8(u8))
}
// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// 127 127
// -9223372036854775803 5 5
// 3 -3 3
// 65 65 A
// 22 19990
// 3.5 0.33333334
// 256 -1
