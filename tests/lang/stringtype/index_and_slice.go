// Strings are immutable byte sequences: indexing gives bytes, slicing gives substrings,
// len counts bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Println(s[:1], s[1:3], s[7:], s[len(s):] == "")
	fmt.Printf("%T %T\n", s[0], s[1:2])
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Println("a" < "b", "ab" < "a", "Z" < "a", "" < "a", "abc" == "ab"+"c")
	b := "x"
	for i := 0; i < 3; i++ {
		b += b
	}
	fmt.Println(b, len(b))
	raw := `raw\n "string"`
	fmt.Println(raw, len(raw))
}
// Output:
// 14 104 195 169 140
// h é  世界 true
// uint8 string
// héllo, 世界 héllo, 世界!
// true false true true true
// xxxxxxxx 8
// raw\n "string" 14
