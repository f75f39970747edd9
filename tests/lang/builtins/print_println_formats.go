// The print and println builtins write to stderr in the runtime's own formats: floats as
// +d.dddddde+ddd (NaN, ±Inf, -0), integers of every width, bools, strings and bytes raw,
// nil pointers/slices/maps/funcs/interfaces; print adds no spaces or newline, println
// separates with spaces. Stdout is untouched.
package main

import "fmt"

type Celsius float64
type ID int8

func main() {
	fmt.Println("stdout first")
	println(1.5)
	println(0.0, 1.0, -2.5, 1e100, 1e-100, 123456789.0)
	zero := 0.0
	negz := -zero
	println(zero/zero, 1/zero, -1/zero, negz)
	println(float32(0.1), float32(3.4e38), float32(1)/3)
	println(Celsius(-40), 1e21, 0.000001234)
	println(0, -1, 42, int8(-128), int16(32767), int32(-5), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(7), uintptr(12))
	println(ID(-3), 'x', byte('y'), rune(0x4e16))
	println(true, false, 3 < 4)
	println("hello", "wörld", "", "tab\there")
	println()
	print("no", "spaces", 1, 2, true, "\n")
	print("a ", 1.0, " b\n")
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var e interface{}
	var err error
	var ch chan int
	println(p, m, f, ch)
	println(s)
	println(e, err)
	println(p == nil, s == nil, e == nil)
	x := 10
	print("computed: ", x*x, " ", x > 5, "\n")
	println("last line")
	fmt.Println("stdout last")
}
// Output:
// stdout first
// stdout last
// Stderr:
// +1.500000e+000
// +0.000000e+000 +1.000000e+000 -2.500000e+000 +1.000000e+100 +1.000000e-100 +1.234568e+008
// NaN +Inf -Inf -0.000000e+000
// +1.000000e-001 +3.400000e+038 +3.333333e-001
// -4.000000e+001 +1.000000e+021 +1.234000e-006
// 0 -1 42 -128 32767 -5 -9223372036854775808
// 255 65535 4294967295 18446744073709551615 7 12
// -3 120 121 19990
// true false true
// hello wörld  tab	here
//
// nospaces12true
// a +1.000000e+000 b
// 0x0 0x0 0x0 0x0
// [0/0]0x0
// (0x0,0x0) (0x0,0x0)
// true true true
// computed: 100 true
// last line
