// Complex values as variables, struct fields, array and slice elements, map
// values and keys, function parameters and results, closures, pointers and
// channels; zero values; ++, --, op-assignment; switch and comparison.
package main

import "fmt"

type Point struct {
	Name string
	Z    complex128
	W    complex64
}

type Grid [3]complex128

func rotate(z complex128, times int) (r complex128, n int) {
	r = z
	for i := 0; i < times; i++ {
		r *= 1i
		n++
	}
	return
}

func sum(zs []complex128) complex128 {
	var s complex128
	for _, z := range zs {
		s += z
	}
	return s
}

func scale(p *complex128, k float64) { *p *= complex(k, 0) }

func main() {
	var z complex128
	var w complex64
	fmt.Println(z, w, z == 0, w == 0)
	var p Point
	fmt.Println(p, p.Z == 0)
	p = Point{"a", 1 + 1i, 2 - 2i}
	q := p
	q.Z += 1
	q.W *= 2
	fmt.Println(p, q, p == q, p != q)
	q.Z -= 1
	q.W /= 2
	fmt.Println(p == q)
	var g Grid
	g[1] = 3i
	g[2] = g[1] * g[1]
	h := g
	h[0]++
	fmt.Println(g, h, g == h)
	h[0]--
	fmt.Println(g == h)
	zs := []complex128{1, 2i, 3 + 3i}
	zs = append(zs, -1-1i)
	fmt.Println(zs, len(zs), sum(zs), sum(zs[1:3]))
	r, n := rotate(2+1i, 3)
	fmt.Println(r, n)
	scale(&zs[0], 10)
	c := 5 + 5i
	scale(&c, -1)
	fmt.Println(zs[0], c)
	m := map[complex128]string{1i: "i", 1: "one"}
	m[1i*1i] = "minus one"
	m[complex(0, 0)] = "zero"
	fmt.Printf("%d %s %s %s %q\n", len(m), m[-1], m[1i], m[0], m[2])
	var fl float64 = 1i * 1i
	const k complex64 = 1.5 + 0.1i
	fmt.Println(fl, k, k*k, real(k)*2)
	delete(m, 1)
	_, ok := m[1]
	fmt.Println(ok, len(m))
	mv := map[string]complex64{"x": 1 + 2i}
	mv["x"] += 1i
	mv["y"]++
	fmt.Println(mv["x"], mv["y"], mv["z"])
	ps := map[Point]int{p: 1}
	ps[q]++
	fmt.Println(ps[p], len(ps))
	acc := complex(0, 0)
	add := func(d complex128) { acc += d }
	add(1)
	add(2i)
	fmt.Println(acc)
	ch := make(chan complex128, 2)
	ch <- 1 + 2i
	ch <- acc * acc
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	pz := new(complex64)
	*pz = 3 + 4i
	fmt.Println(*pz, real(*pz)*real(*pz)+imag(*pz)*imag(*pz))
	arr := [2]Point{{Z: 1}, {Z: 2i}}
	arr[1].Z += arr[0].Z
	fmt.Println(arr[1].Z, arr)
	switch acc {
	case 1:
		fmt.Println("one")
	case 1 + 2i:
		fmt.Println("one plus two i")
	}
	if acc != 0 && real(acc) < imag(acc) {
		fmt.Println("ok")
	}
	grid := make([][]complex64, 2)
	for i := range grid {
		grid[i] = make([]complex64, 2)
		for j := range grid[i] {
			grid[i][j] = complex(float32(i), float32(j))
		}
	}
	fmt.Println(grid)
	var zero Point
	fmt.Println(zero == Point{}, Point{Z: -0.0} == Point{})
}
// Output:
// (0+0i) (0+0i) true true
// { (0+0i) (0+0i)} true
// {a (1+1i) (2-2i)} {a (2+1i) (4-4i)} false true
// true
// [(0+0i) (0+3i) (-9+0i)] [(1+0i) (0+3i) (-9+0i)] false
// true
// [(1+0i) (0+2i) (3+3i) (-1-1i)] 4 (3+4i) (3+5i)
// (1-2i) 3
// (10+0i) (-5-5i)
// 4 minus one i zero ""
// -1 (1.5+0.1i) (2.24+0.3i) 3
// false 3
// (1+3i) (1+0i) (0+0i)
// 2 1
// (1+2i)
// (1+2i)
// (-3+4i)
// (3+4i) 25
// (1+2i) [{ (1+0i) (0+0i)} { (1+2i) (0+0i)}]
// one plus two i
// ok
// [[(0+0i) (0+1i)] [(1+0i) (1+1i)]]
// true true
