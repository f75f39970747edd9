// Repeat, Replace, ReplaceAll, ToUpper, ToLower, Title-free casing, TrimSpace, Trim, TrimLeft,
// TrimRight, TrimPrefix, TrimSuffix, TrimFunc, Map.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀB C"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n "))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.Trim("  ¡¡hola!!  ", " !¡"), strings.TrimLeft("abcba", "ab"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "x"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}, "hello"))
}
// Output:
// ababab true
// oinky oinky oink
// moo moo moo
// bonono -a-b-c-
// HÉLLO WÖRLD àb c
// "hi there"
// "hi" "hixx" "xxhi"
// "hola" "cba"
// "body" "a"
// "body"
// "abc"
// Uryyb, Jbeyq!
// heo
