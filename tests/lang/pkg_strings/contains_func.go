// go1.22
// strings.ContainsFunc arrived in Go 1.21, after the Go 1.19 oracle, so this
// output is written by hand from its documentation.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("heLlo", unicode.IsUpper))
	fmt.Println(strings.ContainsFunc("", func(r rune) bool { return true }))
	seen := 0
	fmt.Println(strings.ContainsFunc("ab☺cd", func(r rune) bool { seen++; return r == '☺' }), seen)
}
// Output:
// false true
// false
// true 3
