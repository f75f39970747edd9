// complex128 and complex64: literals, complex/real/imag, arithmetic, equality, printing.
package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c-d, c*d, c/d)
	fmt.Println(real(d), imag(d), c == complex(1, 2), c != d)
	var f complex64 = complex64(c)
	fmt.Printf("%T %T %v\n", c, f, f*f)
	fmt.Printf("%.2f %g %v\n", c, d, 1i*1i)
	var z complex128
	fmt.Println(z, -c)
	r := real(f)
	fmt.Printf("%T %v\n", r, r)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	zero := 0.0
	fmt.Println(c / complex(zero, 0))
}
// Output:
// (1+2i) (3-4i) (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// 3 -4 true true
// complex128 complex64 (-3+4i)
// (1.00+2.00i) (3-4i) (-1+0i)
// (0+0i) (-1-2i)
// float32 1
// (-4+0i) -4
// (+Inf+Infi)
