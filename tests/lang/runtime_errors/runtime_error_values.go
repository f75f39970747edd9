// Run-time panics recover as runtime.Error values of Go's runtime types: %T, %v, %+v and
// %#v print them as Go does, errors.As finds them, and a failed assertion between two
// distinct types of the same name says which scopes they come from.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ A int }

type errT struct{}

func (*errT) Error() string { return "errT" }

func catch(f func()) (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
		} else {
			err = fmt.Errorf("not an error: %v", r)
		}
	}()
	f()
	return nil
}

func local() interface{} {
	type T struct{ B int }
	return T{}
}

func main() {
	s := []int{1, 2, 3}
	n, neg := 5, -1
	var m map[string]int
	errs := []error{
		catch(func() { _ = s[n] }),
		catch(func() { _ = s[neg:] }),
		catch(func() { _ = s[2:n-4:n] }),
		catch(func() { m["k"]++ }),
		catch(func() { var p *T; _ = p.A }),
		catch(func() { _ = n % (n - 5) }),
		catch(func() { _ = local().(T) }),
		catch(func() { var x interface{} = 3; _ = x.(fmt.Stringer) }),
		catch(func() { var e error; _ = e.(*errT) }),
		catch(func() { _ = (*[4]int)(s) }),
		catch(func() { panic("plain string") }),
	}
	for _, e := range errs {
		var re runtime.Error
		fmt.Printf("%-28T %v | %v\n", e, errors.As(e, &re), e)
	}
	fmt.Printf("%+v\n", errs[0])
	fmt.Printf("%#v %#v\n", errs[0], errs[2])
	fmt.Printf("%#v\n", errs[9])
	fmt.Printf("%#v\n", errs[3])
	fmt.Printf("%#v\n", errs[4])
	fmt.Printf("%q\n", errs[5])
	var tae *runtime.TypeAssertionError
	fmt.Println(errors.As(errs[6], &tae), tae.Error() == errs[6].Error())
	tae.RuntimeError()
	var re runtime.Error
	wrapped := fmt.Errorf("step 2: %w", errs[0])
	fmt.Println(errors.As(wrapped, &re), re)
}
// Output:
// runtime.boundsError          true | runtime error: index out of range [5] with length 3
// runtime.boundsError          true | runtime error: slice bounds out of range [-1:]
// runtime.boundsError          true | runtime error: slice bounds out of range [::5] with capacity 3
// runtime.plainError           true | assignment to entry in nil map
// runtime.errorString          true | runtime error: invalid memory address or nil pointer dereference
// runtime.errorString          true | runtime error: integer divide by zero
// *runtime.TypeAssertionError  true | interface conversion: interface {} is main.T, not main.T (types from different scopes)
// *runtime.TypeAssertionError  true | interface conversion: int is not fmt.Stringer: missing method String
// *runtime.TypeAssertionError  true | interface conversion: error is nil, not *main.errT
// runtime.boundsError          true | runtime error: cannot convert slice with length 3 to pointer to array with length 4
// *errors.errorString          false | not an error: plain string
// runtime error: index out of range [5] with length 3
// runtime.boundsError{x:5, y:3, signed:true, code:0x0} runtime.boundsError{x:5, y:3, signed:true, code:0x5}
// runtime.boundsError{x:4, y:3, signed:true, code:0x8}
// "assignment to entry in nil map"
// "invalid memory address or nil pointer dereference"
// "runtime error: integer divide by zero"
// true true
// true runtime error: index out of range [5] with length 3
