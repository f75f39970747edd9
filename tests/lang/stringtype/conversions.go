// Conversions between string, []byte, []rune, rune and integers.
package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, len(b))
	fmt.Println(r, len(r))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Println([]byte("€"), []rune("a\xffb"))
	fmt.Println(string([]byte{0xe2, 0x82, 0xac}), string([]rune{0x48, 0x49}))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	x := 'x'
	fmt.Printf("%T %v %c\n", x, x, x)
	fmt.Printf("%q\n", string([]byte{'a', 0xff}))
}
// Output:
// [104 195 169 108 108 111] 6
// [104 233 108 108 111] 5
// Héllo héllo
// hello
// A 世 � �
// [226 130 172] [97 65533 98]
// € HI
// true 0
// int32 120 x
// "a\xff"
