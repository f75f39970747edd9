// A binary search tree: insert, in-order traversal via a callback, height, min/max, and a
// sideways pretty printer.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Print(depth int) {
	if t == nil {
		return
	}
	t.Right.Print(depth + 1)
	fmt.Printf("%s%s(%d)\n", strings.Repeat("    ", depth), t.Key, t.Count)
	t.Left.Print(depth + 1)
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("m f t b h p x a c m t t") {
		root = root.Insert(w)
	}
	var keys []string
	root.Walk(func(n *Tree) { keys = append(keys, n.Key) })
	fmt.Println(keys, root.Height())
	root.Print(0)
}
// Output:
// [a b c f h m p t x] 4
//         x(1)
//     t(3)
//         p(1)
// m(2)
//         h(1)
//     f(1)
//             c(1)
//         b(1)
//             a(1)
