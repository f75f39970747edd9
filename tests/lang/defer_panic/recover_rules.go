// recover's rules: it stops a panic only when called directly by a deferred function
// (not by a function that deferred function calls, not as `defer recover()`), returns nil
// when there is no panic or after the panic was recovered; a panic in a deferred call
// replaces the current one; re-panicking a recovered value; recovered functions return
// their named results; deferred calls run in LIFO order even while panicking, and the
// arguments of deferred calls are evaluated at the defer statement.
package main

import (
	"errors"
	"fmt"
)

func helperRecover() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		fmt.Println("helper got:", helperRecover()) // not called directly by the deferred func
	}()
	panic("p1")
}

func deferRecoverDirectly() (msg string) {
	defer func() {
		msg = fmt.Sprint("caught: ", recover())
	}()
	defer recover() // recover is the deferred function itself: does not stop the panic
	panic("p2")
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("p3")
}

func replaced() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { panic("replacement") }()
	panic("original")
}

func repanic() (r interface{}) {
	defer func() { r = fmt.Sprint("final: ", recover()) }()
	defer func() {
		v := recover()
		panic(fmt.Sprint("re-", v))
	}()
	panic("inner")
}

func namedResults(fail bool) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
			n = -1
		}
	}()
	n = 10
	if fail {
		var m map[string]int
		m["x"] = 1
	}
	return n * 2, nil
}

func unnamedAfterRecover() int {
	defer func() { recover() }()
	panic("lost")
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print("defer ", i, "; ")
	}
	defer func() {
		fmt.Print("recovering ", recover(), "; ")
	}()
	x := 1
	defer fmt.Print("x at defer time ", x, "; ")
	x = 2
	panic("in order")
}

type Resource struct{ name string }

func (r Resource) Close(reason string) { fmt.Println("close", r.name, reason) }

func receivers() {
	r := Resource{"a"}
	defer r.Close("value receiver evaluated at defer")
	r.name = "b"
	p := &r
	defer p.Close("pointer: *p evaluated at defer")
	r.name = "c"
	defer func() { r.Close("closure sees the latest") }()
	r.name = "d"
}

func nestedPanics() (out []string) {
	defer func() {
		out = append(out, fmt.Sprint("outer: ", recover()))
	}()
	func() {
		defer func() {
			out = append(out, fmt.Sprint("inner: ", recover()))
			panic("second")
		}()
		panic("first")
	}()
	out = append(out, "not reached")
	return
}

func main() {
	fmt.Println(recover())
	fmt.Println(indirect())
	fmt.Println(deferRecoverDirectly())
	twice()
	fmt.Println(replaced())
	fmt.Println(repanic())
	fmt.Println(namedResults(false))
	fmt.Println(namedResults(true))
	fmt.Println(unnamedAfterRecover())
	order()
	fmt.Println()
	receivers()
	fmt.Println(nestedPanics())
	err := errors.New("as value")
	v := func() (r interface{}) {
		defer func() { r = recover() }()
		panic(err)
	}()
	fmt.Println(v == err, v.(error).Error())
	// A deferred call with nil function value panics when the surrounding function ends.
	func() {
		defer func() { fmt.Println("nil defer:", recover()) }()
		var f func()
		defer f()
		fmt.Println("deferred a nil func")
	}()
}
// Output:
// <nil>
// helper got: <nil>
// outer recovered: p1
// caught: p2
// first recover: p3
// second recover: <nil>
// replacement
// final: re-inner
// 20 <nil>
// -1 recovered: assignment to entry in nil map
// 0
// x at defer time 1; recovering in order; defer 2; defer 1; defer 0; 
// close d closure sees the latest
// close b pointer: *p evaluated at defer
// close a value receiver evaluated at defer
// [inner: first outer: second]
// true as value
// deferred a nil func
// nil defer: runtime error: invalid memory address or nil pointer dereference
