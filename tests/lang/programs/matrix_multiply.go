// Matrix multiplication with [][]float64, identity check, transpose and formatted output.
package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%7.2f", v)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	n := 30
	h := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	p := h.Mul(h.T())
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += p[i][i]
	}
	fmt.Printf("trace %.10f\n", tr)
	fmt.Println(Matrix{{1, 0}, {0, 1}})
}
// Output:
//   58.00   64.00
//  139.00  154.00
//    1.00    4.00
//    2.00    5.00
//    3.00    6.00
// trace 4.2854278433
//    1.00    0.00
//    0.00    1.00
//
