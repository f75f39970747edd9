// Pointers: &, *, new, &T{}, auto-dereference for fields, pointer equality,
// pointers to slice elements and to local variables that escape.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func counter() *int {
	n := 0
	return &n
}

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q += 5
	fmt.Println(*q)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	(*n).Val = 10
	fmt.Println(n.Val)
	c1, c2 := counter(), counter()
	*c1 = 7
	fmt.Println(*c1, *c2, c1 == c2)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	arr := [3]int{}
	pa := &arr[2]
	*pa = 9
	fmt.Println(arr)
	pp := &p
	**pp = 3
	fmt.Println(x)
	var np *Node
	fmt.Println(np == nil, np)
}
// Output:
// 2 2 true
// 0
// 5
// 1 2 true
// 10
// 7 0 false
// [1 20 3]
// [0 0 9]
// 3
// true <nil>
