// math constants: integer limits as untyped constants, float limits, Pi and E.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u, math.MaxInt)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64)
	fmt.Println(float32(math.Pi), math.Pi*2)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
}
// Output:
// 9223372036854775807 -9223372036854775808 2147483647 -2147483648
// 127 -128 32767 255 65535 4294967295
// 18446744073709551615 9223372036854775807
// 3.141592653589793 2.718281828459045 1.4142135623730951 0.6931471805599453
// 3.4028234663852886e+38 1.401298464324817e-45
// 1.7976931348623157e+308
// 3.1415927 6.283185307179586
// +Inf -Inf NaN
// 4607182418800017408 1065353216 2
