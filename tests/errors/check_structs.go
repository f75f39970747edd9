package main

func main() {
	var s struct {
		a int
		b string
	}
	p := &s
	_ = p.a
	_ = s.c // ERROR "s.c undefined \(type struct{a int; b string} has no field or method c\)"
	_ = s.A // ERROR "s.A undefined \(type struct{a int; b string} has no field or method A, but does have field a\)"
	x := 5
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	_ = struct{ a, b int }{1} // ERROR "too few values in struct literal of type struct{a int; b int}"
	_ = struct{ a int }{1, 2} // ERROR "too many values in struct literal of type struct{a int}"
	_ = struct{ a int }{b: 1} // ERROR "unknown field b in struct literal of type struct{a int}"
	_ = struct{ a int }{a: 1, a: 2} // ERROR "duplicate field name a in struct literal"
	_ = struct{ a, b int }{a: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
}
