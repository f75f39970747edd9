// recover returns nil when not panicking and outside deferred calls; a recovered panic
// resumes after the deferring function returns; panic values of any type.
package main

import (
	"errors"
	"fmt"
)

func try(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func helper() interface{} { return recover() }

func notDirect() (r interface{}) {
	defer func() {
		r = helper()
	}()
	defer func() {
		recover()
	}()
	panic("caught by the direct recover")
}

func main() {
	fmt.Println(recover())
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("str") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	v := try(func() { panic(fmt.Sprintf("%d-%d", 1, 2)) })
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(notDirect())
	fmt.Println(try(func() {
		defer func() { fmt.Println("inner deferred runs first") }()
		panic("outer")
	}))
}
// Output:
// <nil>
// <nil>
// str
// 42
// an error
// string 1-2
// <nil>
// inner deferred runs first
// outer
