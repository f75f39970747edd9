// Strings are immutable byte sequences: indexing gives bytes, slicing cuts at byte offsets
// (even inside a rune), range decodes UTF-8 with Go's rules for invalid input (each bad
// byte is one U+FFFD; overlong forms, surrogates and truncated sequences are invalid),
// and conversions to and from []byte, []rune and rune copy and repair as Go does.
package main

import (
	"fmt"
	"unicode/utf8"
)

func dump(s string) {
	fmt.Printf("%q len=%d runes=%d:", s, len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf(" %d:%U", i, r)
	}
	fmt.Println()
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[1], s[2], s[8], string(s[8]), s[1:3], s[8:11])
	fmt.Printf("%q %q %x % x\n", s[1:2], s[8:], s[7:10], s[:3])
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])

	// Invalid and edge-case UTF-8.
	dump("\xff")
	dump("a\x80b")
	dump("\xc0\x80")             // overlong NUL
	dump("\xe0\x80\xaf")         // overlong '/'
	dump("\xed\xa0\x80")         // UTF-16 surrogate half
	dump("\xf4\x90\x80\x80")     // above U+10FFFF
	dump("\xf0\x9f\x98")         // truncated 4-byte
	dump("x\xe4\xb8")            // truncated 3-byte at the end
	dump("\xf4\x8f\xbf\xbf")     // U+10FFFF
	dump("\xef\xbf\xbd")         // a real U+FFFD
	dump("\x00\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80")

	// []rune and string(rune) repair invalid code points.
	rs := []rune{0x41, -1, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, 0xFFFD, 0}
	fmt.Printf("%q\n", string(rs))
	for _, r := range rs {
		fmt.Printf("%q ", string(r))
	}
	fmt.Println()
	fmt.Println([]rune("a\xc0\x80z"), len([]rune("\xed\xa0\x80")))
	var i8 int8 = 65
	var u16 uint16 = 0x4e16
	var u64 uint64 = 0x1F600
	fmt.Println(string(rune(i8)), string(rune(u16)), string(rune(u64)))

	// Conversions copy.
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b[:6]), s[:6])
	t := string(b)
	b[1] = 'E'
	fmt.Printf("%q %q\n", t[:3], string(b[:3]))
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r), len(r), cap(r) >= len(r))
	fmt.Println(string([]byte{}), string([]rune(nil)) == "", []byte(""), []rune(""))
	fmt.Println(string(b[8:11]), string(r[7:9]))

	// Comparison is bytewise.
	words := []string{"z", "é", "e", "E", "ä", "", "ab", "a", "\xff"}
	for _, w := range words {
		fmt.Print(w < "e", w == "e", w > "é", " ")
	}
	fmt.Println()
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "\x7f" < "\x80")

	// Range evaluates the string once; the loop variable is a rune.
	str := "ab"
	for i, c := range str {
		str = "changed"
		fmt.Print(i, string(c), " ")
	}
	fmt.Println(str)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	var idx int
	for idx, last = range "xy€" {
	}
	fmt.Println(idx, last, string(last))

	// Building strings.
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a'+i)) + "é"
	}
	fmt.Println(acc, len(acc), utf8.RuneCountInString(acc))
	bs := []byte("go")
	bs = append(bs, "pher"...)
	bs = append(bs, 0xe4, 0xb8, 0x96)
	fmt.Println(string(bs), len(bs))
	copied := make([]byte, 3)
	n := copy(copied, "héllo")
	fmt.Println(n, copied, string(copied))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.RuneLen('世'), utf8.RuneLen(-5))
}
// Output:
// 15 195 169 228 ä é 世
// "\xc3" "世界!" 20e4b8 68 c3 a9
// 104 195 169 108 108 111 44 32 228 184 150 231 149 140 33 
// uint8 int32
// "\xff" len=1 runes=1: 0:U+FFFD
// "a\x80b" len=3 runes=3: 0:U+0061 1:U+FFFD 2:U+0062
// "\xc0\x80" len=2 runes=2: 0:U+FFFD 1:U+FFFD
// "\xe0\x80\xaf" len=3 runes=3: 0:U+FFFD 1:U+FFFD 2:U+FFFD
// "\xed\xa0\x80" len=3 runes=3: 0:U+FFFD 1:U+FFFD 2:U+FFFD
// "\xf4\x90\x80\x80" len=4 runes=4: 0:U+FFFD 1:U+FFFD 2:U+FFFD 3:U+FFFD
// "\xf0\x9f\x98" len=3 runes=3: 0:U+FFFD 1:U+FFFD 2:U+FFFD
// "x\xe4\xb8" len=3 runes=3: 0:U+0078 1:U+FFFD 2:U+FFFD
// "\U0010ffff" len=4 runes=1: 0:U+10FFFF
// "�" len=3 runes=1: 0:U+FFFD
// "\x00\x7f\u0080߿ࠀ" len=9 runes=5: 0:U+0000 1:U+007F 2:U+0080 4:U+07FF 6:U+0800
// "A���\U0010ffff��\x00"
// "A" "�" "�" "�" "\U0010ffff" "�" "�" "\x00" 
// [97 65533 65533 122] 3
// A 世 😀
// Héllo héllo
// "Hé" "HE\xa9"
// hello, 世界! 10 true
//  true [] []
// 世 世界
// false false false false false false false true false true false false false false false true false false true false false true false false false false true 
// true true true true true
// 0a 1b changed
// 0 3 
// 2 8364 €
// aébécédéeé 15 10
// gopher世 9
// 3 [104 195 169] hé
// true false 3 -1
