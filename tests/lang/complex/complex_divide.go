// Complex division follows Go's runtime complex128div (Smith's algorithm with
// C99's corrections for infinite and zero operands); complex64 division is
// done in complex128 and rounded.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	nums := []complex128{
		complex(1, 2), complex(-3, 0.5), complex(0, 0), complex(inf, 1), complex(1, inf),
		complex(nan, 1), complex(inf, inf), complex(-inf, nan), complex(1e300, 1e300),
		complex(-zero, zero),
	}
	dens := []complex128{
		complex(3, -4), complex(0, 0), complex(0, 2), complex(1e-300, 1e300), complex(inf, 0),
		complex(0, -inf), complex(nan, 0), complex(-zero, 0), complex(inf, inf), complex(2, 2),
	}
	for _, n := range nums {
		row := make([]complex128, 0, len(dens))
		for _, d := range dens {
			row = append(row, n/d)
		}
		fmt.Println(row)
	}
	var a, b complex64 = complex(1, 2), complex(3, 7)
	fmt.Println(a/b, complex64(complex128(a)/complex128(b)), b/a)
	q := a
	q /= b
	fmt.Println(q, q == a/b)
	c := complex(1.0, 1.0)
	c /= 3
	fmt.Println(c, 1/c, c/complex(0, zero))
	fmt.Printf("%.17g %.17g\n", real(c), imag(1/c))
}
// Output:
// [(-0.2+0.4i) (+Inf+Infi) (1-0.5i) (2e-300-1e-300i) (0+0i) (-0+0i) (NaN+NaNi) (-Inf-Infi) (0+0i) (0.75+0.25i)]
// [(-0.44-0.42i) (-Inf+Infi) (0.25+1.5i) (5e-301+2.9999999999999996e-300i) (-0+0i) (-0-0i) (NaN+NaNi) (+Inf-Infi) (-0+0i) (-0.625+0.875i)]
// [(-0+0i) (NaN+NaNi) (0+0i) (0+0i) (0+0i) (-0+0i) (NaN+NaNi) (NaN+NaNi) (0+0i) (0+0i)]
// [(+Inf+Infi) (+Inf+Infi) (NaN-Infi) (NaN-Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (-Inf-Infi) (NaN+NaNi) (+Inf-Infi)]
// [(-Inf+Infi) (+Inf+Infi) (+Inf+NaNi) (+Inf+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (-Inf-Infi) (NaN+NaNi) (+Inf+Infi)]
// [(NaN+NaNi) (NaN+Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN-Infi) (NaN+NaNi) (NaN+NaNi)]
// [(NaN+Infi) (+Inf+Infi) (+Inf-Infi) (+Inf-Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (-Inf-Infi) (NaN+NaNi) (+Inf+NaNi)]
// [(-Inf-Infi) (-Inf+NaNi) (NaN+Infi) (-Inf+Infi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (+Inf+NaNi) (NaN+NaNi) (-Inf+Infi)]
// [(-4.0000000000000003e+298+2.8e+299i) (+Inf+Infi) (5e+299-5e+299i) (1-1i) (0+0i) (-0+0i) (NaN+NaNi) (-Inf-Infi) (0+0i) (5e+299+0i)]
// [(-0-0i) (NaN+NaNi) (0+0i) (0+0i) (0+0i) (-0-0i) (NaN+NaNi) (NaN+NaNi) (0+0i) (0+0i)]
// (0.29310346-0.01724138i) (0.29310346-0.01724138i) (3.4+0.2i)
// (0.29310346-0.01724138i) true
// (0.3333333333333333+0.3333333333333333i) (1.5-1.5i) (+Inf+Infi)
// 0.33333333333333331 -1.5
