// os.Exit with a non-zero code: output written so far is kept, the status is the code.
package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Fprintln(os.Stderr, "error: n too large:", n)
		os.Exit(7)
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("i =", i)
		check(i)
	}
}
// Output:
// i = 0
// i = 1
// i = 2
// i = 3
// Exit: 7
// Stderr:
// error: n too large: 3
