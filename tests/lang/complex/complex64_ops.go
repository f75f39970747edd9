// complex64 arithmetic is done in float64 and each part rounded to float32,
// as Go's compiler does; conversions between complex64 and complex128.
package main

import "fmt"

type C64 complex64

func main() {
	var a complex64 = complex(0.1, 0.2)
	var b complex64 = complex(0.3, -0.7)
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a*b) == float32(real(a)*real(b)-imag(a)*imag(b)))
	w := complex128(a)
	fmt.Println(w, complex64(w) == a, complex128(a)*complex128(b))
	x := complex(0.1, 0.2)
	fmt.Println(complex64(x), complex128(complex64(x)) == x)
	var big complex128 = complex(1e300, -1e-300)
	fmt.Println(complex64(big))
	var f32 float32 = 16777217
	var c64 = complex(f32, f32+1)
	fmt.Println(c64, real(c64))
	var n C64 = 2 + 3i
	n *= n
	fmt.Printf("%v %T %T\n", n, n, real(n))
	m := complex64(n) + 1
	fmt.Println(m, C64(m) == n+1)
	for i := 0; i < 3; i++ {
		a = a*a + b
	}
	fmt.Println(a)
	fmt.Printf("%.10f\n", a)
}
// Output:
// (0.4-0.5i) (-0.20000002+0.9i) (0.17-0.009999997i) (-0.18965517+0.22413795i) (-0.1-0.2i)
// true
// (0.10000000149011612+0.20000000298023224i) true (0.1700000013411045-0.009999996572732872i)
// (0.1+0.2i) false
// (+Inf-0i)
// (1.6777216e+07+1.6777216e+07i) 1.6777216e+07
// (-5+12i) main.C64 float32
// (-4+12i) true
// (-0.81204957-0.56752753i)
// (-0.8120495677-0.5675275326i)
