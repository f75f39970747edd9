// Assigning to a field through a nil pointer (directly, through a nested
// struct field or an embedded pointer): the right side is evaluated before
// the store's nil check, so a division by zero there panics first; an
// op-assignment or ++ reads the field first, so the nil dereference comes
// first. Also field stores of each kind through pointers, values, nested
// and embedded structs and slice elements.
package main

import "fmt"

type T struct {
	f  int
	b  byte
	x  float64
	in struct{ c int }
}

type E struct {
	*T
	d int
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func main() {
	var p *T
	z := 0
	try("assign", func() { p.f = 1 / z })
	try("op-assign", func() { p.f += 1 / z })
	try("inc", func() { p.f++ })
	try("nested", func() { p.in.c = 1 / z })
	var e E
	try("embedded nil", func() { e.f = 1 / z })
	try("embedded nil 2", func() { e.f = 3 })
	try("parallel", func() { p.f, z = 1, 2 })

	t := &T{}
	t.f = 5
	t.f += 3
	t.f++
	t.b = 250
	t.b += 10
	t.b--
	t.x -= 1.5
	t.in.c += 2
	var s T
	s.f += 7
	s.in.c = 4
	e.T = t
	e.f *= 2
	e.d -= 1
	fmt.Println(*t, s, e.d)
	a := []T{{}, {}}
	a[1].f = 9
	a[1].in.c += 3
	fmt.Println(a)
}
// Output:
// assign runtime error: integer divide by zero
// op-assign runtime error: invalid memory address or nil pointer dereference
// inc runtime error: invalid memory address or nil pointer dereference
// nested runtime error: integer divide by zero
// embedded nil runtime error: integer divide by zero
// embedded nil 2 runtime error: invalid memory address or nil pointer dereference
// parallel runtime error: invalid memory address or nil pointer dereference
// {18 3 -1.5 {2}} {7 0 0 {4}} -1
// [{0 0 0 {0}} {9 0 0 {3}}]
