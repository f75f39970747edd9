// Pointers: to locals that outlive their function, to struct fields, array and slice
// elements (surviving an append that reallocates), to pointers; new for every kind of
// type; &T{} and &[]T{} composite literals, each evaluation distinct; pointer equality;
// auto-dereference for fields, methods and array indexing; swapping through pointers.
package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func newCounter() *int {
	c := 0
	return &c
}

func swap(a, b *string) { *a, *b = *b, *a }

func setViaPP(pp **int, v int) {
	if *pp == nil {
		*pp = new(int)
	}
	**pp = v
}

func main() {
	c1, c2 := newCounter(), newCounter()
	*c1 += 5
	*c2++
	fmt.Println(*c1, *c2, c1 == c2)

	type P struct{ X, Y int }
	p := P{1, 2}
	px := &p.X
	*px = 10
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	pa := &arr[1]
	*pa *= 10
	parr := &arr
	parr[2] = 30 // auto-deref
	fmt.Println(arr, len(parr), (*parr)[0])

	s := make([]int, 1, 1)
	ps := &s[0]
	s = append(s, 2) // reallocates: ps still points to the old element
	*ps = 99
	fmt.Println(s, *ps)

	var ip *int
	setViaPP(&ip, 7)
	setViaPP(&ip, 8)
	fmt.Println(*ip)
	ppp := &ip
	**ppp = 9
	fmt.Println(*ip, ip == *ppp)

	// new for every kind of type.
	ni := new(int)
	ns := new(string)
	nsl := new([]int)
	nm := new(map[string]int)
	na := new([2]bool)
	nst := new(P)
	nf := new(func() int)
	nif := new(interface{})
	np := new(*int)
	fmt.Println(*ni, *ns == "", *nsl == nil, *nm == nil, *na, *nst, *nf == nil, *nif == nil, *np == nil)
	*nsl = append(*nsl, 1, 2)
	*nm = map[string]int{"k": 1}
	fmt.Println(*nsl, *nm, len(*nsl))

	// Each &T{} is a new object; pointers compare by identity.
	a1, a2 := &P{1, 1}, &P{1, 1}
	fmt.Println(a1 == a2, *a1 == *a2)
	ptrs := []*P{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &P{i, i})
	}
	ptrs[0].X = 50
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	sp := &[]string{"a", "b"}
	(*sp)[0] = "A"
	*sp = append(*sp, "c")
	fmt.Println(*sp, len(*sp))
	mp := &map[string]int{}
	(*mp)["x"] = 1
	fmt.Println(*mp)

	x, y := "left", "right"
	swap(&x, &y)
	fmt.Println(x, y)

	// A binary tree through pointer methods on nil receivers.
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	var out []int
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Left.Right.Val)

	// Pointer to a struct in a map value via a pointer-valued map.
	reg := map[string]*P{"a": {1, 2}}
	reg["a"].Y = 20
	pcopy := reg["a"]
	pcopy.X = 10
	fmt.Println(*reg["a"])
	fmt.Printf("%v %+v\n", reg["a"], &P{3, 4})
	var nilp *P
	fmt.Println(nilp == nil, nilp)
}
// Output:
// 5 1 false
// {10 2}
// [1 20 30] 3 1
// [0 2] 99
// 8
// 9 true
// 0 true true true [false false] {0 0} true true true
// [1 2] map[k:1] 2
// false true
// {50 0} {1 1} {2 2}
// [A b c] 3
// map[x:1]
// right left
// [1 3 4 5 7 8 9] 4
// {10 20}
// &{10 20} &{X:3 Y:4}
// true <nil>
