// fmt formats complex numbers as (re+imi), each part with the verb's float
// formatting; width applies to each part.
package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(1.5, -2.25)
	var f complex64 = complex(0.1, 1e-7)
	fmt.Println(c, f, complex(math.Inf(-1), math.NaN()), -c)
	fmt.Printf("%v|%g|%f|%e|%E|%G\n", c, c, c, c, c, c)
	fmt.Printf("%.2f|%.3e|%.1g|%8.2f|%-8.1f|%+.1f\n", c, c, c, c, c, c)
	fmt.Printf("%v|%.3f|%g\n", f, f, f)
	fmt.Printf("%T|%T|%#v|%#v\n", c, f, c, f)
	fmt.Printf("%x|%X|%b\n", complex(1, 2), complex(0.5, -4), complex(1, 0))
	fmt.Printf("%d|%s\n", c, c)
	fmt.Printf("% f|%+v|%08.2f\n", c, c, c)
	s := fmt.Sprint(c, f, "x", 1i)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%6.1f", []complex128{1, 2i}))
	fmt.Printf("%v\n", struct {
		A complex128
		B []complex64
	}{1 + 1i, []complex64{2}})
	fmt.Println(complex(1e21, 1e-7), complex(123456789, 0.000001), complex(0, -0.0))
}
// Output:
// (1.5-2.25i) (0.1+1e-07i) (-Inf+NaNi) (-1.5+2.25i)
// (1.5-2.25i)|(1.5-2.25i)|(1.500000-2.250000i)|(1.500000e+00-2.250000e+00i)|(1.500000E+00-2.250000E+00i)|(1.5-2.25i)
// (1.50-2.25i)|(1.500e+00-2.250e+00i)|(2-2i)|(    1.50   -2.25i)|(1.5     -2.2    i)|(+1.5-2.2i)
// (0.1+1e-07i)|(0.100+0.000i)|(0.1+1e-07i)
// complex128|complex64|(1.5-2.25i)|(0.1+1e-07i)
// (0x1p+00+0x1p+01i)|(0X1P-01-0X1P+02i)|(4503599627370496p-52+0p-1074i)
// %!d(complex128=(1.5-2.25i))|%!s(complex128=(1.5-2.25i))
// ( 1.500000-2.250000i)|(1.5-2.25i)|(00001.50-0002.25i)
// (1.5-2.25i) (0.1+1e-07i)x(0+1i) 31
// [(   1.0  +0.0i) (   0.0  +2.0i)]
// {(1+1i) [(2+0i)]}
// (1e+21+1e-07i) (1.23456789e+08+1e-06i) (0+0i)
