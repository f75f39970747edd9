// Split, SplitN, SplitAfter, Join, Fields and FieldsFunc, including edge cases with empty
// strings and separators.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "")
	fmt.Printf("%q\n", strings.Fields("  foo bar\t\nbaz  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(len(strings.Split("a b c", " ")))
}
// Output:
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// [""]
// ["" ""]
// ["a" "b,c,d"]
// ["a," "b," "c"]
// x, y, z true
// ["foo" "bar" "baz"]
// []
// ["a" "b" "c"]
// 3
