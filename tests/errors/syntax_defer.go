// Syntax errors: defer needs a call.
package main

import "fmt"

func main() {
	defer fmt.Println // ERROR "expression in defer must be function call"
	defer recover // ERROR "expression in defer must be function call"
}
