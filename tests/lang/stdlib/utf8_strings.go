package main

import (
	"fmt"
	"unicode/utf8"
)

func decode(s string) {
	r, n := utf8.DecodeRuneInString(s)
	lr, ln := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%q: first %U/%d last %U/%d count %d valid %v full %v\n", s, r, n, lr, ln,
		utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
}

func runeLen(r rune) {
	fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
}

func main() {
	decode("")
	decode("a")
	decode("héllo, 世界")
	decode("€")
	decode("\xe2\x82")
	decode("\xe2")
	decode("\xff")
	decode("a\xff")
	decode("\xc0\x80")
	decode("\xed\xa0\x80")
	decode("\xf4\x90\x80\x80")
	decode("\xf0\x9f\x98\x80")
	decode("\xf0\x9f\x98")
	decode("\xf0\x8f")
	decode("x\x80\x80\x80\x80")
	decode("\uFFFD")
	decode("\xef\xbf\xbd\xbd")
	decode("\U0010FFFF")
	runeLen(0)
	runeLen(0x7f)
	runeLen(0x80)
	runeLen(0x7ff)
	runeLen(0x800)
	runeLen(0xd7ff)
	runeLen(0xd800)
	runeLen(0xdfff)
	runeLen(0xe000)
	runeLen(0xffff)
	runeLen(0x10000)
	runeLen(0x10ffff)
	runeLen(0x110000)
	runeLen(-1)
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xbf), utf8.RuneStart(0xc0))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}

// Output:
// "": first U+FFFD/0 last U+FFFD/0 count 0 valid true full false
// "a": first U+0061/1 last U+0061/1 count 1 valid true full true
// "héllo, 世界": first U+0068/1 last U+754C/3 count 9 valid true full true
// "€": first U+20AC/3 last U+20AC/3 count 1 valid true full true
// "\xe2\x82": first U+FFFD/1 last U+FFFD/1 count 2 valid false full false
// "\xe2": first U+FFFD/1 last U+FFFD/1 count 1 valid false full false
// "\xff": first U+FFFD/1 last U+FFFD/1 count 1 valid false full true
// "a\xff": first U+0061/1 last U+FFFD/1 count 2 valid false full true
// "\xc0\x80": first U+FFFD/1 last U+FFFD/1 count 2 valid false full true
// "\xed\xa0\x80": first U+FFFD/1 last U+FFFD/1 count 3 valid false full true
// "\xf4\x90\x80\x80": first U+FFFD/1 last U+FFFD/1 count 4 valid false full true
// "😀": first U+1F600/4 last U+1F600/4 count 1 valid true full true
// "\xf0\x9f\x98": first U+FFFD/1 last U+FFFD/1 count 3 valid false full false
// "\xf0\x8f": first U+FFFD/1 last U+FFFD/1 count 2 valid false full true
// "x\x80\x80\x80\x80": first U+0078/1 last U+FFFD/1 count 5 valid false full true
// "�": first U+FFFD/3 last U+FFFD/3 count 1 valid true full true
// "�\xbd": first U+FFFD/3 last U+FFFD/1 count 2 valid false full true
// "\U0010ffff": first U+10FFFF/4 last U+10FFFF/4 count 1 valid true full true
// 0 1 true
// 127 1 true
// 128 2 true
// 2047 2 true
// 2048 3 true
// 55295 3 true
// 55296 -1 false
// 57343 -1 false
// 57344 3 true
// 65535 3 true
// 65536 4 true
// 1114111 4 true
// 1114112 -1 false
// -1 -1 false
// true false false true
// 65533 128 1114111 4
