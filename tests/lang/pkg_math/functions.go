// The math functions of numeric code, printed with Println and %.6f.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Abs(-3.5), math.Abs(math.Inf(-1)))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Floor(2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log(0), math.Log(-1), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Sin(0), math.Cos(0), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 0), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, ip, fp)
}
// Output:
// 1.4142135623730951 NaN 3.5 +Inf
// -3 -2 2 3 -2 3 -3
// 1024 1.4142135623730951 +Inf NaN
// 2.718281828459045 1 -Inf NaN 10 -3
// 0.500000 0.500000 1.000000 0.785398
// 0 1 5 3
// 7 3 NaN 0
// 1 -1 1
// true true true false true
// 0.5 4 3 0.75
