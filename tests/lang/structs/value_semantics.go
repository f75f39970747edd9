// Structs are values: assignment and calls copy; comparison is field by field.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func move(p Point) Point {
	p.X += 10
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := move(p)
	fmt.Println(p, r)
	var z Rect
	fmt.Println(z, z.Min.X, z.Label == "")
	r1 := Rect{Min: Point{0, 0}, Max: Point{2, 3}, Label: "box"}
	r2 := r1
	r2.Max.Y = 100
	fmt.Println(r1, r2, r1 == r2)
	fmt.Printf("%v %+v\n", r1, r1)
	ps := []Point{{1, 1}, {2, 2}}
	for _, pt := range ps {
		pt.X = 0
	}
	fmt.Println(ps)
}
// Output:
// {1 2} {5 2} false true
// {1 2} {11 2}
// {{0 0} {0 0} } 0 true
// {{0 0} {2 3} box} {{0 0} {2 100} box} false
// {{0 0} {2 3} box} {Min:{X:0 Y:0} Max:{X:2 Y:3} Label:box}
// [{1 1} {2 2}]
