// float32 values round to single precision after every operation (including compound
// assignment, ++, conversions and untyped-constant operands), compare as float32, overflow
// to ±Inf, go subnormal, and print with the shortest 32-bit representation.
package main

import (
	"fmt"
	"math"
)

type Temp float32

func half(x float32) float32 { return x / 2 }

func main() {
	var a float32 = 1
	var tiny float32 = 1e-8
	fmt.Println(a+tiny == a, float64(a)+float64(tiny) == float64(a))
	// Each step rounds: (a + tiny) - a is 0 in float32.
	fmt.Println((a+tiny)-a, float64(a+tiny)-float64(a))
	x := float32(16777216)
	x++
	fmt.Println(x, x+1, x+2, x+3)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc, acc == 1, float64(acc))
	var acc64 float64
	for i := 0; i < 1000; i++ {
		acc64 += float64(float32(0.001))
	}
	fmt.Println(acc64)
	p := float32(1.1)
	fmt.Println(p*p, float64(p)*float64(p), p*p*p, p/3*3)
	fmt.Println(float32(0.1)*3, float32(0.1)+float32(0.2), float32(0.7)+float32(0.1))
	q := float32(1) / 3
	q *= 3
	fmt.Println(q, q == 1)
	r := float32(2) / 3
	fmt.Println(r, float32(float64(r)*3), r+r+r)
	// Overflow and underflow.
	m := float32(math.MaxFloat32)
	fmt.Println(m, m*2, -m*2, m+m/1e7, m+1)
	s := float32(math.SmallestNonzeroFloat32)
	fmt.Println(s, s/2, s*1.5, float32(1e-38)/1e6)
	// Mixed with typed and untyped constants.
	const c = 0.1
	var f32 float32 = c
	var f64 float64 = c
	fmt.Println(f32, f64, float64(f32) == f64, f32 == c)
	fmt.Println(half(3), half(1e-45), half(0.3))
	var t Temp = 36.6
	t += 0.1
	fmt.Println(t, t*1.8+32)
	// Comparison happens at float32 precision.
	u := float32(0.1)
	v := float32(0.1000000001)
	fmt.Println(u == v, u < v, float64(u) < 0.1)
	// Division by zero at run time.
	z := float32(0)
	fmt.Println(1/z, -1/z, z/z, z/z == z/z)
	// Printing.
	for _, w := range []float32{1, 0.5, 1e7, 1e20, 1e21, 123456.78, 1.0000001, 3.4e38, 1.17549435e-38, 1.4e-45} {
		fmt.Println(w, float64(w))
		fmt.Printf("%v %g %e %.3f %6.2f|%T\n", w, w, w, w, w, w)
	}
	fmt.Printf("%v %v\n", []float32{0.1, 0.2, 0.3}, [2]float32{1.5, -2.25})
	fmt.Println(math.Float32bits(0.1), math.Float32frombits(0x3f800001))
	b := math.Float32bits(float32(1) / 3)
	fmt.Printf("%08x %b\n", b, b)
}
// Output:
// true false
// 0 0
// 1.6777216e+07 1.6777216e+07 1.6777218e+07 1.677722e+07
// 0.9999907 false 0.999990701675415
// 1.0000000474974513
// 1.21 1.210000052452088 1.3310001 1.1
// 0.3 0.3 0.8
// 1 true
// 0.6666667 2 2
// 3.4028235e+38 +Inf -Inf +Inf 3.4028235e+38
// 1e-45 0 3e-45 1e-44
// 0.1 0.1 false true
// 1.5 0 0.15
// 36.699997 98.05999
// true false false
// +Inf -Inf NaN false
// 1 1
// 1 1 1.000000e+00 1.000   1.00|float32
// 0.5 0.5
// 0.5 0.5 5.000000e-01 0.500   0.50|float32
// 1e+07 1e+07
// 1e+07 1e+07 1.000000e+07 10000000.000 10000000.00|float32
// 1e+20 1.0000000200408773e+20
// 1e+20 1e+20 1.000000e+20 100000002004087734272.000 100000002004087734272.00|float32
// 1e+21 1.0000000200408773e+21
// 1e+21 1e+21 1.000000e+21 1000000020040877342720.000 1000000020040877342720.00|float32
// 123456.78 123456.78125
// 123456.78 123456.78 1.234568e+05 123456.781 123456.78|float32
// 1.0000001 1.0000001192092896
// 1.0000001 1.0000001 1.000000e+00 1.000   1.00|float32
// 3.4e+38 3.3999999521443642e+38
// 3.4e+38 3.4e+38 3.400000e+38 339999995214436424907732413799364296704.000 339999995214436424907732413799364296704.00|float32
// 1.1754944e-38 1.1754943508222875e-38
// 1.1754944e-38 1.1754944e-38 1.175494e-38 0.000   0.00|float32
// 1e-45 1.401298464324817e-45
// 1e-45 1e-45 1.401298e-45 0.000   0.00|float32
// [0.1 0.2 0.3] [1.5 -2.25]
// 1036831949 1.0000001
// 3eaaaaab 111110101010101010101010101011
