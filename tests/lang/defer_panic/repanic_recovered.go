// A deferred function that panics again replaces the first panic; recover then sees the
// newest value. Unrecovered, Go prints the chain with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("final recover:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic("second")
	}()
	panic("first")
}
// Output:
// first recover: first
// final recover: second
// Exit: 2
// Stderr:
// panic: first [recovered]
// 	panic: second [recovered]
// 	panic: again: second
//
// goroutine 1 [running]:
// main.main()
// repanic_recovered.go:18
