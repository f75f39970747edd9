package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Repeat("ab", 3))
	fmt.Printf("%q %q\n", strings.Repeat("", 5), strings.Repeat("x", 0))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", 3))
	fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "b", "b", -1))
	fmt.Printf("%q\n", strings.Replace("a\xffb", "", "|", -1))
	fmt.Printf("%q\n", strings.ReplaceAll("banana", "a", "o"))
	fmt.Printf("%q\n", strings.ReplaceAll("", "", "x"))

	fmt.Println(strings.ToUpper("Hello, World! straße ǆ ǅ ﬀ ı i ÿ µ"))
	fmt.Println(strings.ToLower("HELLO İSTANBUL ǅ Σ ΑΣ Ⅻ Ａ"))
	fmt.Println(strings.ToTitle("ǆ dž hello ß"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("A\xc0\x80B"))
	fmt.Printf("%q %q\n", strings.ToUpper(""), strings.ToLower("already lower"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc0c☺", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("ok", "?"))

	fmt.Printf("%q\n", strings.TrimSpace("  \t\n hello \r\n\v\f "))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 unicode space \u3000\u0085"))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
	fmt.Printf("%q\n", strings.TrimSpace(" \xff x \xff "))
	fmt.Printf("%q\n", strings.TrimSpace("\u200b zero width is not space \u200b"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("  abc  ", ""))
	fmt.Printf("%q\n", strings.Trim("\xffabc\xff", "\xff"))
	fmt.Printf("%q\n", strings.Trim("\xffabc\uFFFD", "\uFFFDa"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("aaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("abcé", "é"))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello", "¡¡"))
	fmt.Printf("%q\n", strings.TrimPrefix("Hello", "x"))
	fmt.Printf("%q\n", strings.TrimSuffix("Hello.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSuffix("Hello.go", ".c"))

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("ǅ", "Ǆ"))
	fmt.Println(strings.EqualFold("K", "\u212a"), strings.EqualFold("σ", "ς"), strings.EqualFold("Σ", "ς"), strings.EqualFold("İ", "i"), strings.EqualFold("ı", "I"))
	fmt.Println(strings.EqualFold("a\xff", "A\xfe"), strings.EqualFold("", ""), strings.EqualFold("a", ""), strings.EqualFold("ß", "ẞ"), strings.EqualFold("µ", "Μ"))
}

// Output:
// "ababab"
// "" ""
// "oinky oinky oink"
// "moo moo moo"
// "-h-é-l-l-o-"
// "-h-é-llo"
// "abc"
// "abc"
// "|a|\xff|b|"
// "bonono"
// "x"
// HELLO, WORLD! STRAßE Ǆ Ǆ ﬀ I I Ÿ Μ
// hello istanbul ǆ σ ασ ⅻ ａ
// ǅ DŽ HELLO ß
// "A�B" "a��b"
// "" "already lower"
// "a?b?c☺"
// "ok"
// "hello"
// "unicode space"
// ""
// "\xff x \xff"
// "\u200b zero width is not space \u200b"
// "Hello, Gophers"
// "hi"
// "  abc  "
// "abc"
// "bc"
// "Hello, Gophers!!!"
// "¡¡¡Hello, Gophers"
// ""
// "abc"
// "¡Hello"
// "Hello"
// "Hello"
// "Hello.go"
// true false true true
// true true true false false
// true true false true true
