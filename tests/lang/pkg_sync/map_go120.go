// sync.Map's Swap, CompareAndSwap and CompareAndDelete (Go 1.20).
// go1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	fmt.Println(m.Swap("k", 1))
	fmt.Println(m.Swap("k", 2))
	fmt.Println(m.CompareAndSwap("k", 1, 3), m.CompareAndSwap("k", 2, 3))
	fmt.Println(m.Load("k"))
	fmt.Println(m.CompareAndSwap("absent", nil, 1))
	fmt.Println(m.CompareAndDelete("k", 2), m.CompareAndDelete("k", 3))
	fmt.Println(m.Load("k"))
	fmt.Println(m.CompareAndDelete("k", 3))

	// Through the dirty map (a key added after the last promotion).
	m.Store("a", "x")
	fmt.Println(m.CompareAndSwap("a", "x", "y"), m.CompareAndDelete("a", "x"))
	fmt.Println(m.Load("a"))
	m.Range(func(k, v any) bool { return true })
	fmt.Println(m.Swap("a", "z"))
	fmt.Println(m.CompareAndDelete("a", "z"), m.CompareAndSwap("a", "z", "w"))
	fmt.Println(m.Swap("a", "again"))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store("s", []int{1})
		m.CompareAndSwap("s", []int{1}, 2)
	}()
}
// Output:
// <nil> false
// 1 true
// false true
// 3 true
// false
// false true
// <nil> false
// false
// true false
// y true
// y true
// true false
// <nil> false
// recovered: runtime error: comparing uncomparable type []int
