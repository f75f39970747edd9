// go1.22
// min, max (Go 1.21) on every ordered representation, with Go's NaN and signed-zero rules, and clear on
// slices of scalars and structs, maps and nil slices. Go 1.19, the oracle here, lacks them; the expected
// output follows the Go 1.21 spec (min(-0.0, 0.0) is -0.0; a NaN operand makes the result NaN).
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 3, -7, 5
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(b, 10))
	var u1, u2 uint8 = 200, 100
	fmt.Println(min(u1, u2), max(u1, u2))
	x, y := 1.5, math.NaN()
	fmt.Println(min(x, y), max(x, y), min(y, x), max(x, 2.5))
	nz := math.Copysign(0, -1)
	z := 0.0
	fmt.Println(1/min(z, nz), 1/max(nz, z), 1/min(nz, z), 1/max(z, nz))
	s1, s2 := "apple", "banana"
	fmt.Println(min(s1, s2), max(s1, s2, "cherry"))
	var f32 float32 = 2.5
	fmt.Println(min(f32, 1), max(f32, 3))
	const k = min(4, 2, 8)
	fmt.Println(k)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	type P struct {
		A int
		B string
	}
	ps := []P{{1, "x"}, {2, "y"}}
	clear(ps[:1])
	fmt.Println(ps)
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
	var ns []int
	clear(ns)
}

// Output:
// -7 5 3 10
// 100 200
// NaN NaN NaN 2.5
// -Inf +Inf -Inf +Inf
// apple cherry
// 1 3
// 2
// [0 0 0] 3
// [{0 } {2 y}]
// 0
