// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset, Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
	}
	b.WriteRune('世')
	fmt.Fprintf(&b, "[%d]", 42)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	n, err := b.WriteString("xyz")
	fmt.Println(n, err, b.String())
	var lines strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintln(&lines, "line", i)
	}
	fmt.Print(lines.String())
}
// Output:
// ab-ab-ab-世[42] 16
// "" 0
// 3 <nil> xyz
// line 1
// line 2
// line 3
