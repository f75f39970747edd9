// Struct comparison (== compares every non-blank field, nested structs, arrays, pointers
// by identity, interfaces by dynamic value; NaN fields make values unequal), anonymous
// struct types (assignable to and from named types with identical underlying types,
// comparable with each other, as map keys and slice elements, printed by %v/%+v/%T),
// and field shadowing by depth with explicit access to the shadowed field.
package main

import "fmt"

type Point struct{ X, Y int }

type Labeled struct {
	Point
	Label string
	Tags  [2]string
	Ref   *int
	Any   interface{}
}

type Inner struct {
	Name  string
	Value int
}

type Middle struct {
	Inner
	Value string // shadows Inner.Value
}

type Outer struct {
	Middle
	Name []byte // shadows Middle.Inner.Name
}

type withBlank struct {
	A int
	_ int
	B string
}

func main() {
	n := 5
	l1 := Labeled{Point{1, 2}, "a", [2]string{"x", "y"}, &n, 3}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.Tags[1] = "z"
	fmt.Println(l1 == l2)
	l2 = l1
	m := 5
	l2.Ref = &m // equal values, different pointers
	fmt.Println(l1 == l2, *l1.Ref == *l2.Ref)
	l2 = l1
	l2.Any = int64(3) // same number, different dynamic type
	fmt.Println(l1 == l2)
	l2.Any = 3
	fmt.Println(l1 == l2, l1 != l2)
	zero := 0.0
	type F struct{ V float64 }
	nan := F{zero / zero}
	fmt.Println(nan == nan, F{0} == F{-zero})
	fmt.Println(withBlank{A: 1, B: "b"} == withBlank{A: 1, B: "b"})

	// Anonymous structs.
	anon := struct{ X, Y int }{3, 4}
	var p Point = anon // identical underlying types: assignable
	anon = p
	fmt.Println(p, anon, anon == struct{ X, Y int }{3, 4}, p == Point(anon))
	people := []struct {
		Name string
		Age  int
	}{{"Ann", 30}, {"Bob", 25}}
	people[1].Age++
	for _, pp := range people {
		fmt.Printf("%v %+v\n", pp, pp)
	}
	fmt.Printf("%T\n", people)
	seen := map[struct{ A, B int }]bool{}
	seen[struct{ A, B int }{1, 2}] = true
	fmt.Println(seen[struct{ A, B int }{1, 2}], seen[struct{ A, B int }{2, 1}], len(seen))
	nested := struct {
		In  struct{ V []int }
		Ptr *struct{ N int }
	}{}
	nested.In.V = append(nested.In.V, 1)
	nested.Ptr = &struct{ N int }{7}
	nested.Ptr.N++
	fmt.Printf("%v %+v %d\n", nested.In, nested.In, nested.Ptr.N)
	empty := struct{}{}
	fmt.Println(empty == struct{}{}, fmt.Sprintf("%v|%+v|%T", empty, empty, empty))

	// Shadowing by depth.
	o := Outer{Middle{Inner{"inner", 1}, "middle"}, []byte("outer")}
	fmt.Println(string(o.Name), o.Middle.Name, o.Inner.Name, o.Middle.Inner.Name)
	fmt.Println(o.Value, o.Middle.Value, o.Inner.Value, o.Middle.Inner.Value)
	o.Value = "changed"
	o.Inner.Value = 2
	fmt.Printf("%+v\n", o.Middle)

	// Struct values are copied by assignment, passing and range.
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 100
	}
	fmt.Println(pts)
	pp := &pts[0]
	pts = append(pts, Point{3, 3}) // may reallocate: pp points into the old array
	pp.Y = -1
	fmt.Println(pts[0].Y == -1 || pts[0].Y == 1)
}
// Output:
// true
// false
// false true
// false
// true false
// false true
// true
// {3 4} {3 4} true true
// {Ann 30} {Name:Ann Age:30}
// {Bob 26} {Name:Bob Age:26}
// []struct { Name string; Age int }
// true false 1
// {[1]} {V:[1]} 8
// true {}|{}|struct {}
// outer inner inner inner
// middle middle 1 1
// {Inner:{Name:inner Value:2} Value:changed}
// [{1 1} {2 2}]
// [{100 1} {100 2}]
// true
