// A struct embedding an interface value gets its methods promoted and can override some of
// them (the sort.Reverse pattern); calling a promoted method of a nil embedded interface panics.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet(name string) string
	Bye() string
}

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }
func (English) Bye() string           { return "Goodbye" }

type Loud struct {
	Greeter
}

func (l Loud) Greet(n string) string { return strings.ToUpper(l.Greeter.Greet(n)) + "!" }

func main() {
	var g Greeter = Loud{English{}}
	fmt.Println(g.Greet("gopher"), g.Bye())
	defer func() { fmt.Println("recovered:", recover()) }()
	var broken Greeter = Loud{}
	fmt.Println(broken.Bye())
}
// Output:
// HELLO, GOPHER! Goodbye
// recovered: runtime error: invalid memory address or nil pointer dereference
