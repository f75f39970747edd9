// The package functions on every integer type, on the places a pointer can
// refer to: a local, a struct field, an array and a slice element, a field
// of a global.
// 32-bit adds wrap around (and the slot stays a proper int32/uint32 for the
// code that reads it afterwards).
package main

import (
	"fmt"
	"sync/atomic"
)

type counters struct {
	a  int32
	b  uint32
	c  int64
	d  uint64
	e  uintptr
	xs [3]int32
}

var global struct{ v int64 }

func main() {
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1), i32, i32 < 0)
	fmt.Println(atomic.AddInt32(&i32, -1), i32)
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), u32, u32 > 0)
	fmt.Println(atomic.AddUint32(&u32, 2), u32)

	c := &counters{}
	fmt.Println(atomic.AddInt64(&c.c, -9223372036854775807), atomic.AddInt64(&c.c, -1), atomic.AddInt64(&c.c, -1))
	fmt.Println(atomic.AddUint64(&c.d, ^uint64(2)), atomic.AddUint64(&c.d, 3))
	fmt.Println(atomic.AddUintptr(&c.e, 5), atomic.SwapUintptr(&c.e, 1), atomic.LoadUintptr(&c.e))
	atomic.StoreUintptr(&c.e, 7)
	fmt.Println(atomic.CompareAndSwapUintptr(&c.e, 7, 8), c.e)

	// Load and Store.
	atomic.StoreInt32(&c.a, -3)
	atomic.StoreUint32(&c.b, 4000000000)
	atomic.StoreInt64(&global.v, 1<<40)
	atomic.StoreUint64(&c.d, 1<<63)
	fmt.Println(atomic.LoadInt32(&c.a), atomic.LoadUint32(&c.b), atomic.LoadInt64(&global.v), atomic.LoadUint64(&c.d))

	// Swap returns the old value.
	fmt.Println(atomic.SwapInt32(&c.a, 10), atomic.SwapUint32(&c.b, 11), atomic.SwapInt64(&global.v, 12), atomic.SwapUint64(&c.d, 13))
	fmt.Println(c.a, c.b, global.v, c.d)

	// CompareAndSwap succeeds only on the expected value.
	fmt.Println(atomic.CompareAndSwapInt32(&c.a, 9, 20), c.a)
	fmt.Println(atomic.CompareAndSwapInt32(&c.a, 10, -20), c.a)
	fmt.Println(atomic.CompareAndSwapUint32(&c.b, 11, 4294967295), c.b)
	fmt.Println(atomic.CompareAndSwapInt64(&global.v, 12, -1), global.v)
	fmt.Println(atomic.CompareAndSwapUint64(&c.d, 14, 0), c.d)

	// Array and slice elements.
	for i := range c.xs {
		atomic.AddInt32(&c.xs[i], int32(i*i))
	}
	s := []uint64{1, 2, 3}
	atomic.AddUint64(&s[2], 100)
	fmt.Println(c.xs, s, *c)

	// Negative values wrap into unsigned arithmetic as Go's do.
	var n int32 = -2147483648
	fmt.Println(atomic.AddInt32(&n, -1), atomic.CompareAndSwapInt32(&n, 2147483647, -2147483648), n)
	p := &n
	fmt.Println(atomic.LoadInt32(p) == n)
}
// Output:
// -2147483648 -2147483648 true
// 2147483647 2147483647
// 4294967295 4294967295 true
// 1 1
// -9223372036854775807 -9223372036854775808 9223372036854775807
// 18446744073709551613 0
// 5 5 1
// true 8
// -3 4000000000 1099511627776 9223372036854775808
// -3 4000000000 1099511627776 9223372036854775808
// 10 11 12 13
// false 10
// true -20
// true 4294967295
// true -1
// false 13
// [0 1 4] [1 2 103] {-20 4294967295 9223372036854775807 13 8 [0 1 4]}
// 2147483647 true -2147483648
// true
