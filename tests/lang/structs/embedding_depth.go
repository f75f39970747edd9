// Promotion picks the shallowest field; the same name at the same depth is only an error
// when used, so other fields stay accessible.
package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Z int }

type C struct {
	A
	B
	Y string
}

type D struct {
	C
}

func (a A) Hello() string { return "A.Hello" }

func main() {
	var c C
	c.A.X = 1
	c.B.X = 2
	c.Z = 3
	c.Y = "outer"
	c.A.Y = 9
	fmt.Println(c.A.X, c.B.X, c.Z, c.Y, c.A.Y)
	d := D{c}
	fmt.Println(d.Z, d.Y, d.Hello())
	fmt.Printf("%+v\n", d)
}
// Output:
// 1 2 3 outer 9
// 3 outer A.Hello
// {C:{A:{X:1 Y:9} B:{X:2 Z:3} Y:outer}}
