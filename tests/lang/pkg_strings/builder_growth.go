package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	var sizes []string
	for i := 0; i < 40; i++ {
		b.WriteString("ab")
		b.WriteByte('c')
		b.WriteRune('é')
		b.WriteRune('x')
		b.Write([]byte{'d', 'e'})
		sizes = append(sizes, fmt.Sprint(b.Len(), "/", b.Cap()))
	}
	fmt.Println(sizes)
	fmt.Println(b.String()[:30])
	b.Reset()
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("hello")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.Grow(2)
	fmt.Println(b.Len(), b.Cap())
	var c strings.Builder
	c.WriteByte('z')
	fmt.Println(c.Len(), c.Cap(), c.String())
	var d strings.Builder
	d.WriteRune('世')
	fmt.Println(d.Len(), d.Cap(), d.String())
	defer func() { fmt.Println(recover()) }()
	d.Grow(-1)
}

// Output:
// 0 0 true
// [8/8 16/16 24/32 32/32 40/64 48/64 56/64 64/64 72/128 80/128 88/128 96/128 104/128 112/128 120/128 128/128 136/256 144/256 152/256 160/256 168/256 176/256 184/256 192/256 200/256 208/256 216/256 224/256 232/256 240/256 248/256 256/256 264/512 272/512 280/512 288/512 296/512 304/512 312/512 320/512]
// abcéxdeabcéxdeabcéxdeabcéx
// 0 10
// 5 30 hello
// 5 30
// 1 8 z
// 3 4 世
// strings.Builder.Grow: negative count
