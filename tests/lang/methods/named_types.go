// Named types: distinct from their underlying type, explicit conversion, methods on
// named slices, maps, funcs and ints; type aliases are identical to the original.
package main

import "fmt"

type Miles float64
type Km float64

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type MyInt = int

func main() {
	m := Miles(10)
	k := Km(m * 1.609)
	fmt.Println(m, k)
	fmt.Printf("%T %T\n", m, k)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(len(s), s)
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s\n", Green, Green, Green)
	var a MyInt = 5
	var b int = a
	fmt.Printf("%T %v\n", a, b)
	type local struct{ v int }
	fmt.Printf("%T %+v\n", local{1}, local{1})
}
// Output:
// 10 16.09
// main.Miles main.Km
// 5
// 2 map[x:true y:true]
// Red Color(2) Color(7)
// Green 1 Green
// int 5
// main.local {v:1}
