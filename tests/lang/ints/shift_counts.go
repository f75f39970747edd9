// Shift counts: any integer type (signed counts must be non-negative at run time), counts
// at or beyond the operand's width (0, or -1 for a negative signed operand shifted right),
// huge counts of every count type, shift-assign, and the type of a non-constant shift of
// an untyped constant coming from its context.
package main

import "fmt"

func main() {
	// Counts of every integer type.
	var c8 int8 = 3
	var cu8 uint8 = 3
	var c16 int16 = 3
	var cu16 uint16 = 3
	var c32 int32 = 3
	var cu32 uint32 = 3
	var c64 int64 = 3
	var cu64 uint64 = 3
	var cu uintptr = 3
	x := 5
	fmt.Println(x<<c8, x<<cu8, x<<c16, x<<cu16, x<<c32, x<<cu32, x<<c64, x<<cu64, x<<cu)

	// Counts at and beyond each operand width.
	for _, s := range []uint{7, 8, 15, 16, 31, 32, 63, 64, 65, 255, 256, 1 << 20} {
		fmt.Println(s, int8(1)<<s, int8(-128)>>s, uint8(255)>>s, int16(-1)<<s, uint16(1)<<s,
			int32(-5)>>s, uint32(1)<<s, int64(-1)>>s, uint64(1)<<s, -7>>s, 7>>s)
	}

	// Huge counts of unsigned 64-bit type.
	var huge uint64 = 1<<64 - 1
	fmt.Println(1<<huge, -1>>huge, uint8(200)>>huge, int8(-3)>>huge)
	var hugeSigned int64 = 1<<63 - 1
	fmt.Println(1<<hugeSigned, -1>>hugeSigned)
	var big32 uint32 = 1 << 31
	fmt.Println(int16(1)<<big32, int16(-2)>>big32)

	// Shift-assign at each width.
	a := int8(1)
	for i := 0; i < 9; i++ {
		a <<= 1
		fmt.Print(a, " ")
	}
	fmt.Println()
	b := int32(-1 << 31)
	for i := 0; i < 4; i++ {
		b >>= 10
		fmt.Print(b, " ")
	}
	fmt.Println()
	u := uint64(1 << 63)
	u >>= c8
	fmt.Println(u)

	// Right shifts of negative values round toward negative infinity.
	for _, v := range []int{-1, -2, -3, -4, -5, -7, -8, -9} {
		fmt.Print(v>>1, " ", v>>2, " ", v/4, "; ")
	}
	fmt.Println()

	// A non-constant shift of an untyped constant takes the type from its context.
	var s uint = 33
	var i64 int64 = 1 << s
	var i32 int32 = 1 << s
	var u8 uint8 = 255 << (s - 30)
	fmt.Println(i64, i32, u8)
	fmt.Printf("%T %T\n", 1<<s, int8(1)<<s)
	var f = 3
	fmt.Println(uint8(f)<<5, int8(f)<<6, int8(f)<<7)
}
// Output:
// 40 40 40 40 40 40 40 40 40
// 7 -128 -1 1 -128 128 -1 128 -1 128 -1 0
// 8 0 -1 0 -256 256 -1 256 -1 256 -1 0
// 15 0 -1 0 -32768 32768 -1 32768 -1 32768 -1 0
// 16 0 -1 0 0 0 -1 65536 -1 65536 -1 0
// 31 0 -1 0 0 0 -1 2147483648 -1 2147483648 -1 0
// 32 0 -1 0 0 0 -1 0 -1 4294967296 -1 0
// 63 0 -1 0 0 0 -1 0 -1 9223372036854775808 -1 0
// 64 0 -1 0 0 0 -1 0 -1 0 -1 0
// 65 0 -1 0 0 0 -1 0 -1 0 -1 0
// 255 0 -1 0 0 0 -1 0 -1 0 -1 0
// 256 0 -1 0 0 0 -1 0 -1 0 -1 0
// 1048576 0 -1 0 0 0 -1 0 -1 0 -1 0
// 0 -1 0 -1
// 0 -1
// 0 -1
// 2 4 8 16 32 64 -128 0 0 
// -2097152 -2048 -2 -1 
// 1152921504606846976
// -1 -1 0; -1 -1 0; -2 -1 0; -2 -1 -1; -3 -2 -1; -4 -2 -1; -4 -2 -2; -5 -3 -2; 
// 8589934592 0 248
// int int8
// 96 -64 -128
