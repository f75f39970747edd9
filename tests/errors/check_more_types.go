// Checker errors: duplicate methods, constant indexes out of range, unassignable operands,
// operators on untyped float constants, shift counts.
package main

type T struct{}

func (T) M()  {}
func (T) M()  {} // ERROR "method T\.M already declared at .*:\d+:\d+|T\.M redeclared in this block"
func (*T) P() {}

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func main() {
	var arr [3]int
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	const c = 10
	c = 5 // ERROR "cannot assign to c \(neither addressable nor a map index expression\)|cannot assign to c \(constant 10 of type untyped int\)|cannot assign to c \(untyped int constant 10\)"
	var s string
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)|cannot assign to s\[0\] \(value of type byte\)"
	m := map[string]struct{ n int }{}
	m["a"].n = 1 // ERROR `cannot assign to struct field m\["a"\]\.n in map`
	var f float64 = 1 % 2.5 // ERROR "invalid operation: operator % not defined on 1 \(untyped float constant\)"
	var i int
	_ = i << 1.5 // ERROR "invalid operation: shift count 1\.5 \(untyped float constant\) truncated to uint|1\.5 \(untyped float constant\) truncated to uint"
	_, _ = f, s
}
