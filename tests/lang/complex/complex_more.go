// Complex values: package variables, methods on a named complex type, deferred
// changes to named results, swaps, maps with complex keys printed in fmt's order,
// copy, nested arrays and fmt widths.
package main

import "fmt"

type Num complex128

func (n *Num) Scale(k float64) { *n *= Num(complex(k, 0)) }
func (n Num) Abs2() float64   { return real(n)*real(n) + imag(n)*imag(n) }

var g = mk(2, 3)
var h complex64
var tbl = [...]complex128{1, 1i, -1, -1i}

func mk(a, b float64) complex128 { return complex(a, b) }

func named() (r complex128) {
	defer func() { r *= 2 }()
	r = 1 + 1i
	return r + 1
}

func main() {
	fmt.Println(g, h, tbl, named())
	g += 1i
	h = complex64(g)
	fmt.Println(g, h)
	var n Num = 3 + 4i
	n.Scale(2)
	p := &n
	p.Scale(0.5)
	fmt.Println(n, n.Abs2(), p.Abs2())
	a, b := 1+0i, 2+0i
	a, b = b, a
	fmt.Println(a, b)
	m := map[complex128]int{2i: 1, 1: 2, -1: 3, 1 + 1i: 4, 0: 5}
	fmt.Println(m)
	m64 := map[complex64]bool{3: true, 1i: false}
	fmt.Println(m64)
	var x float32 = 2
	y := real(complex(x, 1)) * x
	fmt.Printf("%T %v\n", y, y)
	fmt.Println(Num(1i) == Num(1i), complex128(n))
	var iface any = n
	if v, ok := iface.(Num); ok {
		fmt.Println("Num", v)
	}
	s := []complex64{1, 2, 3}
	copy(s, s[1:])
	fmt.Println(s, s[:2])
	var z [2][2]complex128
	z[1][1] = 5i
	fmt.Println(z, z == [2][2]complex128{{}, {0, 5i}})
	fmt.Printf("%v %5.1f|%-12v|%12v|\n", tbl, 1i, 1i, complex64(2-1i))
	type T struct{ c complex64 }
	fmt.Printf("%+v %#v\n", T{1i}, T{1i})
}
// Output:
// (2+3i) (0+0i) [(1+0i) (0+1i) (-1+0i) (0-1i)] (4+2i)
// (2+4i) (2+4i)
// (3+4i) 25 25
// (2+0i) (1+0i)
// map[(-1+0i):3 (0+0i):5 (0+2i):1 (1+0i):2 (1+1i):4]
// map[(0+1i):false (3+0i):true]
// float32 4
// true (3+4i)
// Num (3+4i)
// [(2+0i) (3+0i) (3+0i)] [(2+0i) (3+0i)]
// [[(0+0i) (0+0i)] [(0+0i) (0+5i)]] true
// [(1+0i) (0+1i) (-1+0i) (0-1i)] (  0.0 +1.0i)|(0           +1          i)|(           2          -1i)|
// {c:(0+1i)} main.T{c:(0+1i)}
