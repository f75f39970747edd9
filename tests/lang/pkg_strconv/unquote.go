// Unquote, UnquoteChar and QuotedPrefix on the three literal forms, escapes of every kind,
// invalid UTF-8, and the malformed inputs that give ErrSyntax.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		`"abc"`, `""`, "`raw\\n`", "`a\rb\r`", "`x", `'a'`, `'☺'`, `'ab'`, `''`, `'\''`, `'"'`,
		`'\"'`, `"\'"`, `"\""`, `"a\x41\101\u00e9\U0001F600"`, `"\xff\x00"`, "\"\xff\"",
		`"\400"`, `"\377"`, `"\8"`, `"\u12"`, `"\ud800"`, `"\U00110000"`, `"\q"`, `"\`,
		`"a"b`, `"a` + "\n" + `b"`, `"tab	in"`, `x`, `"`, ``, `'\x80'`, `'\u0080'`, "'\xff'",
		`"\a\b\f\n\r\t\v\\"`, `'`, `"abc`,
	} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q -> %q %v\n", s, u, err)
	}
	for _, s := range []string{`"abc"def`, "`raw`+1", `'x' rest`, `"a\"b" c`, `abc`, `"\z"`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("prefix %q -> %q %v\n", s, p, err)
	}
	in := `a\tb\x7f\u263a\"é\'`
	for len(in) > 0 {
		r, mb, tail, err := strconv.UnquoteChar(in, '"')
		fmt.Println(r, mb, tail, err)
		if err != nil {
			break
		}
		in = tail
	}
	r, mb, tail, err := strconv.UnquoteChar(`\'x`, '\'')
	fmt.Println(r, mb, tail, err)
	r, mb, tail, err = strconv.UnquoteChar(`'`, '\'')
	fmt.Println(r, mb, tail == "", err)
	for _, q := range []string{"hello", "tab\there", "☺\x00", "\xffbad"} {
		u, err := strconv.Unquote(strconv.Quote(q))
		fmt.Println(u == q, err)
	}
}
// Output:
// "\"abc\"" -> "abc" <nil>
// "\"\"" -> "" <nil>
// "`raw\\n`" -> "raw\\n" <nil>
// "`a\rb\r`" -> "ab" <nil>
// "`x" -> "" invalid syntax
// "'a'" -> "a" <nil>
// "'☺'" -> "☺" <nil>
// "'ab'" -> "" invalid syntax
// "''" -> "" <nil>
// "'\\''" -> "'" <nil>
// "'\"'" -> "\"" <nil>
// "'\\\"'" -> "" invalid syntax
// "\"\\'\"" -> "" invalid syntax
// "\"\\\"\"" -> "\"" <nil>
// "\"a\\x41\\101\\u00e9\\U0001F600\"" -> "aAAé😀" <nil>
// "\"\\xff\\x00\"" -> "\xff\x00" <nil>
// "\"\xff\"" -> "�" <nil>
// "\"\\400\"" -> "" invalid syntax
// "\"\\377\"" -> "\xff" <nil>
// "\"\\8\"" -> "" invalid syntax
// "\"\\u12\"" -> "" invalid syntax
// "\"\\ud800\"" -> "" invalid syntax
// "\"\\U00110000\"" -> "" invalid syntax
// "\"\\q\"" -> "" invalid syntax
// "\"\\" -> "" invalid syntax
// "\"a\"b" -> "" invalid syntax
// "\"a\nb\"" -> "" invalid syntax
// "\"tab\tin\"" -> "tab\tin" <nil>
// "x" -> "" invalid syntax
// "\"" -> "" invalid syntax
// "" -> "" invalid syntax
// "'\\x80'" -> "\x80" <nil>
// "'\\u0080'" -> "\u0080" <nil>
// "'\xff'" -> "�" <nil>
// "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"" -> "\a\b\f\n\r\t\v\\" <nil>
// "'" -> "" invalid syntax
// "\"abc" -> "" invalid syntax
// prefix "\"abc\"def" -> "\"abc\"" <nil>
// prefix "`raw`+1" -> "`raw`" <nil>
// prefix "'x' rest" -> "'x'" <nil>
// prefix "\"a\\\"b\" c" -> "\"a\\\"b\"" <nil>
// prefix "abc" -> "" invalid syntax
// prefix "\"\\z\"" -> "" invalid syntax
// 97 false \tb\x7f\u263a\"é\' <nil>
// 9 false b\x7f\u263a\"é\' <nil>
// 98 false \x7f\u263a\"é\' <nil>
// 127 false \u263a\"é\' <nil>
// 9786 true \"é\' <nil>
// 34 false é\' <nil>
// 233 true \' <nil>
// 0 false  invalid syntax
// 39 false x <nil>
// 0 false true invalid syntax
// true <nil>
// true <nil>
// true <nil>
// true <nil>
