// complex, real and imag on typed and untyped arguments; complex64 results.
package main

import "fmt"

func main() {
	var r, i float32 = 1.5, -2
	c := complex(r, i)
	fmt.Printf("%T %v\n", c, c)
	d := complex(2.0, 3)
	fmt.Printf("%T %v %v %v\n", d, d, real(d), imag(d))
	fmt.Println(real(c*c), imag(c*c))
	const k = complex(1, 1)
	fmt.Println(k*k, real(k))
	fmt.Printf("%.1f %+.2e\n", d, c)
}
// Output:
// complex64 (1.5-2i)
// complex128 (2+3i) 2 3
// -1.75 -6
// (0+2i) 1
// (2.0+3.0i) (+1.50e+00-2.00e+00i)
