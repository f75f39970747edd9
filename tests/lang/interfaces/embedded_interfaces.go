// Interfaces embedding interfaces; a value satisfying the larger interface converts to the
// smaller one implicitly.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func fill(w Writer) {
	w.Write("one")
	w.Write("two")
}

func main() {
	var rw ReadWriter = &Buffer{}
	fill(rw)
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(r.Read())
}
// Output:
// one two <empty>
// true
// three
