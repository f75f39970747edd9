// How Println, Print and Printf format float64: shortest representation,
// exponent form at 1e21 and below 1e-4, integral floats without ".0".
package main

import "fmt"

func main() {
	fmt.Println(0.1+0.2, 1e21, 3.0, 1e20, 1.5)
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x*3, 1/3.0, 2.0/3.0)
	fmt.Println(1e-4, 1e-5, 0.000123, 123456789.0, 1e100, -2.5)
	var z float64
	fmt.Println(z, -z, 100.0, 1e6, 1e7, 12345678901234567890.0)
	big := 1e308
	fmt.Println(big*10, -big*10, (big*10)-(big*10))
	fmt.Print(1.0, 2.5, "\n")
	fmt.Printf("%v %f %.2f %e %g %8.3f|%-8.2f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 2.5, 2.5)
	fmt.Printf("%v %v\n", 1e21, 123456789012.0)
	var i int = 7
	fmt.Println(float64(i)/2, float64(i/2))
}
// Output:
// 0.3 1e+21 3 1e+20 1.5
// 0.30000000000000004 0.30000000000000004 0.3333333333333333 0.6666666666666666
// 0.0001 1e-05 0.000123 1.23456789e+08 1e+100 -2.5
// 0 -0 100 1e+06 1e+07 1.2345678901234567e+19
// +Inf -Inf NaN
// 1 2.5
// 3.14159 3.141590 3.14 3.141590e+00 3.14159    2.500|2.50    |
// 1e+21 1.23456789012e+11
// 3.5 3
