// A bounds check that fails inside a library function (utf8.EncodeRune into a short
// buffer) panics with the same runtime.boundsError value as one in the program's own code.
package main

import (
	"fmt"
	"runtime"
	"unicode/utf8"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%-8s %T %v %v\n", name, r, isRT, r)
		fmt.Printf("%#v\n", r)
	}()
	f()
}

func main() {
	try("empty", func() { utf8.EncodeRune(nil, 'x') })
	try("short2", func() { utf8.EncodeRune(make([]byte, 1), 'é') })
	try("short4", func() { utf8.EncodeRune(make([]byte, 3), '😀') })
	try("own", func() { b := make([]byte, 3); i := 3; b[i] = 1 })
}
// Output:
// empty    runtime.boundsError true runtime error: index out of range [0] with length 0
// runtime.boundsError{x:0, y:0, signed:true, code:0x0}
// short2   runtime.boundsError true runtime error: index out of range [1] with length 1
// runtime.boundsError{x:1, y:1, signed:true, code:0x0}
// short4   runtime.boundsError true runtime error: index out of range [3] with length 3
// runtime.boundsError{x:3, y:3, signed:true, code:0x0}
// own      runtime.boundsError true runtime error: index out of range [3] with length 3
// runtime.boundsError{x:3, y:3, signed:true, code:0x0}
