package main

type I interface{ M() }
type J interface{ N() }
type T struct{}
type P struct{}
type W struct{}

func (*P) M()    {}
func (W) M(int) {}

func main() {
	var i I
	var n int
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = i.(T)   // ERROR "impossible type assertion: i.\(T\)"
	_ = i.(P)   // ERROR "impossible type assertion: i.\(P\)"
	_ = i.(W)   // ERROR "impossible type assertion: i.\(W\)"
	_ = i.(J)
	v, ok := i.(*P)
	_, _ = v, ok
	var x, y = i.(*P)
	_, _ = x, y
	var s string
	s, ok = i.(*P) // ERROR "cannot use i.\(\*P\) \(value of type \*P\) as string value in assignment"
	_ = i.(undefinedT) // ERROR "undefined: undefinedT"
	var a, b, c = i.(*P) // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _ = a, b, c
	_ = s
}
