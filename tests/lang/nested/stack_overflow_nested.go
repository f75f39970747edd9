// A String method that prints itself recurses through fmt without end: in
// Go the goroutine's stack hits its 1 GB limit; in csp the fiber's stack
// check reports the same fatal error instead of crashing. (Not checked
// against go run, which would take a gigabyte of memory to get there.)
// nogo
package main

import "fmt"

type Self struct{ n int }

func (s Self) String() string { return fmt.Sprint(Self{s.n + 1}) }

func main() {
	fmt.Println("start")
	fmt.Println(Self{})
}
// Output:
// start
// Exit: 2
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// fatal error: stack overflow
//
// goroutine 1 [running]:
// main.Self.String(...)
// main.main()
