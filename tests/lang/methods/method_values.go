// Method values bind the receiver when evaluated (a copy for value receivers);
// method expressions take the receiver as the first argument.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx int)    { p.X += dx }
func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(1)
	}
}

func main() {
	p := Point{1, 2}
	str := p.String
	p.X = 100
	fmt.Println(str(), p.String())
	move := p.Move
	apply(move, 3)
	fmt.Println(p)
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 2}))
	mv := (*Point).Move
	mv(&p, -100)
	fmt.Println(p)
	fs := []func() string{p.String, Point{7, 7}.String}
	p.Y = 0
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Printf("%T\n", add)
}
// Output:
// (1,2) (100,2)
// (103,2)
// (3,3)
// (3,2)
// (3,2)
// (7,7)
// func(main.Point, main.Point) main.Point
