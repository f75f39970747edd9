// Complex values in interfaces: boxing, type switches, assertions, interface
// comparison and map keys of interface type.
package main

import (
	"fmt"
	"math"
)

type Num complex128

func (n Num) String() string { return fmt.Sprintf("Num%v", complex128(n)) }

func kind(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprint("complex64 ", x, " ", real(x))
	case complex128:
		return fmt.Sprint("complex128 ", x, " ", imag(x))
	case Num:
		return "Num " + x.String()
	case float64:
		return "float64"
	}
	return "other"
}

func main() {
	var a any = 1 + 2i
	var b any = complex64(1 + 2i)
	fmt.Println(kind(a), kind(b), kind(Num(3i)), kind(2.5), kind("s"))
	fmt.Println(a == b, a == any(complex(1, 2)), a != any(1+2i))
	c, ok := a.(complex128)
	fmt.Println(c, ok)
	d, ok := b.(complex128)
	fmt.Println(d, ok)
	e := b.(complex64)
	fmt.Println(e*e)
	vals := []any{1i, complex64(2), Num(1 - 1i), nil}
	fmt.Println(vals[0], vals[1], vals[2], vals[3])
	fmt.Printf("%v %+v\n", vals, vals)
	set := map[any]int{}
	set[1i]++
	set[complex(0, 1)]++
	set[complex64(1i)]++
	set[Num(1i)]++
	fmt.Println(len(set), set[1i])
	nan := complex(math.NaN(), 0)
	set[nan] = 1
	set[nan] = 2
	fmt.Println(len(set))
	var s interface{ String() string } = Num(4 + 0.5i)
	fmt.Println(s, s.String())
	type pair struct {
		z complex128
		s string
	}
	var x, y any = pair{1i, "a"}, pair{1i, "a"}
	fmt.Println(x == y, x)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, kind(r))
	}()
	panic(complex(3, -4))
}
// Output:
// complex128 (1+2i) 2 complex64 (1+2i) 1 Num Num(0+3i) float64 other
// false true false
// (1+2i) true
// (0+0i) false
// (-3+4i)
// (0+1i) (2+0i) Num(1-1i) <nil>
// [(0+1i) (2+0i) Num(1-1i) <nil>] [(0+1i) (2+0i) Num(1-1i) <nil>]
// 3 2
// 5
// Num(4+0.5i) Num(4+0.5i)
// true {(0+1i) a}
// recovered: (3-4i) complex128 (3-4i) -4
