// Arrays are values: assignment, passing to functions and range copy the whole array.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(a)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c, c[1] == "")
	fmt.Println(a == [3]int{0, 2, 100}, a != b)
	var grid [2][3]int
	grid[1][2] = 5
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2)
	p := &a
	fmt.Println(p[2], len(p))
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(a)
}
// Output:
// [1 2 3] [1 20 3]
// [1 2 3]
// [0 2 3]
// 0 0
// 1 2
// 2 3
// [0 2 100]
// 3 [a  c] true
// true true
// [[0 0 0] [0 0 5]] [[1 0 0] [0 0 5]]
// 100 3
// [0 4 200]
