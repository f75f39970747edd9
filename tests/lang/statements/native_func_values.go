package main

import (
	"fmt"
	"strings"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	fmt.Println(apply(strings.ToUpper, "abc"))
	p := fmt.Println
	p("via", "value", 3)
	sp := fmt.Sprintf
	fmt.Println(sp("%d|%s", 1, "x"))
	var f func(...any) (int, error) = fmt.Print
	f("a", "b\n")
}

// Output:
// ABC
// via value 3
// 1|x
// ab
