// Method sets with promoted methods: through embedded values, pointers and interfaces, into
// interface values, type assertions and fmt (String/Error found through embedding), with Go's
// rules for which pointer methods a value type gets, and nil embedded pointers.
package main

import (
	"errors"
	"fmt"
)

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string     { return fmt.Sprintf("base%d", b.id) }
func (b *Base) SetID(id int)    { b.id = id }
func (b Base) String() string   { return "Base(" + b.Name() + ")" }

type Mid struct {
	*Base
	tag string
}

type Top struct {
	Mid
	extra int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Celsius
	where string
}

type Wrapper struct {
	Namer // embedded interface
	n     int
}

type Shadow struct {
	Base
}

func (s Shadow) Name() string { return "shadow" }

type Setter interface{ SetID(int) }

func main() {
	t := Top{Mid{&Base{1}, "m"}, 2}
	var n Namer = t // promoted through an embedded pointer: value Top has Name
	fmt.Println(n.Name())
	var s Setter = t // SetID via the embedded *Base is in Top's method set
	s.SetID(7)
	fmt.Println(n.Name(), t.Name())
	var s2 Setter = &t
	s2.SetID(8)
	fmt.Println(t.Base.id)
	fmt.Println(t)           // String promoted from Base (through *Base)
	fmt.Println(Reading{21.5, "lab"})
	var st interface{ String() string } = Reading{3, "x"}
	fmt.Println(st.String())
	w := Wrapper{Base{5}, 1}
	var n2 Namer = w
	fmt.Println(n2.Name())
	var n3 Namer = &w
	fmt.Println(n3.Name())
	var n4 Namer = Shadow{Base{9}}
	fmt.Println(n4.Name(), Shadow{Base{9}}.Base.Name())
	_, ok := interface{}(Shadow{}).(Setter)
	_, ok2 := interface{}(&Shadow{}).(Setter)
	fmt.Println(ok, ok2)
	type MyErr struct{ error }
	e := MyErr{errors.New("inner 1")}
	fmt.Println(e, e.Error())
	var err error = e
	fmt.Printf("%v|%s|%q\n", err, err, err)
	type Outer struct {
		R   Reading
		Top *Top
		n   Reading
	}
	fmt.Printf("%v %+v\n", Outer{Reading{1, "a"}, &t, Reading{2, "b"}}, Outer{R: Reading{3, "c"}})
	fmt.Println(MyErr{}, Top{})
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad Namer = Top{}
	fmt.Println(bad.Name())
}

// Output:
// base1
// base7 base7
// 8
// Base(base8)
// 21.5°C
// 3.0°C
// base5
// base5
// shadow base9
// false true
// inner 1 inner 1
// inner 1|inner 1|"inner 1"
// {1.0°C Base(base8) {2 b}} {R:3.0°C Top:<nil> n:{Celsius:0 where:}}
// %!v(PANIC=Error method: runtime error: invalid memory address or nil pointer dereference) %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// recovered: runtime error: invalid memory address or nil pointer dereference
