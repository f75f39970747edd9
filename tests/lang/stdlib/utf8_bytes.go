package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "héllo", "日本語", "\xff", "a\xffb", "\xe6\x97", "\xed\xa0\x80", "\xf0\x9f\x98\x80!", "\xc0\xaf", "\xf4\x90\x80\x80", "€"}
	for _, s := range inputs {
		b := []byte(s)
		r, n := utf8.DecodeRune(b)
		lr, ln := utf8.DecodeLastRune(b)
		fmt.Printf("%q valid=%v count=%d full=%v first=%q/%d last=%q/%d\n",
			s, utf8.Valid(b), utf8.RuneCount(b), utf8.FullRune(b), r, n, lr, ln)
	}
	fmt.Println(utf8.Valid(nil), utf8.RuneCount(nil), utf8.FullRune(nil))
	r, n := utf8.DecodeRune(nil)
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRune(nil)
	fmt.Println(r, n)
	for _, p := range [][]byte{{0xe6}, {0xe6, 0x97}, {0xe6, 0x97, 0xa5}, {0xf0, 0x9f}, {0xf0, 0x20}, {0xc2}, {0x80}} {
		fmt.Println(p, utf8.FullRune(p))
	}

	buf := make([]byte, 8)
	for _, r := range []rune{'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '日', 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, n, buf[:n])
	}

	var out []byte
	for _, r := range "aé日😀" {
		out = utf8.AppendRune(out, r)
		fmt.Println(out, len(out), cap(out))
	}
	out = utf8.AppendRune(out, -5)
	fmt.Println(string(out), len(out), cap(out))
	fixed := make([]byte, 2, 10)
	grown := utf8.AppendRune(fixed, '世')
	grown[0] = 'X' // shares fixed's array
	fmt.Println(fixed, grown, cap(grown))
	tight := make([]byte, 3, 4)
	g2 := utf8.AppendRune(tight, '世')
	g2[0] = 'Y' // a new array
	fmt.Println(tight, g2, cap(g2))

	big := make([]byte, 0)
	for i := 0; i < 5000; i++ {
		big = utf8.AppendRune(big, rune(0x4e00+i))
	}
	fmt.Println(len(big), cap(big), utf8.RuneCount(big), utf8.Valid(big))
	big = append(big, 0xff)
	fmt.Println(utf8.Valid(big), utf8.RuneCount(big))
	lr, ln := utf8.DecodeLastRune(big[:len(big)-1])
	fmt.Printf("%U %d\n", lr, ln)

	short := make([]byte, 2)
	fmt.Println(utf8.EncodeRune(short, 'é'))
	fmt.Println(utf8.EncodeRune(short, '日'))
}

// Output:
// "" valid=true count=0 full=false first='�'/0 last='�'/0
// "a" valid=true count=1 full=true first='a'/1 last='a'/1
// "héllo" valid=true count=5 full=true first='h'/1 last='o'/1
// "日本語" valid=true count=3 full=true first='日'/3 last='語'/3
// "\xff" valid=false count=1 full=true first='�'/1 last='�'/1
// "a\xffb" valid=false count=3 full=true first='a'/1 last='b'/1
// "\xe6\x97" valid=false count=2 full=false first='�'/1 last='�'/1
// "\xed\xa0\x80" valid=false count=3 full=true first='�'/1 last='�'/1
// "😀!" valid=true count=2 full=true first='😀'/4 last='!'/1
// "\xc0\xaf" valid=false count=2 full=true first='�'/1 last='�'/1
// "\xf4\x90\x80\x80" valid=false count=4 full=true first='�'/1 last='�'/1
// "€" valid=true count=1 full=true first='€'/3 last='€'/3
// true 0 false
// 65533 0
// 65533 0
// [230] false
// [230 151] false
// [230 151 165] true
// [240 159] false
// [240 32] true
// [194] false
// [128] true
// 97 1 [97]
// 127 1 [127]
// 128 2 [194 128]
// 233 2 [195 169]
// 2047 2 [223 191]
// 2048 3 [224 160 128]
// 26085 3 [230 151 165]
// 65535 3 [239 191 191]
// 65536 4 [240 144 128 128]
// 128512 4 [240 159 152 128]
// 1114111 4 [244 143 191 191]
// 1114112 3 [239 191 189]
// -1 3 [239 191 189]
// 55296 3 [239 191 189]
// 57343 3 [239 191 189]
// [97] 1 8
// [97 195 169] 3 8
// [97 195 169 230 151 165] 6 8
// [97 195 169 230 151 165 240 159 152 128] 10 16
// aé日😀� 13 16
// [88 0] [88 0 228 184 150] 10
// [0 0 0] [89 0 0 228 184 150] 8
// 15000 16384 5000 true
// false 5001
// U+6187 3
// 2
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [2] with length 2
//
// goroutine 1 [running]:
// main.main()
