// The print and println builtins write to stderr in the runtime's own format: floats in
// %e-like form with a sign, pointers-free values only, println separates with spaces.
package main

func main() {
	println(1.5)
	println(-2.25, 0.0, 1e100)
	println(42, -7, true, false, "str")
	var f32 float32 = 0.1
	println(f32)
	print("no", "space", 1, 2, "\n")
	println()
	println(complex(1, -2))
	var u8 uint8 = 255
	var i64 int64 = -1 << 63
	println(u8, i64, 'x')
	var nilSlice []int
	println(len(nilSlice), nilSlice == nil)
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
}
// Output:
// Stderr:
// +1.500000e+000
// -2.250000e+000 +0.000000e+000 +1.000000e+100
// 42 -7 true false str
// +1.000000e-001
// nospace12
//
// (+1.000000e+000-2.000000e+000i)
// 255 -9223372036854775808 120
// 0 true
// +Inf -Inf NaN
