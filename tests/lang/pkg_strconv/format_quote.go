// FormatInt/FormatUint in several bases, FormatFloat in each mode and precision, FormatBool,
// Quote/QuoteRune/QuoteToASCII/Unquote, AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(255, b), strconv.FormatInt(-255, b))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 16))
	v := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Println(string(f), strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi \"there\"\n\t☺\x00\xff"))
	fmt.Println(strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	fmt.Println(string(buf))
}
// Output:
// 2 11111111 -11111111
// 8 377 -377
// 10 255 -255
// 16 ff -ff
// 36 73 -73
// ffffffffffffffff
// f 1234.5678 1234.57
// e 1.2345678e+03 1.23e+03
// E 1.2345678E+03 1.23E+03
// g 1234.5678 1.2e+03
// G 1234.5678 1.2E+03
// b 5429686605511341p-42 5429686605511341p-42
// x 0x1.34a456d5cfaadp+10 0x1.35p+10
// 0.1 0.10000000000000000555
// 1e+21 1.235e+08
// true false
// "hi \"there\"\n\t☺\x00\xff"
// "\u263a \u00e9" '☺' '\n'
// "a\tbé" <nil>
// invalid syntax
// n=-42
