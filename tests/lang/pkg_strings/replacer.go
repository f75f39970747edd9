// strings.NewReplacer: argument order decides between overlapping old strings, empty old
// strings match between bytes (never twice in a row), and an odd argument count panics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"))
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("ab"))
	fmt.Println(strings.NewReplacer("", "X").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("héllo"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a href=\"x&y\">"))
	fmt.Println(strings.NewReplacer("abc", "X").Replace("ababcabcc"))
	fmt.Println(strings.NewReplacer("ab", "", "b", "B", "", "-").Replace("abba"))
	fmt.Println(strings.NewReplacer().Replace("same"))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
// Output:
// 12c12
// XAXbX
// AXbX
// X
// "XhX\xc3X\xa9XlXlXoX"
// 1111
// 31
// 11
// &lt;a href="x&amp;y"&gt;
// abXXc
// B-a-
// same
// recovered: strings.NewReplacer: odd argument count
