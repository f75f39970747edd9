// Assignment order (Go spec): in a tuple assignment the index expressions and pointer
// indirections on the left and all expressions on the right are evaluated first, in the
// usual order (calls left to right), then the assignments happen left to right. Covers
// a[i], i = ..., i, a[i] = ..., swaps through pointers, maps and struct fields, rotations,
// op-assignment evaluating its operand once, and the blank identifier.
package main

import "fmt"

var trace []string

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

type Node struct {
	Val  int
	Next *Node
}

func pair() (int, int) { return 1, 2 }

func main() {
	a := []int{0, 0, 0}
	i := 0
	a[i], i = 1, 2 // a[0] = 1, then i = 2
	fmt.Println(a, i)
	i, a[i] = 0, 9 // index evaluated first (i == 2): a[2] = 9
	fmt.Println(a, i)

	// Calls happen left to right: left index expressions, then right-hand sides.
	b := make([]int, 4)
	b[idx("L1", 0)], b[idx("L2", 1)] = val("R1", 10), val("R2", 20)
	fmt.Println(b, trace)
	trace = nil

	// Swaps of all kinds.
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	b[0], b[3] = b[3], b[0]
	fmt.Println(b)
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	p, q := &x, &y
	*p, *q = *q, *p
	fmt.Println(x, y)
	s := struct{ A, B string }{"first", "second"}
	s.A, s.B = s.B, s.A
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)

	// Fibonacci step.
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0, f1)

	// Pointer indirections on the left are evaluated before any assignment.
	n1 := &Node{Val: 1}
	n2 := &Node{Val: 2}
	n1.Next = n2
	cur := n1
	cur, cur.Next = n2, nil // cur.Next refers to n1.Next (cur evaluated first)
	fmt.Println(cur.Val, n1.Next == nil, n2.Next == nil)

	// Reversing a linked list with tuple assignment.
	var head *Node
	for v := 5; v >= 1; v-- {
		head = &Node{v, head}
	}
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	// op= evaluates the index once.
	c := []int{10, 20, 30}
	c[idx("once", 1)] += 5
	fmt.Println(c, trace)
	trace = nil
	mm := map[string][]int{"k": {1, 2}}
	mm["k"][idx("mapidx", 0)] *= 7
	fmt.Println(mm, trace)
	trace = nil

	// Multi-value call results, with blanks.
	_, second := pair()
	first, _ := pair()
	var u, v = pair()
	u, v = v, u
	fmt.Println(first, second, u, v)

	// Assigning to the same element twice: the last one wins.
	d := []int{0}
	d[0], d[0] = 1, 2
	fmt.Println(d)
	k := 0
	k, k = 5, 6
	fmt.Println(k)
}
// Output:
// [1 0 0] 2
// [1 0 9] 0
// [10 20 0 0] [L1 L2 R1 R2]
// 2 1
// [0 20 0 10]
// map[a:2 b:1]
// 1 2
// {second first}
// [3 1 2]
// 55 89
// 2 true true
// 5 4 3 2 1 
// [10 25 30] [once]
// map[k:[7 2]] [mapidx]
// 1 2 2 1
// [2]
// 6
