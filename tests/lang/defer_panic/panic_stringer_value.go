// An unrecovered panic with a fmt.Stringer value prints String()'s result (Go 1.18+);
// a named string type prints its type and quoted value.
package main

import "fmt"

type Reason string

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

func main() {
	defer func() {
		recover()
		panic(Reason("out of cheese"))
	}()
	panic(Pt{1, 2})
}
// Exit: 2
// Stderr:
// panic: Pt(1,2) [recovered]
// 	panic: main.Reason("out of cheese")
//
// goroutine 1 [running]:
// main.main()
// panic_stringer_value.go:18
