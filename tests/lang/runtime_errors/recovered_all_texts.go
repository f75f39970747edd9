// Every run-time error is a recoverable panic carrying Go's exact text; after recovering,
// the program goes on. Covers indexing, slicing (2- and 3-index, strings, arrays, array
// pointers), nil maps, pointers and funcs, division at every width, failed assertions,
// make, unhashable keys, uncomparable comparisons, nil-pointer value methods and channels.
package main

import "fmt"

type T struct{ A int }

func (t T) Get() int { return t.A }

type I interface{ Get() int }
type J interface{ Put(int) }

type Pair struct {
	K interface{}
	V int
}

// A dynamic call (Go's compiler would devirtualize i.Get() on a known *T and report a
// plain nil dereference instead of its wrapper's text).
//
//go:noinline
func callGet(i I) int { return i.Get() }

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-16s %v\n", name, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	var arr [3]int
	n, m, neg := 5, 1, -2
	try("index", func() { _ = s[n] })
	try("index-len", func() { _ = s[len(s)] })
	try("index-neg", func() { _ = s[neg] })
	try("index-neg64", func() { k := int64(-9); _ = s[k] })
	try("index-u8", func() { k := uint8(200); _ = s[k] })
	try("index-nil", func() { var ns []int; _ = ns[0] })
	try("index-arr", func() { _ = arr[n] })
	try("index-str", func() { _ = str[n] })
	try("index-empty-str", func() { e := ""; _ = e[0] })
	try("index-store", func() { s[n] = 1 })
	try("index-2d", func() { g := [][]int{{1}, {2, 3}}; _ = g[1][m+1] })
	try("slice-hi", func() { _ = s[:n] })
	try("slice-lo-hi", func() { _ = s[2:m] })
	try("slice-lo", func() { _ = s[n:] })
	try("slice-neg", func() { _ = s[neg:] })
	try("slice-neg-hi", func() { _ = s[:neg] })
	try("slice-len-cap", func() { t := make([]int, 2, 5); _ = t[3:]; fmt.Println("t[3:] of len 2 cap 5 is fine?") })
	try("slice-past-cap", func() { t := make([]int, 2, 5); _ = t[:6] })
	try("slice-str", func() { _ = str[:n+1] })
	try("slice-str-lo", func() { _ = str[n+2:] })
	try("slice-str-lohi", func() { _ = str[3:m] })
	try("slice3-max", func() { _ = s[0:1:n] })
	try("slice3-hi", func() { _ = s[0:n:3] })
	try("slice3-lo", func() { _ = s[2:m:3] })
	try("slice3-neg", func() { _ = s[0:1:neg] })
	try("slice-arr", func() { _ = arr[1:n] })
	try("slice-arr3", func() { _ = arr[0:1:n] })
	try("slice-arrptr", func() { p := &arr; _ = p[n:] })
	try("slice-nilarrptr", func() { var p *[3]int; _ = p[1:] })
	try("index-nilarrptr", func() { var p *[3]int; _ = p[1] })
	try("len-nilarrptr", func() { var p *[3]int; fmt.Println("len", len(p)) })
	try("nil-map", func() {
		var mp map[string]int
		fmt.Println("read ok:", mp["x"], len(mp))
		delete(mp, "x")
		mp["x"]++
	})
	try("nil-map-nested", func() {
		mm := map[string]map[string]int{}
		mm["a"]["b"] = 1
	})
	try("nil-ptr", func() { var p *T; p.A = 1 })
	try("nil-ptr-read", func() { var p *T; fmt.Println(p.A) })
	try("nil-ptr-deref", func() { var p *int; *p = 1 })
	try("nil-ptr-method", func() { var p *T; p.Get() })
	try("nil-ptr-iface", func() { var p *T; callGet(p) })
	try("nil-func", func() { var f func(int) int; f(1) })
	try("nil-iface-call", func() { var i I; i.Get() })
	try("div-zero", func() { fmt.Println(n / (m - 1)) })
	try("mod-zero", func() { fmt.Println(n % (m - 1)) })
	try("div-zero-i8", func() { a, b := int8(1), int8(0); fmt.Println(a / b) })
	try("div-zero-u8", func() { a, b := uint8(1), uint8(0); fmt.Println(a % b) })
	try("div-zero-u64", func() { a, b := uint64(1), uint64(0); fmt.Println(a / b) })
	try("div-assign", func() { a, b := int32(1), int32(0); a /= b })
	try("float-div", func() { a, b := 1.0, 0.0; fmt.Println(a/b, -a/b) })
	try("assert", func() { var x interface{} = "s"; _ = x.(int) })
	try("assert-nil", func() { var x interface{}; _ = x.(int) })
	try("assert-iface", func() { var x interface{} = T{}; _ = x.(J) })
	try("assert-nil-if", func() { var x interface{}; _ = x.(I) })
	try("assert-ptr", func() { var x interface{} = T{}; _ = x.(*T) })
	try("assert-from-I", func() { var x I = T{}; _ = x.(*T) })
	try("assert-error", func() { var e error; _ = e.(interface{ Temporary() bool }) })
	try("assert-slice", func() { var x interface{} = []int{}; _ = x.([]string) })
	try("assert-map", func() { var x interface{} = map[string]int{}; _ = x.(map[string]bool) })
	try("assert-func", func() { var x interface{} = func() {}; _ = x.(func(int)) })
	try("assert-named", func() { type Celsius float64; var x interface{} = Celsius(1); _ = x.(float64) })
	try("make-neg", func() { _ = make([]int, neg) })
	try("make-cap", func() { _ = make([]int, n, m) })
	try("make-neg-cap", func() { _ = make([]int, 0, neg) })
	try("make-huge", func() { h := 1 << 62; _ = make([]int64, h) })
	try("make-chan", func() { _ = make(chan int, neg) })
	try("unhashable", func() { mp := map[interface{}]bool{}; mp[[]int{}] = true })
	try("unhashable-rd", func() { mp := map[interface{}]bool{}; _ = mp[map[int]int{}] })
	try("unhashable-fn", func() { mp := map[interface{}]bool{}; delete(mp, func() {}) })
	try("unhashable-lit", func() { _ = map[interface{}]int{1: 1, []byte{}: 2} })
	try("unhashable-st", func() { mp := map[Pair]int{}; mp[Pair{[]int{}, 1}] = 1 })
	try("unhashable-arr", func() { mp := map[[2]interface{}]int{}; mp[[2]interface{}{1, []int{}}] = 1 })
	try("compare", func() { var a, b interface{} = map[int]int{}, map[int]int{}; fmt.Println(a == b) })
	try("compare-mixed", func() { var a, b interface{} = []int{}, 1; fmt.Println("different types:", a == b) })
	try("compare-struct", func() { a, b := Pair{[]int{}, 1}, Pair{[]int{}, 1}; fmt.Println(a == b) })
	try("compare-arr", func() { a, b := [1]interface{}{func() {}}, [1]interface{}{func() {}}; fmt.Println(a == b) })
	try("compare-ne", func() { var a, b interface{} = []string{}, []string{}; fmt.Println(a != b) })
	try("close-nil", func() { var c chan int; close(c) })
	try("close-twice", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("shift-neg", func() { k := -1; fmt.Println(1 << k) })
	try("shift-neg-i8", func() { k := int8(-128); fmt.Println(uint(1) >> k) })
	try("shift-assign", func() { k, v := int64(-3), 4; v <<= k })
	try("no panic", func() {})
}
// Output:
// index            runtime error: index out of range [5] with length 3
// index-len        runtime error: index out of range [3] with length 3
// index-neg        runtime error: index out of range [-2]
// index-neg64      runtime error: index out of range [-9]
// index-u8         runtime error: index out of range [200] with length 3
// index-nil        runtime error: index out of range [0] with length 0
// index-arr        runtime error: index out of range [5] with length 3
// index-str        runtime error: index out of range [5] with length 5
// index-empty-str  runtime error: index out of range [0] with length 0
// index-store      runtime error: index out of range [5] with length 3
// index-2d         runtime error: index out of range [2] with length 2
// slice-hi         runtime error: slice bounds out of range [:5] with capacity 3
// slice-lo-hi      runtime error: slice bounds out of range [2:1]
// slice-lo         runtime error: slice bounds out of range [5:3]
// slice-neg        runtime error: slice bounds out of range [-2:]
// slice-neg-hi     runtime error: slice bounds out of range [:-2]
// slice-len-cap    runtime error: slice bounds out of range [3:2]
// slice-past-cap   runtime error: slice bounds out of range [:6] with capacity 5
// slice-str        runtime error: slice bounds out of range [:6] with length 5
// slice-str-lo     runtime error: slice bounds out of range [7:5]
// slice-str-lohi   runtime error: slice bounds out of range [3:1]
// slice3-max       runtime error: slice bounds out of range [::5] with capacity 3
// slice3-hi        runtime error: slice bounds out of range [:5:3]
// slice3-lo        runtime error: slice bounds out of range [2:1:]
// slice3-neg       runtime error: slice bounds out of range [::-2]
// slice-arr        runtime error: slice bounds out of range [:5] with length 3
// slice-arr3       runtime error: slice bounds out of range [::5] with length 3
// slice-arrptr     runtime error: slice bounds out of range [5:3]
// slice-nilarrptr  runtime error: invalid memory address or nil pointer dereference
// index-nilarrptr  runtime error: invalid memory address or nil pointer dereference
// len 3
// len-nilarrptr    <nil>
// read ok: 0 0
// nil-map          assignment to entry in nil map
// nil-map-nested   assignment to entry in nil map
// nil-ptr          runtime error: invalid memory address or nil pointer dereference
// nil-ptr-read     runtime error: invalid memory address or nil pointer dereference
// nil-ptr-deref    runtime error: invalid memory address or nil pointer dereference
// nil-ptr-method   runtime error: invalid memory address or nil pointer dereference
// nil-ptr-iface    value method main.T.Get called using nil *T pointer
// nil-func         runtime error: invalid memory address or nil pointer dereference
// nil-iface-call   runtime error: invalid memory address or nil pointer dereference
// div-zero         runtime error: integer divide by zero
// mod-zero         runtime error: integer divide by zero
// div-zero-i8      runtime error: integer divide by zero
// div-zero-u8      runtime error: integer divide by zero
// div-zero-u64     runtime error: integer divide by zero
// div-assign       runtime error: integer divide by zero
// +Inf -Inf
// float-div        <nil>
// assert           interface conversion: interface {} is string, not int
// assert-nil       interface conversion: interface {} is nil, not int
// assert-iface     interface conversion: main.T is not main.J: missing method Put
// assert-nil-if    interface conversion: interface is nil, not main.I
// assert-ptr       interface conversion: interface {} is main.T, not *main.T
// assert-from-I    interface conversion: main.I is main.T, not *main.T
// assert-error     interface conversion: interface is nil, not interface { Temporary() bool }
// assert-slice     interface conversion: interface {} is []int, not []string
// assert-map       interface conversion: interface {} is map[string]int, not map[string]bool
// assert-func      interface conversion: interface {} is func(), not func(int)
// assert-named     interface conversion: interface {} is main.Celsius, not float64
// make-neg         runtime error: makeslice: len out of range
// make-cap         runtime error: makeslice: cap out of range
// make-neg-cap     runtime error: makeslice: cap out of range
// make-huge        runtime error: makeslice: len out of range
// make-chan        makechan: size out of range
// unhashable       runtime error: hash of unhashable type []int
// unhashable-rd    runtime error: hash of unhashable type map[int]int
// unhashable-fn    runtime error: hash of unhashable type func()
// unhashable-lit   runtime error: hash of unhashable type []uint8
// unhashable-st    runtime error: hash of unhashable type []int
// unhashable-arr   runtime error: hash of unhashable type []int
// compare          runtime error: comparing uncomparable type map[int]int
// different types: false
// compare-mixed    <nil>
// compare-struct   runtime error: comparing uncomparable type []int
// compare-arr      runtime error: comparing uncomparable type func()
// compare-ne       runtime error: comparing uncomparable type []string
// close-nil        close of nil channel
// close-twice      close of closed channel
// send-closed      send on closed channel
// shift-neg        runtime error: negative shift amount
// shift-neg-i8     runtime error: negative shift amount
// shift-assign     runtime error: negative shift amount
// no panic         <nil>
