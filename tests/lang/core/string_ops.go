// String concatenation, +=, comparison operators (byte-wise), and escapes.
package main

import "fmt"

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	fmt.Println(c, len(c))
	c += "!"
	fmt.Println(c)
	fmt.Println(a == "foo", a != b, a < b, a > b, "ab" < "abc", "" < "a")
	fmt.Println("Z" < "a", "é" > "z", "abc" <= "abc", "abd" >= "abc")
	s := ""
	for i := 0; i < 3; i++ {
		s = s + "ab"
	}
	fmt.Println(s, s == "ababab")
	fmt.Println("tab\there", "quote\"", `raw\n`, "nl\\n")
	fmt.Println("unicode: \u00e9 \U0001F600 \xe2\x82\xac")
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y)
}
// Output:
// foobar 6
// foobar!
// true true false true true true
// true true true true
// ababab true
// tab	here quote" raw\n nl\n
// unicode: é 😀 €
// true
