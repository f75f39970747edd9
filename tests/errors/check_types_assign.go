// Checker errors: assignability between basic, named and pointer types (Go's wording).
package main

type Miles float64
type Km float64

type Point struct{ X, Y int }

func takesPtr(p *Point) {}

func main() {
	var s string
	x := 1
	s = x // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	var m Miles = 1
	var k Km = m // ERROR "cannot use m \(variable of type Miles\) as Km value in variable declaration"
	var b byte = x // ERROR "cannot use x \(variable of type int\) as byte value in variable declaration"
	p := Point{1, 2}
	takesPtr(p) // ERROR "cannot use p \(variable of type Point\) as \*Point value in argument to takesPtr"
	var f float64 = "str" // ERROR `cannot use "str" \(untyped string constant\) as float64 value in variable declaration`
	var ok bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var r rune = "a" // ERROR `cannot use "a" \(untyped string constant\) as rune value in variable declaration`
	_, _, _, _, _, _ = s, k, b, f, ok, r
}
