// A goroutine that blocks forever inside a String method (parked with its
// fiber) is part of Go's deadlock report.
package main

import "fmt"

type Never struct{ ch chan string }

func (n Never) String() string { return <-n.ch }

func main() {
	fmt.Println("before")
	fmt.Println(Never{make(chan string)})
}
// Output:
// before
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.Never.String(...)
// deadlock_in_nested.go:9
// main.main()
// deadlock_in_nested.go:13
