// Dynamic dispatch through an interface; values and pointers in interfaces; method sets
// (a pointer-receiver method is only in the pointer's method set).
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func describe(s Shape) string {
	return fmt.Sprintf("%T area=%.2f perim=%.2f", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, &Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(describe(s))
		total += s.Area()
	}
	fmt.Printf("%.3f\n", total)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{2, 2}
	r := s.(Rect)
	r.W = 100
	fmt.Println(s.Area(), r.Area())
}
// Output:
// main.Rect area=12.00 perim=14.00
// *main.Circle area=3.14 perim=6.28
// *main.Rect area=1.00 perim=4.00
// 16.142
// true
// 4 200
