package main

type T struct{}

func (T) M() int { return b }

var a = T{}.M() // ERROR "initialization (cycle|loop) for a"
var b = a

var c = c // ERROR "initialization (cycle|loop)|illegal cycle in declaration of c"

func init() {}
func init() {}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

var d = init // ERROR "undefined: init"

func main() {
	init() // ERROR "undefined: init"
}
