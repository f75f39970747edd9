// Arrays of structs and structs holding arrays copy deeply; arrays are valid map keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Path struct {
	Pts [3]Point
	N   int
}

func main() {
	var p Path
	p.Pts[0] = Point{1, 2}
	q := p
	q.Pts[0].X = 99
	fmt.Println(p, q)
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	arr := [2]Point{{1, 1}, {2, 2}}
	for _, pt := range arr {
		pt.X = 0
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].X = 0
	}
	fmt.Println(arr)
}
// Output:
// {[{1 2} {0 0} {0 0}] 0} {[{99 2} {0 0} {0 0}] 0}
// true false
// [{1 1} {2 2}]
// [{0 1} {0 2}]
