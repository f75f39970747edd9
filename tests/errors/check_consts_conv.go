// Checker errors: constant overflow and invalid conversions.
package main

func main() {
	var u8 uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	_ = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8|constant 200 overflows int8"
	const big = 1 << 64
	var i int = big // ERROR "cannot use big \(untyped int constant 18446744073709551616\) as int value in variable declaration \(overflows\)"
	x := 1.5
	var n int = x // ERROR "cannot use x \(variable of type float64\) as int value in variable declaration"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	var s []byte = "str" // ERROR `cannot use "str" \(untyped string constant\) as \[\]byte value in variable declaration`
	_ = []rune(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]rune"
	_, _, _, _, _ = u8, i8, i, n, s
}
