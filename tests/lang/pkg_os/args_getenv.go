// os.Args holds the program name (and no further arguments here); os.Getenv returns "" for an
// unset variable; os.LookupEnv distinguishes unset from empty.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	fmt.Printf("%q\n", os.Getenv("CSP_SURELY_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("CSP_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Getenv("PATH") != "")
}
// Output:
// 1 true
// ""
// "" false
// true
