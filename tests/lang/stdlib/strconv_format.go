package main

import (
	"fmt"
	"math"
	"strconv"
)

func ff(f float64, fmtc byte, prec, bits int) {
	fmt.Printf("%q\n", strconv.FormatFloat(f, fmtc, prec, bits))
}

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-1), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(math.MinInt64, 36), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint64, 16), strconv.FormatUint(7, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.IntSize)

	ff(3.14159, 'f', 2, 64)
	ff(3.14159, 'e', -1, 64)
	ff(3.14159, 'g', -1, 32)
	ff(0.1, 'f', -1, 32)
	ff(0.1, 'f', 20, 64)
	ff(1e21, 'f', -1, 64)
	ff(1e21, 'g', -1, 64)
	ff(123456789, 'G', 4, 64)
	ff(1.0, 'E', 3, 64)
	ff(-0.0, 'f', -1, 64)
	ff(math.Copysign(0, -1), 'g', -1, 64)
	ff(math.Inf(1), 'f', 3, 64)
	ff(math.Inf(-1), 'g', -1, 32)
	ff(math.NaN(), 'e', 2, 64)
	ff(5e-324, 'g', -1, 64)
	ff(5e-324, 'e', 30, 64)
	ff(math.MaxFloat64, 'f', -1, 64)
	ff(math.MaxFloat32, 'g', -1, 32)
	ff(16777217, 'f', -1, 32)
	ff(1.5, 'b', -1, 64)
	ff(1.5, 'b', -1, 32)
	ff(1.5, 'x', -1, 64)
	ff(1.5, 'X', 3, 32)
	ff(-0.1, 'x', 0, 64)
	ff(2.5, 'f', 0, 64)
	ff(3.5, 'f', 0, 64)
	ff(0.000001234, 'g', 2, 64)
	ff(100, 'g', 0, 64)
	ff(1.5, 'z', 3, 64)
	ff(1.5, 'v', -1, 64)
	ff(123.456, 'g', -5, 64)

	fmt.Println(strconv.Quote("Hello, 世界\n\t\"\\\x00\x7f\xff\u2028"))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界 ☺ \U0001F600 \xff"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRune('\n'), strconv.QuoteRune(0xD800), strconv.QuoteRune(-1), strconv.QuoteRune(0x10FFFF))
	fmt.Println(strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToASCII('\U0001F600'), strconv.QuoteRuneToASCII('a'))
	fmt.Println(strconv.CanBackquote("`"), strconv.CanBackquote("abc"), strconv.CanBackquote("a\nb"), strconv.CanBackquote("\ufeff"), strconv.CanBackquote("a\tb"), strconv.CanBackquote("\xff"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\u2028'), strconv.IsPrint(-1), strconv.IsPrint(0x10FFFF), strconv.IsPrint('\U0001F600'))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsGraphic('\u3000'), strconv.IsGraphic('\t'), strconv.IsGraphic('x'))
}

// Output:
// 0 -1 9223372036854775807 -9223372036854775808
// -ff 11111111 -1y2p0ij32e8e8 z
// 18446744073709551615 ffffffffffffffff 7
// true false 64
// "3.14"
// "3.14159e+00"
// "3.14159"
// "0.1"
// "0.10000000000000000555"
// "1000000000000000000000"
// "1e+21"
// "1.235E+08"
// "1.000E+00"
// "0"
// "-0"
// "+Inf"
// "-Inf"
// "NaN"
// "5e-324"
// "4.940656458412465441765687928682e-324"
// "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
// "3.4028235e+38"
// "16777216"
// "6755399441055744p-52"
// "12582912p-23"
// "0x1.8p+00"
// "0X1.800P+00"
// "-0x1p-03"
// "2"
// "4"
// "1.2e-06"
// "1e+02"
// "%z"
// "%v"
// "123.456"
// "Hello, 世界\n\t\"\\\x00\x7f\xff\u2028"
// "Hello, \u4e16\u754c \u263a \U0001f600 \xff"
// '☺' '\'' '\n' '�' '�' '\U0010ffff'
// '\u263a' '\U0001f600' 'a'
// false true false false true false
// true false false false false true
// true true false true
