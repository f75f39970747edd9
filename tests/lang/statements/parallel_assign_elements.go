package main

import "fmt"

var z int

type P struct{ x, y int }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover(), "z =", z) }()
	f()
}

func f() int { fmt.Println("f runs"); return 1 }

func main() {
	try(func() {
		s := []int{1}
		s[5] = f() // f runs first: the index is checked at the store
	})
	try(func() {
		var a [2]string
		i := 2
		a[i] = fmt.Sprint(f())
	})
	try(func() {
		e := []int{1}
		z, e[5] = 7, 1
	})
	try(func() {
		var a [3]int
		i := 4
		z, a[i] = 8, 1
	})
	a := []int{1, 2, 3}
	b := []int{9, 9, 9}
	a, a[0] = b, 5
	fmt.Println(a, b)
	var arr [3]int
	arr2 := [3]int{4, 5, 6}
	i := 0
	i, arr[i] = 2, 7
	fmt.Println(i, arr)
	arr, arr[1] = arr2, 100
	fmt.Println(arr, arr2)
	pa := &arr
	pa[2], z = 11, 12
	fmt.Println(arr, z)
	ps := []P{{1, 2}, {3, 4}}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(ps)
	bs := []byte("ab")
	bs[0], bs[1] = bs[1], bs[0]
	fmt.Println(string(bs))
	m := map[int][]int{1: {1, 2}}
	m[1][0], m[1][1] = m[1][1], m[1][0]
	fmt.Println(m)
}

// Output:
// f runs
// recovered: runtime error: index out of range [5] with length 1 z = 0
// f runs
// recovered: runtime error: index out of range [2] with length 2 z = 0
// recovered: runtime error: index out of range [5] with length 1 z = 7
// recovered: runtime error: index out of range [4] with length 3 z = 8
// [9 9 9] [9 9 9]
// 2 [7 0 0]
// [4 100 6] [4 5 6]
// [4 100 11] 12
// [{3 4} {1 2}]
// ba
// map[1:[2 1]]
