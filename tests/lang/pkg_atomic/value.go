// atomic.Value: the first Store fixes the dynamic type; Load before any
// Store is nil; Swap and CompareAndSwap; every misuse panics with Go's text.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

type named string

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", what, recover())
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil, v.Load())
	v.Store(config{"a", 1})
	c := v.Load().(config)
	c.limit = 99 // a copy: the stored value does not change
	fmt.Println(c, v.Load())
	v.Store(config{"b", 2})
	fmt.Println(v.Load().(config).name)

	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("x") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(3) })
	try("cas nil", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, config{}) })
	try("cas other type", func() { v.CompareAndSwap(nil, 1) })

	old := v.Swap(config{"c", 3})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"d", 4}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"c", 3}, config{"d", 4}), v.Load())

	// A named type is not its underlying type.
	var n atomic.Value
	n.Store(named("a"))
	try("named vs string", func() { n.Store("b") })
	fmt.Println(n.Load())

	// Empty Values: Swap returns nil, CompareAndSwap from nil stores.
	var e atomic.Value
	fmt.Println(e.Swap(1), e.Load())
	var f atomic.Value
	fmt.Println(f.CompareAndSwap(1, 2), f.Load())
	fmt.Println(f.CompareAndSwap(nil, 2), f.Load())
	fmt.Println(f.CompareAndSwap(2, 3), f.Load())

	// Uncomparable values can be stored, but not compared.
	var s atomic.Value
	s.Store([]int{1})
	fmt.Println(s.Load())
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })

	// Pointers and interfaces holding them.
	var pv atomic.Value
	p := &config{"p", 7}
	pv.Store(p)
	pv.Load().(*config).limit++
	fmt.Println(p.limit, pv.CompareAndSwap(p, &config{}), pv.Load().(*config).name)
}
// Output:
// true <nil>
// {a 99} {a 1}
// b
// store nil: sync/atomic: store of nil value into Value
// store other type: sync/atomic: store of inconsistently typed value into Value
// swap nil: sync/atomic: swap of nil value into Value
// swap other type: sync/atomic: swap of inconsistently typed value into Value
// cas nil: sync/atomic: compare and swap of nil value into Value
// cas mixed: sync/atomic: compare and swap of inconsistently typed values
// cas other type: sync/atomic: compare and swap of inconsistently typed value into Value
// {b 2} {c 3}
// false {c 3}
// true {d 4}
// named vs string: sync/atomic: store of inconsistently typed value into Value
// a
// <nil> 1
// false <nil>
// true 2
// true 3
// [1]
// cas uncomparable: runtime error: comparing uncomparable type []int
// 8 true 
