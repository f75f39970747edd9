// select {} blocks forever; with nothing else to run that is Go's deadlock.
package main

import "fmt"

func main() {
	fmt.Println("blocking")
	select {}
}
// Output:
// blocking
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
// main.main()
// empty_select.go:8
