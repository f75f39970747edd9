// A recovered run-time error panicked again keeps its runtime.Error value: the report
// prints the first panic as recovered and the second with the same text (Error()).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T\n", r)
		panic(r)
	}()
	var s []int
	i := 3
	fmt.Println(s[i])
}
// Output:
// recovered runtime.boundsError
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 0 [recovered]
// 	panic: runtime error: index out of range [3] with length 0
//
// goroutine 1 [running]:
// main.main()
