// os.Exit ends the program at once with the given status: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting")
	os.Exit(3)
}
// Output:
// exiting
// Exit: 3
