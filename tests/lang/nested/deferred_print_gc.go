// A deferred fmt.Println whose operands have String methods: the methods'
// frames go above the deferred call's arguments, which sit just above the
// deferring function's registers, so they neither overwrite the operands
// not yet printed nor hide them from a collection the methods cause.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

type P struct{ a, b, c int }

var junk []*P

func (t T) String() string {
	a, b, c, d, e, f, g, h := 1, 2, 3, 4, 5, 6, 7, 8
	_ = a + b + c + d + e + f + g + h
	junk = nil
	runtime.GC()
	for i := 0; i < 20000; i++ {
		junk = append(junk, &P{99, 99, 99})
	}
	return fmt.Sprint("T", t.n)
}

func f() {
	defer fmt.Println(T{3}, &P{7, 8, 9}, "in f", []int{4, 5}, T{4})
	defer func() { fmt.Println("recovered:", recover()) }()
	defer fmt.Println(T{5}, &P{10, 11, 12}, "while panicking", T{6})
	fmt.Println(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
	panic("boom")
}

func main() {
	defer fmt.Println(T{1}, &P{1, 2, 3}, &P{4, 5, 6}, "main", []int{1, 2, 3}, T{2})
	// Reuses the registers that held the deferred call's operands.
	fmt.Println(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
	f()
}

// Output:
// 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
// 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16
// T5 &{10 11 12} while panicking T6
// recovered: boom
// T3 &{7 8 9} in f [4 5] T4
// T1 &{1 2 3} &{4 5 6} main [1 2 3] T2
