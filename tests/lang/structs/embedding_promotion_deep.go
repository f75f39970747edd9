// Embedding in depth: fields and methods promoted through values and pointers at several
// depths; value-receiver and pointer-receiver methods reached through an embedded value
// (addressable outer) or an embedded pointer; shadowing by a shallower field or method;
// method values and expressions of promoted methods; copying an outer struct copies an
// embedded value but shares an embedded pointer; embedded non-struct named types.
package main

import "fmt"

type Pos struct{ X, Y int }

func (p Pos) Show() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Pos) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Pos) Sum() int        { return p.X + p.Y }

type Named struct{ Name string }

func (n Named) Hello() string   { return "hello " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }

type Entity struct {
	Pos
	*Named
	ID int
}

type Player struct {
	Entity
	Name  string // shadows Entity.Named.Name (depth 1 vs 2)
	Score int
}

func (p Player) Hello() string { return "player " + p.Name } // shadows Named.Hello

type Counter int

func (c *Counter) Inc()     { *c++ }
func (c Counter) Get() int { return int(c) }

type Tally struct {
	Counter
	Label string
}

type Deep struct{ Player }

func main() {
	p := Player{Entity{Pos{1, 2}, &Named{"inner"}, 7}, "outer", 0}
	fmt.Println(p.X, p.Y, p.ID, p.Name, p.Named.Name, p.Entity.Name)
	fmt.Println(p.Hello(), p.Named.Hello(), p.Entity.Hello())
	fmt.Println(p.Show(), p.Sum(), p.Entity.Pos.Show())
	p.Move(10, 10) // pointer method through an addressable embedded value
	fmt.Println(p.Pos, p.Entity.Pos.X)
	p.Rename("renamed") // pointer method through an embedded pointer
	fmt.Println(p.Named.Name, p.Name)

	// Copies: the embedded value is copied, the embedded pointer shared.
	q := p
	q.Move(1, 1)
	q.Rename("shared")
	fmt.Println(p.Pos, q.Pos, p.Named.Name, q.Named.Name)

	// Through a pointer to the outer struct.
	pp := &p
	pp.Move(-11, -12)
	fmt.Println(pp.X, pp.Y, pp.Sum(), pp.Hello(), pp.Entity.Hello())
	pp.ID++
	fmt.Println(p.ID)

	// Method values and expressions of promoted methods.
	mv := p.Move
	mv(100, 0)
	sum := p.Sum // binds a copy now
	p.X = 0
	fmt.Println(p.X, sum())
	hello := Player.Hello
	ehello := Entity.Hello
	fmt.Println(hello(p), ehello(p.Entity))
	move := (*Player).Move
	move(&p, 5, 5)
	fmt.Println(p.Pos)
	psum := (*Entity).Sum
	fmt.Println(psum(&p.Entity))

	// Deeper nesting.
	d := Deep{p}
	d.Move(1, 1)
	fmt.Println(d.X, d.Y, d.Hello(), d.Entity.Hello(), d.Score, d.Player.Entity.Pos)
	d.Score += 3
	fmt.Println(d.Score, p.Score)

	// Embedded named non-struct type.
	t := Tally{Label: "clicks"}
	t.Inc()
	t.Inc()
	t.Counter.Inc()
	fmt.Println(t.Get(), t.Counter, t)
	ts := []Tally{{}, {}}
	ts[1].Inc()
	fmt.Println(ts[0].Get(), ts[1].Get())
	tm := map[string]*Tally{"a": {}}
	tm["a"].Inc()
	fmt.Println(tm["a"].Get())

	// Printing.
	fmt.Printf("%v\n%+v\n", p.Entity.Pos, Entity{Pos{1, 1}, nil, 2})
	fmt.Printf("%v %+v\n", t, t)

	// Comparison includes embedded fields.
	a := Tally{1, "x"}
	b := Tally{1, "x"}
	fmt.Println(a == b, a == Tally{2, "x"})
	e1 := Entity{Pos{1, 1}, p.Named, 1}
	e2 := Entity{Pos{1, 1}, p.Named, 1}
	e3 := Entity{Pos{1, 1}, &Named{"shared"}, 1}
	fmt.Println(e1 == e2, e1 == e3)
}
// Output:
// 1 2 7 outer inner inner
// player outer hello inner hello inner
// (1,2) 3 (1,2)
// {11 12} 11
// renamed outer
// {11 12} {12 13} shared shared
// 0 0 0 player outer hello shared
// 8
// 0 100
// player outer hello shared
// {5 5}
// 10
// 6 6 player outer hello shared 0 {6 6}
// 3 0
// 3 3 {3 clicks}
// 0 1
// 1
// {5 5}
// {Pos:{X:1 Y:1} Named:<nil> ID:2}
// {3 clicks} {Counter:3 Label:clicks}
// true false
// true false
