// strconv.Unquote, QuotedPrefix and UnquoteChar over many generated literals (valid and
// broken escapes, quotes of every kind, raw newlines and carriage returns, invalid UTF-8),
// summarised as a checksum per function plus the first results in full.
package main

import (
	"fmt"
	"strconv"
)

var seed uint32 = 12345

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

var pieces = []string{"\\", "\"", "'", "`", "x", "u", "U", "0", "1", "3", "4", "7", "8", "a", "f", "F", "g",
	"n", "t", "v", "\n", "\r", "\xff", "\xc3", "\xa9", "é", "世", "\\x41", "\\u00e9", "\\U0001F600", "\\377", "\\400",
	"\\ud800", "\\U00110000", "\\'", "\\\"", "\\q", "z", " "}

func gen() string {
	quotes := []string{"\"", "'", "`", ""}
	q := quotes[next(len(quotes))]
	s := q
	for k := next(6); k > 0; k-- {
		s += pieces[next(len(pieces))]
	}
	if next(4) != 0 {
		s += q
	}
	if next(5) == 0 {
		s += pieces[next(len(pieces))]
	}
	return s
}

func hash(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = h*31 + uint32(s[i])
	}
	return h*31 + 7
}

func main() {
	var h1, h2, h3 uint32
	for i := 0; i < 20000; i++ {
		s := gen()
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		line1 := fmt.Sprintf("%q -> %q %v", s, u, err)
		line2 := fmt.Sprintf("%q %v", p, perr)
		line3 := ""
		for _, q := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, cerr := strconv.UnquoteChar(s, q)
			line3 += fmt.Sprintf(" [%d %v %q %v]", v, mb, tail, cerr)
		}
		if i < 60 {
			fmt.Println(line1, "|", line2, "|", line3)
		}
		h1, h2, h3 = hash(h1, line1), hash(h2, line2), hash(h3, line3)
	}
	fmt.Println(h1, h2, h3)
}
// Output:
// "\"\"" -> "" <nil> | "\"\"" <nil> |  [0 false "" invalid syntax] [34 false "\"" <nil>] [34 false "\"" <nil>] [34 false "\"" <nil>]
// "F\xc3" -> "" invalid syntax | "" invalid syntax |  [70 false "\xc3" <nil>] [70 false "\xc3" <nil>] [70 false "\xc3" <nil>] [70 false "\xc3" <nil>]
// "\"1\\x41t" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "1\\x41t" <nil>] [34 false "1\\x41t" <nil>] [34 false "1\\x41t" <nil>]
// "\"\\U0001F6003g\"" -> "😀3g" <nil> | "\"\\U0001F6003g\"" <nil> |  [0 false "" invalid syntax] [34 false "\\U0001F6003g\"" <nil>] [34 false "\\U0001F6003g\"" <nil>] [34 false "\\U0001F6003g\"" <nil>]
// "'" -> "" invalid syntax | "" invalid syntax |  [39 false "" <nil>] [0 false "" invalid syntax] [39 false "" <nil>] [39 false "" <nil>]
// "'\n\xa9Un'u" -> "" invalid syntax | "" invalid syntax |  [39 false "\n\xa9Un'u" <nil>] [0 false "" invalid syntax] [39 false "\n\xa9Un'u" <nil>] [39 false "\n\xa9Un'u" <nil>]
// "\"1nfé" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "1nfé" <nil>] [34 false "1nfé" <nil>] [34 false "1nfé" <nil>]
// "3\né8" -> "" invalid syntax | "" invalid syntax |  [51 false "\né8" <nil>] [51 false "\né8" <nil>] [51 false "\né8" <nil>] [51 false "\né8" <nil>]
// "\\u00e93\\\"t" -> "" invalid syntax | "" invalid syntax |  [233 true "3\\\"t" <nil>] [233 true "3\\\"t" <nil>] [233 true "3\\\"t" <nil>] [233 true "3\\\"t" <nil>]
// "'g" -> "" invalid syntax | "" invalid syntax |  [39 false "g" <nil>] [0 false "" invalid syntax] [39 false "g" <nil>] [39 false "g" <nil>]
// "`0" -> "" invalid syntax | "" invalid syntax |  [96 false "0" <nil>] [96 false "0" <nil>] [96 false "0" <nil>] [96 false "0" <nil>]
// "``4`" -> "" invalid syntax | "``" <nil> |  [96 false "`4`" <nil>] [96 false "`4`" <nil>] [96 false "`4`" <nil>] [96 false "`4`" <nil>]
// "'34'" -> "" invalid syntax | "" invalid syntax |  [39 false "34'" <nil>] [0 false "" invalid syntax] [39 false "34'" <nil>] [39 false "34'" <nil>]
// "'\\ud800'" -> "" invalid syntax | "" invalid syntax |  [39 false "\\ud800'" <nil>] [0 false "" invalid syntax] [39 false "\\ud800'" <nil>] [39 false "\\ud800'" <nil>]
// "\"\\q\\U00110000\"" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "\\q\\U00110000\"" <nil>] [34 false "\\q\\U00110000\"" <nil>] [34 false "\\q\\U00110000\"" <nil>]
// "'" -> "" invalid syntax | "" invalid syntax |  [39 false "" <nil>] [0 false "" invalid syntax] [39 false "" <nil>] [39 false "" <nil>]
// "`x78a`" -> "x78a" <nil> | "`x78a`" <nil> |  [96 false "x78a`" <nil>] [96 false "x78a`" <nil>] [96 false "x78a`" <nil>] [96 false "x78a`" <nil>]
// "``" -> "" <nil> | "``" <nil> |  [96 false "`" <nil>] [96 false "`" <nil>] [96 false "`" <nil>] [96 false "`" <nil>]
// "'7\\377va\\377'" -> "" invalid syntax | "" invalid syntax |  [39 false "7\\377va\\377'" <nil>] [0 false "" invalid syntax] [39 false "7\\377va\\377'" <nil>] [39 false "7\\377va\\377'" <nil>]
// "\"z\n \\400\"" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "z\n \\400\"" <nil>] [34 false "z\n \\400\"" <nil>] [34 false "z\n \\400\"" <nil>]
// "\\u00e9\\' \\\"" -> "" invalid syntax | "" invalid syntax |  [233 true "\\' \\\"" <nil>] [233 true "\\' \\\"" <nil>] [233 true "\\' \\\"" <nil>] [233 true "\\' \\\"" <nil>]
// "\"né'" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "né'" <nil>] [34 false "né'" <nil>] [34 false "né'" <nil>]
// "\"é" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "é" <nil>] [34 false "é" <nil>] [34 false "é" <nil>]
// "`\xc3n`" -> "\xc3n" <nil> | "`\xc3n`" <nil> |  [96 false "\xc3n`" <nil>] [96 false "\xc3n`" <nil>] [96 false "\xc3n`" <nil>] [96 false "\xc3n`" <nil>]
// "`47\xa9f" -> "" invalid syntax | "" invalid syntax |  [96 false "47\xa9f" <nil>] [96 false "47\xa9f" <nil>] [96 false "47\xa9f" <nil>] [96 false "47\xa9f" <nil>]
// "''\\x41" -> "" invalid syntax | "''" <nil> |  [39 false "'\\x41" <nil>] [0 false "" invalid syntax] [39 false "'\\x41" <nil>] [39 false "'\\x41" <nil>]
// "`U\xff\\u00e9\xc3\\q`" -> "U\xff\\u00e9\xc3\\q" <nil> | "`U\xff\\u00e9\xc3\\q`" <nil> |  [96 false "U\xff\\u00e9\xc3\\q`" <nil>] [96 false "U\xff\\u00e9\xc3\\q`" <nil>] [96 false "U\xff\\u00e9\xc3\\q`" <nil>] [96 false "U\xff\\u00e9\xc3\\q`" <nil>]
// "'t\xff'" -> "" invalid syntax | "" invalid syntax |  [39 false "t\xff'" <nil>] [0 false "" invalid syntax] [39 false "t\xff'" <nil>] [39 false "t\xff'" <nil>]
// "\"4世\"\\U00110000" -> "" invalid syntax | "\"4世\"" <nil> |  [0 false "" invalid syntax] [34 false "4世\"\\U00110000" <nil>] [34 false "4世\"\\U00110000" <nil>] [34 false "4世\"\\U00110000" <nil>]
// "`a\\'Fa`F" -> "" invalid syntax | "`a\\'Fa`" <nil> |  [96 false "a\\'Fa`F" <nil>] [96 false "a\\'Fa`F" <nil>] [96 false "a\\'Fa`F" <nil>] [96 false "a\\'Fa`F" <nil>]
// "\"8\"" -> "8" <nil> | "\"8\"" <nil> |  [0 false "" invalid syntax] [34 false "8\"" <nil>] [34 false "8\"" <nil>] [34 false "8\"" <nil>]
// "\"3\xa9\"x" -> "" invalid syntax | "\"3\xa9\"" <nil> |  [0 false "" invalid syntax] [34 false "3\xa9\"x" <nil>] [34 false "3\xa9\"x" <nil>] [34 false "3\xa9\"x" <nil>]
// "`\\ud800n\\u00e9\\U00110000" -> "" invalid syntax | "" invalid syntax |  [96 false "\\ud800n\\u00e9\\U00110000" <nil>] [96 false "\\ud800n\\u00e9\\U00110000" <nil>] [96 false "\\ud800n\\u00e9\\U00110000" <nil>] [96 false "\\ud800n\\u00e9\\U00110000" <nil>]
// "\"\\x41é\"" -> "Aé" <nil> | "\"\\x41é\"" <nil> |  [0 false "" invalid syntax] [34 false "\\x41é\"" <nil>] [34 false "\\x41é\"" <nil>] [34 false "\\x41é\"" <nil>]
// "" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [0 false "" invalid syntax] [0 false "" invalid syntax] [0 false "" invalid syntax]
// "`\xff\"'1\\U00110000`" -> "\xff\"'1\\U00110000" <nil> | "`\xff\"'1\\U00110000`" <nil> |  [96 false "\xff\"'1\\U00110000`" <nil>] [96 false "\xff\"'1\\U00110000`" <nil>] [96 false "\xff\"'1\\U00110000`" <nil>] [96 false "\xff\"'1\\U00110000`" <nil>]
// "\"7\\400F\"" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "7\\400F\"" <nil>] [34 false "7\\400F\"" <nil>] [34 false "7\\400F\"" <nil>]
// "\\U001100001\\q" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [0 false "" invalid syntax] [0 false "" invalid syntax] [0 false "" invalid syntax]
// "\\x41`" -> "" invalid syntax | "" invalid syntax |  [65 false "`" <nil>] [65 false "`" <nil>] [65 false "`" <nil>] [65 false "`" <nil>]
// "'f世'" -> "" invalid syntax | "" invalid syntax |  [39 false "f世'" <nil>] [0 false "" invalid syntax] [39 false "f世'" <nil>] [39 false "f世'" <nil>]
// "\"" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "" <nil>] [34 false "" <nil>] [34 false "" <nil>]
// "'vfa\\\"\xff'" -> "" invalid syntax | "" invalid syntax |  [39 false "vfa\\\"\xff'" <nil>] [0 false "" invalid syntax] [39 false "vfa\\\"\xff'" <nil>] [39 false "vfa\\\"\xff'" <nil>]
// "t\\\"世\\q" -> "" invalid syntax | "" invalid syntax |  [116 false "\\\"世\\q" <nil>] [116 false "\\\"世\\q" <nil>] [116 false "\\\"世\\q" <nil>] [116 false "\\\"世\\q" <nil>]
// "\"\"" -> "" <nil> | "\"\"" <nil> |  [0 false "" invalid syntax] [34 false "\"" <nil>] [34 false "\"" <nil>] [34 false "\"" <nil>]
// "'vaU\\377'" -> "" invalid syntax | "" invalid syntax |  [39 false "vaU\\377'" <nil>] [0 false "" invalid syntax] [39 false "vaU\\377'" <nil>] [39 false "vaU\\377'" <nil>]
// "`1 0" -> "" invalid syntax | "" invalid syntax |  [96 false "1 0" <nil>] [96 false "1 0" <nil>] [96 false "1 0" <nil>] [96 false "1 0" <nil>]
// "世" -> "" invalid syntax | "" invalid syntax |  [19990 true "" <nil>] [19990 true "" <nil>] [19990 true "" <nil>] [19990 true "" <nil>]
// "\"tn\\377" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "tn\\377" <nil>] [34 false "tn\\377" <nil>] [34 false "tn\\377" <nil>]
// "`Fx" -> "" invalid syntax | "" invalid syntax |  [96 false "Fx" <nil>] [96 false "Fx" <nil>] [96 false "Fx" <nil>] [96 false "Fx" <nil>]
// "\"\\u00e9\xc3\xc3\"" -> "é��" <nil> | "\"\\u00e9\xc3\xc3\"" <nil> |  [0 false "" invalid syntax] [34 false "\\u00e9\xc3\xc3\"" <nil>] [34 false "\\u00e9\xc3\xc3\"" <nil>] [34 false "\\u00e9\xc3\xc3\"" <nil>]
// "\"\"" -> "" <nil> | "\"\"" <nil> |  [0 false "" invalid syntax] [34 false "\"" <nil>] [34 false "\"" <nil>] [34 false "\"" <nil>]
// "`\\'" -> "" invalid syntax | "" invalid syntax |  [96 false "\\'" <nil>] [96 false "\\'" <nil>] [96 false "\\'" <nil>] [96 false "\\'" <nil>]
// "\"" -> "" invalid syntax | "" invalid syntax |  [0 false "" invalid syntax] [34 false "" <nil>] [34 false "" <nil>] [34 false "" <nil>]
// "`F" -> "" invalid syntax | "" invalid syntax |  [96 false "F" <nil>] [96 false "F" <nil>] [96 false "F" <nil>] [96 false "F" <nil>]
// "`é\\éf`" -> "é\\éf" <nil> | "`é\\éf`" <nil> |  [96 false "é\\éf`" <nil>] [96 false "é\\éf`" <nil>] [96 false "é\\éf`" <nil>] [96 false "é\\éf`" <nil>]
// "'f\\400\réa'" -> "" invalid syntax | "" invalid syntax |  [39 false "f\\400\réa'" <nil>] [0 false "" invalid syntax] [39 false "f\\400\réa'" <nil>] [39 false "f\\400\réa'" <nil>]
// "``" -> "" <nil> | "``" <nil> |  [96 false "`" <nil>] [96 false "`" <nil>] [96 false "`" <nil>] [96 false "`" <nil>]
// "\"\xc3t\"" -> "�t" <nil> | "\"\xc3t\"" <nil> |  [0 false "" invalid syntax] [34 false "\xc3t\"" <nil>] [34 false "\xc3t\"" <nil>] [34 false "\xc3t\"" <nil>]
// "\"vg\"" -> "vg" <nil> | "\"vg\"" <nil> |  [0 false "" invalid syntax] [34 false "vg\"" <nil>] [34 false "vg\"" <nil>] [34 false "vg\"" <nil>]
// "`\n" -> "" invalid syntax | "" invalid syntax |  [96 false "\n" <nil>] [96 false "\n" <nil>] [96 false "\n" <nil>] [96 false "\n" <nil>]
// 404915072 388322136 1027027199
