// The strings functions that take a func: IndexFunc, LastIndexFunc, TrimFunc and its
// one-sided forms, FieldsFunc, Map (dropping and growing runes, invalid UTF-8), Title, and
// the order in which they call the func.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	isVowel := func(r rune) bool { return strings.ContainsRune("aeioué", r) }
	for _, s := range []string{"hello", "xyz", "", "été", "brr\xffa"} {
		fmt.Println(strings.IndexFunc(s, isVowel), strings.LastIndexFunc(s, isVowel),
			strings.IndexFunc(s, unicode.IsUpper))
	}
	fmt.Println(strings.LastIndexFunc("a\xff", func(r rune) bool { return r == unicode.ReplacementChar }))
	for _, s := range []string{"  ¡¡hi!!  ", "!!!", "", "\xff x \xff", "é a é"} {
		f := func(r rune) bool { return !unicode.IsLetter(r) }
		fmt.Printf("%q %q %q\n", strings.TrimFunc(s, f), strings.TrimLeftFunc(s, f), strings.TrimRightFunc(s, f))
	}
	var calls []rune
	strings.TrimFunc("ab1ba", func(r rune) bool { calls = append(calls, r); return r != '1' })
	fmt.Println(string(calls))
	for _, s := range []string{"", ",,", "a,b;;c", ";x", "héllo wörld", "a\xffb"} {
		fs := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == 0xFFFD })
		fmt.Printf("%q %d %d %v\n", fs, len(fs), cap(fs), fs == nil)
	}
	double := func(r rune) rune {
		if r == 'x' {
			return -1
		}
		if r < 128 {
			return unicode.ToUpper(r)
		}
		return r + 1
	}
	fmt.Println(strings.Map(double, "abxcdé☺x"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "ok\xffok\uFFFD"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "plain\uFFFD"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 'é' }, "abc"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return -1 }, "gone"))
	n := 0
	strings.Map(func(r rune) rune { n++; return r }, "héllo")
	fmt.Println(n)
	for _, s := range []string{"hello wide world", "o'neil is here", "ǆemal ŀa", "snake_case word", "x1y 2z", "αβγ δ-ε", "\tx\ny"} {
		fmt.Println(strings.Title(s))
	}
	c := strings.Clone("abc")
	fmt.Println(c, c == "abc", strings.Clone("") == "")
}
// Output:
// 1 4 -1
// -1 -1 -1
// -1 -1 -1
// 0 3 -1
// 4 4 -1
// 1
// "hi" "hi!!  " "  ¡¡hi"
// "" "" ""
// "" "" ""
// "x" "x \xff" "\xff x"
// "é a é" "é a é" "é a é"
// ab1ab1
// [] 0 0 false
// [] 0 0 false
// ["a" "b" "c"] 3 3 false
// ["x"] 1 1 false
// ["héllo" "wörld"] 2 2 false
// ["a" "b"] 2 2 false
// ABCDê☻
// "ok�ok�"
// "plain�"
// "��"
// "ééé"
// ""
// 5
// Hello Wide World
// O'Neil Is Here
// ǅemal Ŀa
// Snake_case Word
// X1y 2z
// Αβγ Δ-Ε
// 	X
// Y
// abc true true
