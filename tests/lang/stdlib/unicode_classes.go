package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func classes(r rune) {
	fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", r,
		unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
		unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r),
		unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsTitle(r), unicode.IsMark(r), unicode.IsSymbol(r))
}

func cases(r rune) {
	fmt.Printf("%U %q %q %q %q %q\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.To(unicode.LowerCase, r))
}

func main() {
	s := "aZ09 \t\n\u0085\u00a0\u1680\u2028\u3000!¡¿§©+$^`~_\u00ad\u200b\u0301ǅǄǆßẞİıΣσςµÅÅK\u212a٣Ⅻ½²\u0378\ue000\ufffd\U0001F600\U000E0001\U0010FFFF"
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		classes(r)
		i += n
	}
	classes(-1)
	classes(0x110000)
	classes(0x7f)
	classes(0x9f)
	t := "aAzZ@[ǅǄǆßẞİıΣσςµÅÅ\u212akΩ\u2126ωꙋᲀ\u0345ᾳᾼ"
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		cases(r)
		i += n
	}
	cases(-5)
	cases(0x110000)
	fmt.Println(unicode.To(3, 'a'), unicode.To(-1, 'a'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower, unicode.Version)
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r += 7 {
		if unicode.IsLetter(r) {
			n++
		}
		if unicode.IsPrint(r) {
			n += 2
		}
		if unicode.ToUpper(r) != r {
			n += 3
		}
		if unicode.SimpleFold(r) != r {
			n += 5
		}
	}
	fmt.Println("checksum", n)
}

// Output:
// U+0061 true false false false false true false true true false false false false
// U+005A true false false false true false false true true false false false false
// U+0030 false true true false false false false true true false false false false
// U+0039 false true true false false false false true true false false false false
// U+0020 false false false true false false false true true false false false false
// U+0009 false false false true false false false false false true false false false
// U+000A false false false true false false false false false true false false false
// U+0085 false false false true false false false false false true false false false
// U+00A0 false false false true false false false false true false false false false
// U+1680 false false false true false false false false true false false false false
// U+2028 false false false true false false false false false false false false false
// U+3000 false false false true false false false false true false false false false
// U+0021 false false false false false false true true true false false false false
// U+00A1 false false false false false false true true true false false false false
// U+00BF false false false false false false true true true false false false false
// U+00A7 false false false false false false true true true false false false false
// U+00A9 false false false false false false false true true false false false true
// U+002B false false false false false false false true true false false false true
// U+0024 false false false false false false false true true false false false true
// U+005E false false false false false false false true true false false false true
// U+0060 false false false false false false false true true false false false true
// U+007E false false false false false false false true true false false false true
// U+005F false false false false false false true true true false false false false
// U+00AD false false false false false false false false false false false false false
// U+200B false false false false false false false false false false false false false
// U+0301 false false false false false false false true true false false true false
// U+01C5 true false false false false false false true true false true false false
// U+01C4 true false false false true false false true true false false false false
// U+01C6 true false false false false true false true true false false false false
// U+00DF true false false false false true false true true false false false false
// U+1E9E true false false false true false false true true false false false false
// U+0130 true false false false true false false true true false false false false
// U+0131 true false false false false true false true true false false false false
// U+03A3 true false false false true false false true true false false false false
// U+03C3 true false false false false true false true true false false false false
// U+03C2 true false false false false true false true true false false false false
// U+00B5 true false false false false true false true true false false false false
// U+00C5 true false false false true false false true true false false false false
// U+00C5 true false false false true false false true true false false false false
// U+004B true false false false true false false true true false false false false
// U+212A true false false false true false false true true false false false false
// U+0663 false true true false false false false true true false false false false
// U+216B false false true false false false false true true false false false false
// U+00BD false false true false false false false true true false false false false
// U+00B2 false false true false false false false true true false false false false
// U+0378 false false false false false false false false false false false false false
// U+E000 false false false false false false false false false false false false false
// U+FFFD false false false false false false false true true false false false true
// U+1F600 false false false false false false false true true false false false true
// U+E0001 false false false false false false false false false false false false false
// U+10FFFF false false false false false false false false false false false false false
// U+FFFFFFFFFFFFFFFF false false false false false false false false false false false false false
// U+110000 false false false false false false false false false false false false false
// U+007F false false false false false false false false false true false false false
// U+009F false false false false false false false false false true false false false
// U+0061 'A' 'a' 'A' 'A' 'a'
// U+0041 'A' 'a' 'A' 'a' 'a'
// U+007A 'Z' 'z' 'Z' 'Z' 'z'
// U+005A 'Z' 'z' 'Z' 'z' 'z'
// U+0040 '@' '@' '@' '@' '@'
// U+005B '[' '[' '[' '[' '['
// U+01C5 'Ǆ' 'ǆ' 'ǅ' 'ǆ' 'ǆ'
// U+01C4 'Ǆ' 'ǆ' 'ǅ' 'ǅ' 'ǆ'
// U+01C6 'Ǆ' 'ǆ' 'ǅ' 'Ǆ' 'ǆ'
// U+00DF 'ß' 'ß' 'ß' 'ẞ' 'ß'
// U+1E9E 'ẞ' 'ß' 'ẞ' 'ß' 'ß'
// U+0130 'İ' 'i' 'İ' 'İ' 'i'
// U+0131 'I' 'ı' 'I' 'ı' 'ı'
// U+03A3 'Σ' 'σ' 'Σ' 'ς' 'σ'
// U+03C3 'Σ' 'σ' 'Σ' 'Σ' 'σ'
// U+03C2 'Σ' 'ς' 'Σ' 'σ' 'ς'
// U+00B5 'Μ' 'µ' 'Μ' 'Μ' 'µ'
// U+00C5 'Å' 'å' 'Å' 'å' 'å'
// U+00C5 'Å' 'å' 'Å' 'å' 'å'
// U+212A 'K' 'k' 'K' 'K' 'k'
// U+006B 'K' 'k' 'K' 'K' 'k'
// U+03A9 'Ω' 'ω' 'Ω' 'ω' 'ω'
// U+2126 'Ω' 'ω' 'Ω' 'Ω' 'ω'
// U+03C9 'Ω' 'ω' 'Ω' 'Ω' 'ω'
// U+A64B 'Ꙋ' 'ꙋ' 'Ꙋ' 'ᲈ' 'ꙋ'
// U+1C80 'В' 'ᲀ' 'В' 'В' 'ᲀ'
// U+0345 'Ι' 'ͅ' 'Ι' 'Ι' 'ͅ'
// U+1FB3 'ᾼ' 'ᾳ' 'ᾼ' 'ᾼ' 'ᾳ'
// U+1FBC 'ᾼ' 'ᾳ' 'ᾼ' 'ᾳ' 'ᾳ'
// U+FFFFFFFFFFFFFFFB '�' '�' '�' '�' '�'
// U+110000 '�' '�' '�' '�' '�'
// 65533 65533 1114111 65533 127 255
// 0 1 2 3 1114112 13.0.0
// checksum 62391
