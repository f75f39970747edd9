// Interface method calls with arguments: on a local, on a struct field of interface type,
// on a call result, with multiple results, and with arguments that are calls themselves.
package main

import "fmt"

type Shape interface {
	Scale(f float64) Shape
	Area() float64
	Cmp(o Shape, eps float64) (int, bool)
}

type Rect struct{ W, H float64 }

func (r Rect) Scale(f float64) Shape { return Rect{r.W * f, r.H * f} }
func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Cmp(o Shape, eps float64) (int, bool) {
	d := r.Area() - o.Area()
	switch {
	case d > eps:
		return 1, false
	case d < -eps:
		return -1, false
	}
	return 0, true
}

type Holder struct {
	name string
	s    Shape
}

func pick(s Shape) Shape { return s }

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Scale(2).Area())
	h := Holder{"h", s}
	fmt.Println(h.s.Scale(0.5).Area())
	c, eq := s.Cmp(h.s.Scale(1), 1e-9)
	fmt.Println(c, eq)
	c, eq = pick(s).Cmp(pick(s).Scale(3), 0)
	fmt.Println(c, eq)
	hs := []Holder{h, {"g", Rect{1, 1}}}
	for _, x := range hs {
		fmt.Println(x.name, x.s.Scale(float64(len(x.name))).Area())
	}
}
// Output:
// 24
// 1.5
// 0 true
// -1 false
// h 6
// g 1
