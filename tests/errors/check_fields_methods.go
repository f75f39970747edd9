// Checker errors: selectors on fields and methods, pointer methods on non-addressable
// values, ambiguous promoted fields.
package main

type T struct{ a int }

func (t *T) Inc() { t.a++ }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func get() T { return T{} }

func main() {
	var t T
	t.Foo() // ERROR "t\.Foo undefined \(type T has no field or method Foo\)"
	_ = t.b // ERROR "t\.b undefined \(type T has no field or method b\)"
	get().Inc() // ERROR "cannot call pointer method Inc on T"
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
	T.Inc(t) // ERROR "invalid method expression T\.Inc \(needs pointer receiver \(\*T\)\.Inc\)|cannot call pointer method Inc on T"
	var n int
	n.x = 1 // ERROR "n\.x undefined \(type int has no field or method x\)"
	var pp **T
	pp.a = 2 // ERROR "pp\.a undefined \(type \*\*T has no field or method a\)"
}
