// float64 special values: infinities, NaN comparisons, negative zero, division by zero
// of floats at run time (no panic).
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, 1/negz)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e21), 100000000.0, 2.5e-8)
	fmt.Println(int64(1e18), 3.0, -0.5)
}
// Output:
// +Inf -Inf NaN
// false true false false
// true true
// -0 true -Inf
// 1.7976931348623157e+308 5e-324
// 1e+21 1e+20 1.23456789e+08 1e-06 1e-07
// 1e+21 1e+08 2.5e-08
// 1000000000000000000 3 -0.5
