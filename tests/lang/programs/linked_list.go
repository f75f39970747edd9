// A singly linked list with push, reverse, remove, and a String method.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.Head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Append(i * 10)
	}
	l.Push(0)
	fmt.Println(l, l.Len)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(0))
	fmt.Println(l, l.Len)
	var empty List
	empty.Reverse()
	fmt.Println(empty, &empty == nil)
}
// Output:
// [0 -> 10 -> 20 -> 30 -> 40 -> 50] 6
// [50 -> 40 -> 30 -> 20 -> 10 -> 0]
// true false true
// [50 -> 40 -> 20 -> 10] 4
// [] false
