// Verbs on scalars: integers in every base with flags, %c %q %U on runes, %t, %s and %q
// on strings with width and precision, %p-free pointers, %v of named types.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|%x|%X|%#x|%o|%#o|%O|%b|%08b\n", n, n, n, n, n, n, n, n, n, n, n, n, 5)
	fmt.Printf("%d|%x|%+d|% d|% d\n", -42, -42, 0, 7, -7)
	fmt.Printf("%c|%q|%U|%#U|%d\n", 'é', 'é', 'é', '世', 'A')
	fmt.Printf("%q|%q|%+q|%#q|%q\n", "hi\n", "日本", "日本", "back`tick", '\'')
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|\n", "go", "go", "go", "golang", "golang")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%v|%d|%s\n", 'x', "not a number", 12)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%%|%c%c\n", 72, 105)
	fmt.Printf("%x|%X|%x\n", int64(-1), uint8(200), 3.5)
	fmt.Printf("%e|%.2e|%g|%G\n", 123456.789, 0.000123, 1e-7, 1e100)
	fmt.Printf("%v|%.3v|%10.4v|\n", 3.14159265, 3.14159265, 3.14159265)
	fmt.Printf("%q\n", 0x1F600)
	fmt.Printf("%08.3f|%+08d|%-08d|\n", -3.5, 42, 42)
	fmt.Printf("%6.2f%%|%3c|%-3c|\n", 12.345, 'x', 'y')
}
// Output:
// 255|+255|  255|255  |00255|ff|FF|0xff|377|0377|0o377|11111111|00000101
// -42|-2a|+0| 7|-7
// é|'é'|U+00E9|U+4E16 '世'|65
// "hi\n"|"日本"|"\u65e5\u672c"|"back`tick"|'\''
// go|        go|go        |go|    g|
// true|false| true
// 120|%!d(string=not a number)|%!s(int=12)
//     1|2   |3.14
// 20 10 20
// %|Hi
// -1|C8|0x1.cp+01
// 1.234568e+05|1.23e-04|1e-07|1E+100
// 3.14159265|3.14|     3.142|
// '😀'
// -003.500|+0000042|42      |
//  12.35%|  x|y  |
