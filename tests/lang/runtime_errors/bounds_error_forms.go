// Every form of runtime.boundsError's text (negative first index, each slice check, the
// slice-to-array-pointer conversion, unsigned indexes past MaxInt64), with the value itself
// as %T and %#v show it (uint, uint64 and uintptr indexes are the unsigned ones); and a type
// assertion between two types that print alike.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%-10s %T %v %v\n", name, r, isRT, r)
		if name == "gov" || name == "u8" || name == "named" {
			fmt.Printf("%#v\n", r)
		}
	}()
	f()
}

type local struct{}

func scoped() interface{} {
	type local struct{}
	return local{}
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	neg, one, five := -4, 1, 5
	big := uint64(1<<63 + 5)
	try("gov", func() { _ = s[five] })
	try("3neg-a", func() { _ = s[:neg:3] })
	try("3neg-b", func() { _ = s[neg:1:3] })
	try("3-b", func() { _ = s[:2:one] })
	try("3-c", func() { _ = s[2:one:3] })
	try("3-acap", func() { _ = s[0:1:five] })
	try("neg-lo", func() { _ = str[neg:one] })
	try("u64", func() { _ = s[big] })
	try("u64-str", func() { _ = str[big] })
	try("u64-arr", func() { var a [4]byte; _ = a[big] })
	try("u64-slice", func() { _ = s[:big] })
	try("u64-lo", func() { _ = s[big:] })
	try("u-max", func() { u := ^uint(0); _ = s[u] })
	try("uintptr", func() { u := ^uintptr(0); _ = s[u] })
	try("u32", func() { k := ^uint32(0); _ = s[k] })
	try("u64-tuple", func() { z := 0; z, s[big] = 1, 2; _ = z })
	try("u8", func() { k := uint8(9); _ = s[k] })
	try("named", func() { type Idx uint64; k := Idx(big); _ = str[2:k] })
	try("mixed", func() { _ = s[big:neg] })
	try("convert", func() { _ = (*[5]int)(s) })
	try("scopes", func() { _ = scoped().(local) })
}
// Output:
// gov        runtime.boundsError true runtime error: index out of range [5] with length 3
// runtime.boundsError{x:5, y:3, signed:true, code:0x0}
// 3neg-a     runtime.boundsError true runtime error: slice bounds out of range [:-4:]
// 3neg-b     runtime.boundsError true runtime error: slice bounds out of range [-4::]
// 3-b        runtime.boundsError true runtime error: slice bounds out of range [:2:1]
// 3-c        runtime.boundsError true runtime error: slice bounds out of range [2:1:]
// 3-acap     runtime.boundsError true runtime error: slice bounds out of range [::5] with capacity 3
// neg-lo     runtime.boundsError true runtime error: slice bounds out of range [-4:]
// u64        runtime.boundsError true runtime error: index out of range [9223372036854775813] with length 3
// u64-str    runtime.boundsError true runtime error: index out of range [9223372036854775813] with length 3
// u64-arr    runtime.boundsError true runtime error: index out of range [9223372036854775813] with length 4
// u64-slice  runtime.boundsError true runtime error: slice bounds out of range [:9223372036854775813] with capacity 3
// u64-lo     runtime.boundsError true runtime error: slice bounds out of range [9223372036854775813:3]
// u-max      runtime.boundsError true runtime error: index out of range [18446744073709551615] with length 3
// uintptr    runtime.boundsError true runtime error: index out of range [18446744073709551615] with length 3
// u32        runtime.boundsError true runtime error: index out of range [4294967295] with length 3
// u64-tuple  runtime.boundsError true runtime error: index out of range [9223372036854775813] with length 3
// u8         runtime.boundsError true runtime error: index out of range [9] with length 3
// runtime.boundsError{x:9, y:3, signed:true, code:0x0}
// named      runtime.boundsError true runtime error: slice bounds out of range [:9223372036854775813] with length 3
// runtime.boundsError{x:-9223372036854775803, y:3, signed:false, code:0x1}
// mixed      runtime.boundsError true runtime error: slice bounds out of range [:-4]
// convert    runtime.boundsError true runtime error: cannot convert slice with length 3 to pointer to array with length 5
// scopes     *runtime.TypeAssertionError true interface conversion: interface {} is main.local, not main.local (types from different scopes)
