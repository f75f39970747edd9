// go1.22
// strings.CutPrefix and CutSuffix arrived in Go 1.20, after the Go 1.19
// oracle, so this output is written by hand from their documentation.
package main

import (
	"fmt"
	"strings"
)

func main() {
	after, found := strings.CutPrefix("¡Hola!", "¡")
	fmt.Printf("%q %v\n", after, found)
	after, found = strings.CutPrefix("¡Hola!", "x")
	fmt.Printf("%q %v\n", after, found)
	after, found = strings.CutPrefix("abc", "")
	fmt.Printf("%q %v\n", after, found)
	before, ok := strings.CutSuffix("main.go", ".go")
	fmt.Printf("%q %v\n", before, ok)
	before, ok = strings.CutSuffix("main.go", ".c")
	fmt.Printf("%q %v\n", before, ok)
	before, ok = strings.CutSuffix("go", "go")
	fmt.Printf("%q %v\n", before, ok)
}

// Output:
// "Hola!" true
// "¡Hola!" false
// "abc" true
// "main" true
// "main.go" false
// "" true
