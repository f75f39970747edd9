// Checker errors: declaration and initialization cycles, reported once per
// cycle at the place Go reports it (Go 1.19 says "initialization loop" and
// lists the cycle on "refers to" lines; current gc says "initialization cycle").
package main

const a = b // ERROR "initialization (cycle|loop) for a"
const b = a

const c = c // ERROR "initialization (cycle|loop)"

var d = e + f() // ERROR "initialization (cycle|loop) for d"
var e = d       // ERROR "initialization (cycle|loop) for e"

func f() int { return g }

var g = f() // ERROR "initialization (cycle|loop) for g"

type A B // ERROR "invalid recursive type A"
type B A

type R struct{ r R } // ERROR "invalid recursive type:? R"

type S1 struct{ s S2 } // ERROR "invalid recursive type S1"
type S2 struct{ s S1 }

type L []L

type Arr [2]Arr // ERROR "invalid recursive type:? Arr"

func main() {
	var l L
	_ = l
}
