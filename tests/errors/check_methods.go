package main

type T struct{ foo int }

func (t T) Bar()  {}
func (t *T) Ptr() {}
func (t T) Bar()  {} // ERROR "method T.Bar already declared"
func (t T) foo()  {} // ERROR "field and method with the same name foo"

type I interface{ Ptr() }

type Rec struct{ r Rec } // ERROR "invalid recursive type:? Rec"

type Node struct{ next *Node }

func main() {
	var t T
	_ = t.Foo // ERROR "t.Foo undefined \(type T has no field or method Foo, but does have field foo\)"
	_ = t.bar // ERROR "t.bar undefined \(type T has no field or method bar, but does have method Bar\)"
	var i I = t // ERROR "T does not implement I \(method Ptr has pointer receiver\)"
	_ = T.Ptr // ERROR "invalid method expression T.Ptr \(needs pointer receiver \(\*T\).Ptr\)"
	_ = i
	T{}.Ptr() // ERROR "cannot call pointer method Ptr on T"
	var n Node
	_ = n.next.next
}
