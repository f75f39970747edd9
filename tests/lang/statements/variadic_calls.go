package main

import "fmt"

type P struct{ X, Y int }

func sum(label string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), cap(xs), xs == nil, t)
	return t
}

func pts(ps ...P) { fmt.Println(ps) }
func anys(a ...any) { fmt.Println(len(a), a) }
func two() (int, int) { return 3, 4 }
func vv(xs ...int) []int { fmt.Println("vv", xs); return xs }

func main() {
	sum("none")
	sum("one", 1)
	sum("three", 1, 2, 3)
	s := []int{5, 6}
	sum("spread", s...)
	vv(two())
	pts(P{1, 2}, P{3, 4})
	anys(1, "a", nil, 2.5)
	anys()
	xs := []any{1, "x"}
	fmt.Println(xs...)
	fmt.Printf("%d-%s\n", xs...)
	anys(xs...)
	v := vv(s...)
	v[0] = 99
	fmt.Println(s)
	f := sum
	f("fv", 7, 8)
	defer sum("deferred", 1, 2)
}

// Output:
// none 0 0 true 0
// one 1 1 false 1
// three 3 3 false 6
// spread 2 2 false 11
// vv [3 4]
// [{1 2} {3 4}]
// 4 [1 a <nil> 2.5]
// 0 []
// 1 x
// 1-x
// 2 [1 x]
// vv [5 6]
// [99 6]
// fv 2 2 false 15
// deferred 2 2 false 3
