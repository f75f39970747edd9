// Building and mutating text through []byte; the original string never changes.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func main() {
	fmt.Println(reverse("hello, 世界"), upper("mixed Case 123"))
	buf := make([]byte, 0, 4)
	for i := 0; i < 10; i++ {
		buf = append(buf, byte('0'+i))
	}
	buf = append(buf, "abc"...)
	fmt.Println(string(buf), len(buf))
	s := "abc"
	c := s[1]
	c++
	fmt.Println(s, string(c))
}
// Output:
// 界世 ,olleh MIXED CASE 123
// 0123456789abc 13
// abc c
