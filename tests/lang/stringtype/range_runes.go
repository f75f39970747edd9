// range over a string decodes UTF-8: the index is the byte offset of each rune, and
// invalid bytes decode as U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "ab" {
		fmt.Print(i)
	}
	fmt.Println()
}
// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 128512 😀
// 0 U+0061 'a'
// 1 U+FFFD '�'
// 2 U+0062 'b'
// 3 U+FFFD '�'
// 4 U+FFFD '�'
// 5 U+0063 'c'
// 3
// 01
