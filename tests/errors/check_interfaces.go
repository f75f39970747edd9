// Checker errors: interface satisfaction (pointer receivers, missing and wrong methods),
// assertions on non-interfaces, impossible assertions.
package main

type Shape interface {
	Area() float64
}

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

type Circle struct{}

type Named interface{ Name() string }

type Thing struct{}

func (Thing) Name() int { return 0 }

func main() {
	var s Shape = Sq{} // ERROR "cannot use (Sq\{\}|\(Sq literal\)) \(value of (struct )?type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(method Area has pointer receiver\)"
	var c Shape = Circle{} // ERROR "cannot use (Circle\{\}|\(Circle literal\)) \(value of (struct )?type Circle\) as Shape value in variable declaration: Circle does not implement Shape \(missing method Area\)"
	var n Named = Thing{} // ERROR "Thing does not implement Named \(wrong type for method Name\)"
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	var sh Shape = &Sq{}
	_ = sh.(Circle) // ERROR "impossible type assertion: sh\.\(Circle\)"
	var e error = "oops" // ERROR `cannot use "oops" \((untyped string constant|constant of type string)\) as error value in variable declaration: string does not implement error \(missing method Error\)`
	_, _, _, _ = s, c, n, e
}
