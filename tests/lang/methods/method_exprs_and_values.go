// Method values and method expressions in all forms: T.M, (*T).M for value and pointer
// methods (a value method through (*T) copies *p and panics on nil), promoted methods,
// methods of non-struct named types (slices, maps, funcs, ints), interface method values
// and expressions I.M, and when a method value evaluates and copies its receiver.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Dist() int        { return abs(p.X) + abs(p.Y) }
func (p *Pt) Shift(d int)     { p.X += d; p.Y += d }
func (p Pt) Plus(q Pt) Pt     { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) Fmt(sep ...string) string {
	return fmt.Sprint(p.X) + strings.Join(sep, "") + fmt.Sprint(p.Y)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Ints []int

func (s Ints) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}
func (s *Ints) Push(v int) { *s = append(*s, v) }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Keys() []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Temp int

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Tagged struct {
	Pt
	Tag string
}

func main() {
	// Method expressions.
	dist := Pt.Dist
	pdist := (*Pt).Dist
	shift := (*Pt).Shift
	plus := Pt.Plus
	fmtf := Pt.Fmt
	p := Pt{3, -4}
	fmt.Println(dist(p), pdist(&p), plus(p, Pt{1, 1}), fmtf(p, "/", "/"), fmtf(p))
	shift(&p, 10)
	fmt.Println(p)
	fmt.Printf("%T\n%T\n%T\n", dist, pdist, shift)

	// Promoted, through method expressions of the outer type.
	tdist := Tagged.Dist
	ptdist := (*Tagged).Dist
	ptshift := (*Tagged).Shift
	tg := Tagged{Pt{1, 2}, "t"}
	ptshift(&tg, 5)
	fmt.Println(tdist(tg), ptdist(&tg), tg)

	// A value method through a nil *T panics when called (not when formed).
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *Pt
		f := (*Pt).Dist
		fmt.Println("formed")
		fmt.Println(f(np))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nt *Tagged
		fmt.Println((*Tagged).Dist(nt))
	}()

	// Method values evaluate the receiver now: value receivers copy it; a nil pointer
	// with a value method panics right away.
	q := Pt{1, 1}
	qd := q.Dist
	qs := q.Shift // &q bound
	q.X = 100
	qs(1)
	fmt.Println(qd(), q)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *Pt
		g := np.Dist
		fmt.Println("not reached", g)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *Pt
		h := np.Shift // fine: pointer receiver bound as nil
		fmt.Println("bound nil pointer receiver")
		h(1)
	}()

	// Non-struct named types.
	var xs Ints
	push := xs.Push
	push(1)
	push(2)
	xs.Push(3)
	fmt.Println(xs, xs.Sum(), Ints.Sum(xs), Ints{4, 5}.Sum())
	s := Set{}
	s.Add("b").Add("a")
	adder := s.Add
	adder("c")
	fmt.Println(s.Keys(), Set.Keys(s))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3), Op.Apply(add, 4, 5), Op(func(a, b int) int { return a * b }).Apply(6, 7))
	temps := []Temp{0, 100, -40}
	conv := make([]func() float64, 0)
	for _, t := range temps {
		conv = append(conv, t.F)
	}
	for _, c := range conv {
		fmt.Print(c(), " ")
	}
	fmt.Println()

	// Interface method values and expressions.
	var sh Shape = Rect{2, 3}
	area := sh.Area
	sh = Rect{10, 10}
	fmt.Println(area(), sh.Area())
	iarea := Shape.Area
	iname := Shape.Name
	fmt.Println(iarea(Rect{1, 5}), iname(sh))
	fmt.Printf("%T\n", iarea)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilShape Shape
		f := nilShape.Area
		fmt.Println("not reached", f)
	}()

	// Method values as callbacks.
	acc := &Ints{}
	for _, v := range []int{5, 6, 7} {
		func(f func(int)) { f(v) }(acc.Push)
	}
	fmt.Println(*acc)
}
// Output:
// 7 7 {4 -3} 3//-4 3-4
// {13 6}
// func(main.Pt) int
// func(*main.Pt) int
// func(*main.Pt, int)
// 13 13 {{6 7} t}
// formed
// recovered: value method main.Pt.Dist called using nil *Pt pointer
// recovered: runtime error: invalid memory address or nil pointer dereference
// 2 {101 2}
// recovered: runtime error: invalid memory address or nil pointer dereference
// bound nil pointer receiver
// recovered: runtime error: invalid memory address or nil pointer dereference
// [1 2 3] 6 6 9
// [a b c] [a b c]
// 5 9 42
// 32 212 -40 
// 6 100
// 5 rect
// func(main.Shape) float64
// recovered: runtime error: invalid memory address or nil pointer dereference
// [5 6 7]
