// The atomic types: Int32, Int64, Uint32, Uint64, Uintptr and Bool, their
// methods, their zero values, as struct fields, and how fmt prints them
// (Go's fields, blank markers included).
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	open   atomic.Bool
}

func main() {
	var i atomic.Int32
	fmt.Println(i.Load(), i.Add(5), i.Add(-7), i.Swap(100), i.CompareAndSwap(100, 2147483647), i.Add(1))
	fmt.Println(i)

	var j atomic.Int64
	j.Store(-1 << 62)
	fmt.Println(j.Load(), j.Add(-1<<62), j.Add(-1), j.CompareAndSwap(0, 1))
	fmt.Println(j)

	var u atomic.Uint32
	fmt.Println(u.Add(^uint32(0)), u.Swap(3), u.CompareAndSwap(3, 4), u.Load())

	var w atomic.Uint64
	w.Store(1 << 63)
	fmt.Println(w.Add(1<<63), w.Add(1), w.Swap(9), w.Load())

	var p atomic.Uintptr
	fmt.Println(p.Add(3), p.CompareAndSwap(3, 4), p.Swap(5), p.Load())

	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(true, false), b.CompareAndSwap(false, true), b.Load())
	fmt.Println(b.Swap(false), b.Load())
	b.Store(true)
	fmt.Println(b.Load(), b)

	s := &stats{}
	s.hits.Add(3)
	s.misses.Add(2)
	s.open.Store(true)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.open.Load())
	fmt.Printf("%v\n%+v\n", *s, *s)
}
// Output:
// 0 5 -2 -2 true -2147483648
// {{} -2147483648}
// -4611686018427387904 -9223372036854775808 9223372036854775807 false
// {{} {} 9223372036854775807}
// 4294967295 4294967295 true 4
// 0 1 1 9
// 3 true 4 5
// false false true true
// true false
// true {{} 1}
// 3 2 true
// {{{} {} 3} {{} 2} {{} 1}}
// {hits:{_:{} _:{} v:3} misses:{_:{} v:2} open:{_:{} v:1}}
