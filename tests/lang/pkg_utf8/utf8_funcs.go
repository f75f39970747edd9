// unicode/utf8: RuneCountInString, RuneLen, DecodeRuneInString, DecodeLastRuneInString,
// EncodeRune, ValidString, ValidRune, RuneError, AppendRune, FullRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf(" %c:%d", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xff rest")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	n = utf8.EncodeRune(buf, 0x110000)
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe2, 0x82}))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF))
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'ß')), utf8.FullRuneInString("\xe2\x82"))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
// Output:
// 14 10 10
// 1 2 3 4 -1 -1
//  H:1 e:1 l:1 l:1 o:1 ,:1  :1 世:3 界:3 !:1
// 65533 0 true
// 65533 1
// 世 3
// [226 130 172] 3
// [239 191 189] 3
// true false false
// true false true
// xß false
// 4 128 1114111
