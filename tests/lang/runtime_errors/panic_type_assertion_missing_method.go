// Asserting to an interface the dynamic type does not implement names the missing method.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var x interface{} = Sq{2}
	s := x.(Shape)
	fmt.Println(s.Area())
}
// Exit: 2
// Stderr:
// panic: interface conversion: main.Sq is not main.Shape: missing method Name
//
// goroutine 1 [running]:
// main.main()
// panic_type_assertion_missing_method.go:17
