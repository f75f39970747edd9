// Every run-time error is a recoverable panic whose value is a runtime.Error; its Error()
// text is Go's, printed here after recovering each one.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ A int }

type I interface{ M() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%-14s %v | runtime.Error=%v\n", name, r, isRT)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	var arr [3]int
	n, m, neg := 5, 1, -2
	try("index", func() { _ = s[n] })
	try("index-neg", func() { _ = s[neg] })
	try("index-arr", func() { _ = arr[n] })
	try("index-str", func() { _ = str[n] })
	try("slice-hi", func() { _ = s[:n] })
	try("slice-lo-hi", func() { _ = s[2:m] })
	try("slice-lo", func() { _ = s[n:] })
	try("slice-str", func() { _ = str[:n+1] })
	try("slice-str-lo", func() { _ = str[n+2:] })
	try("slice3-max", func() { _ = s[0:1:n] })
	try("slice3-hi", func() { _ = s[0:n:3] })
	try("slice3-lo", func() { _ = s[2:m:3] })
	try("slice-arr", func() { _ = arr[1:n] })
	try("nil-map", func() {
		var mp map[int]int
		mp[1] = 1
	})
	try("nil-ptr", func() {
		var p *T
		p.A = 1
	})
	try("div-zero", func() { fmt.Println(n / (m - 1)) })
	try("mod-zero", func() { fmt.Println(n % (m - 1)) })
	try("assert", func() {
		var x interface{} = "s"
		_ = x.(int)
	})
	try("assert-nil", func() {
		var x interface{}
		_ = x.(int)
	})
	try("assert-iface", func() {
		var x interface{} = T{}
		_ = x.(I)
	})
	try("assert-nil-if", func() {
		var x interface{}
		_ = x.(I)
	})
	try("assert-ptr", func() {
		var x interface{} = T{}
		_ = x.(*T)
	})
	try("make-neg", func() { _ = make([]int, neg) })
	try("make-cap", func() { _ = make([]int, n, m) })
	try("unhashable", func() {
		mp := map[interface{}]bool{}
		mp[[]int{}] = true
	})
	try("compare", func() {
		var a, b interface{} = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	})
	try("custom", func() { panic(fmt.Errorf("not a runtime error")) })
}
// Output:
// index          runtime error: index out of range [5] with length 3 | runtime.Error=true
// index-neg      runtime error: index out of range [-2] | runtime.Error=true
// index-arr      runtime error: index out of range [5] with length 3 | runtime.Error=true
// index-str      runtime error: index out of range [5] with length 5 | runtime.Error=true
// slice-hi       runtime error: slice bounds out of range [:5] with capacity 3 | runtime.Error=true
// slice-lo-hi    runtime error: slice bounds out of range [2:1] | runtime.Error=true
// slice-lo       runtime error: slice bounds out of range [5:3] | runtime.Error=true
// slice-str      runtime error: slice bounds out of range [:6] with length 5 | runtime.Error=true
// slice-str-lo   runtime error: slice bounds out of range [7:5] | runtime.Error=true
// slice3-max     runtime error: slice bounds out of range [::5] with capacity 3 | runtime.Error=true
// slice3-hi      runtime error: slice bounds out of range [:5:3] | runtime.Error=true
// slice3-lo      runtime error: slice bounds out of range [2:1:] | runtime.Error=true
// slice-arr      runtime error: slice bounds out of range [:5] with length 3 | runtime.Error=true
// nil-map        assignment to entry in nil map | runtime.Error=true
// nil-ptr        runtime error: invalid memory address or nil pointer dereference | runtime.Error=true
// div-zero       runtime error: integer divide by zero | runtime.Error=true
// mod-zero       runtime error: integer divide by zero | runtime.Error=true
// assert         interface conversion: interface {} is string, not int | runtime.Error=true
// assert-nil     interface conversion: interface {} is nil, not int | runtime.Error=true
// assert-iface   interface conversion: main.T is not main.I: missing method M | runtime.Error=true
// assert-nil-if  interface conversion: interface is nil, not main.I | runtime.Error=true
// assert-ptr     interface conversion: interface {} is main.T, not *main.T | runtime.Error=true
// make-neg       runtime error: makeslice: len out of range | runtime.Error=true
// make-cap       runtime error: makeslice: cap out of range | runtime.Error=true
// unhashable     runtime error: hash of unhashable type []int | runtime.Error=true
// compare        runtime error: comparing uncomparable type map[int]int | runtime.Error=true
// custom         not a runtime error | runtime.Error=false
