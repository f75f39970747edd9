// Within one statement gc evaluates calls, receives, slicing, type
// assertions, && and || (and len, cap, append, copy, make, new) first, left
// to right, and reads plain operands (variables, fields, elements, map
// entries) after them. Arguments it copies to convert them to an interface
// (bools, bytes, pointers, structs in locals) are read where they stand.
// csp prints what gc prints.
package main

import "fmt"

type P struct{ x int }

type Pair struct{ a, b int }

var global int
var gslice = []int{10, 20, 30}
var gflag bool

func bump() int { global++; return 100 }

func two() (int, int) { global = 2; return 5, 6 }

func show(a, b int) { fmt.Println("show", a, b) }

func lists() {
	global = 1
	fmt.Println(global, bump(), global)
	global = 1
	fmt.Println([]int{global, bump()}, P{global + bump()})
	global = 1
	a, b := global, bump()
	fmt.Println(a, b)
	global = 1
	show(global, bump())
	global = 1
	fmt.Println(global*2+bump()*3+global, -global)
	global = 1
	m := map[int]int{global: bump()}
	fmt.Println(m)
}

func captured() {
	x := 1
	inc := func() int { x++; return x }
	fmt.Println(x, inc(), x)
	s := "ab"
	fmt.Println(s, func() int { s = "zz"; return 0 }())
	fmt.Println(len(s), func() int { s = "zzzz"; return 0 }())
	var i interface{} = 1
	fmt.Println(i, func() int { i = 5; return 0 }())
}

func conversions() {
	// Copied at their place in the list: local bools, pointers, structs.
	flag := true
	fmt.Println(flag, func() int { flag = false; return 0 }())
	p := &P{1}
	fmt.Println(p, func() int { p = &P{2}; return 0 }())
	pair := Pair{1, 2}
	fmt.Println(pair, func() int { pair = Pair{3, 4}; return 0 }())
	n := 7
	fmt.Println(n == 7, func() int { n = 8; return 0 }())
	// A package variable is passed by address: read late.
	gflag = true
	fmt.Println(gflag, func() int { gflag = false; return 0 }())
}

func assignments() {
	arr := []int{1, 2, 3}
	idx := 2
	arr[idx] = func() int { idx = 0; return 99 }()
	fmt.Println(arr)

	m := map[string]int{}
	k := "a"
	m[k] = func() int { k = "b"; return 3 }()
	fmt.Println(m)

	sum := 1
	add := func() int { sum += 10; return 1 }
	sum += add()
	fmt.Println(sum)

	global = 0
	gslice[global], global = two()
	fmt.Println(gslice, global)

	p, q := &P{}, &P{}
	var b int
	p.x, b = func() (int, int) { p = q; return 7, 8 }()
	fmt.Println(p.x, q.x, b)

	var v1, v2 = global, bump()
	fmt.Println(v1, v2)
}

func conditions() {
	global = 1
	if global == bump()-99 {
		fmt.Println("if: equal")
	} else {
		fmt.Println("if: not equal", global)
	}
	global = 0
	for i := 0; global < 3 && i < bump(); i++ {
		fmt.Println("loop", global)
	}
	global = 1
	switch global + bump() {
	case 102:
		fmt.Println("switch 102")
	default:
		fmt.Println("switch other")
	}
	global = 1
	ok := global == 1 && bump() == 100 && global == 2
	fmt.Println(ok)
}

func results() (int, int) {
	global = 1
	return global, bump()
}

func panics() (out string) {
	defer func() { out = fmt.Sprint(recover(), " after ", global) }()
	global = 0
	var s []int
	fmt.Println(s[5], bump())
	return "no panic"
}

func sends() {
	ch := make(chan int, 1)
	global = 1
	ch <- global + bump()
	fmt.Println(<-ch)
	global = 1
	defer fmt.Println("deferred", global, bump())
}

func others() {
	global = 1
	fmt.Println(global, global == 1 && bump() > 0)
	s := []int{1, 2, 3}
	fmt.Println(s[0], s[:2], func() int { s[0] = 9; return 0 }())
	var i interface{} = Pair{1, 2}
	fmt.Println(i.(Pair), func() int { i = Pair{5, 6}; return 0 }())
	ch := make(chan int, 2)
	ch <- 4
	global = 1
	fmt.Println(global, <-ch, func() int { global = 3; return 0 }())
	global = 1
	fmt.Println(global, len(gslice), append([]int{}, bump()))
	global = 1
	defer fmt.Println("deferred sum", global+bump())
}

func main() {
	others()
	lists()
	captured()
	conversions()
	assignments()
	conditions()
	fmt.Println(results())
	fmt.Println(panics())
	sends()
}
// Output:
// 2 true
// 9 [9 2] 0
// {1 2} 0
// 3 4 0
// 2 3 [100]
// deferred sum 102
// 2 100 2
// [3 100] {103}
// 2 100
// show 2 100
// 306 -2
// map[2:100]
// 2 2 2
// zz 0
// 2 0
// 5 0
// true 0
// &{1} 0
// {1 2} 0
// true 0
// false 0
// [99 2 3]
// map[b:3]
// 12
// [10 20 5] 6
// 7 7 8
// 6 100
// if: not equal 2
// loop 1
// loop 2
// loop 3
// switch 102
// true
// 2 100
// runtime error: index out of range [5] with length 0 after 1
// 102
// deferred 1 100
