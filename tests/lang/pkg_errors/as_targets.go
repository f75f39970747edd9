// errors.As: interface targets, value and pointer targets, a custom As method, and the
// panics for a bad target (recovered here; the values are plain strings, as in Go).
package main

import (
	"errors"
	"fmt"
)

type Timeout interface{ Timeout() bool }

type netErr struct{ op string }

func (e netErr) Error() string   { return e.op + ": timed out" }
func (e netErr) Timeout() bool   { return true }
func (e *netErr) Describe() string { return "netErr " + e.op }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

// matchAny converts itself into any *codeErr target.
type matchAny struct{}

func (matchAny) Error() string { return "matchAny" }
func (matchAny) As(target any) bool {
	if p, ok := target.(**codeErr); ok {
		*p = &codeErr{99}
		return true
	}
	return false
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	err := fmt.Errorf("dial: %w", netErr{"read"})
	var to Timeout
	fmt.Println(errors.As(err, &to), to.Timeout(), to)
	var ne netErr
	fmt.Println(errors.As(err, &ne), ne.op)
	var pne *netErr
	fmt.Println(errors.As(err, &pne), pne == nil)

	var ce *codeErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", &codeErr{7}), &ce), ce.code)
	fmt.Println(errors.As(matchAny{}, &ce), ce.code)
	var e2 error
	fmt.Println(errors.As(fmt.Errorf("y: %w", matchAny{}), &e2), e2)
	fmt.Println(errors.As(nil, &e2), e2)

	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { errors.As(err, ne) })
	try("nil pointer", func() { var p *error; errors.As(err, p) })
	try("not an error", func() { var s string; errors.As(err, &s) })
	try("value method set", func() { var c codeErr; errors.As(err, &c) })
}
// Output:
// true true read: timed out
// true read
// false true
// true 7
// true 99
// true y: matchAny
// false y: matchAny
// nil target: errors: target cannot be nil (string)
// non-pointer: errors: target must be a non-nil pointer (string)
// nil pointer: errors: target must be a non-nil pointer (string)
// not an error: errors: *target must be interface or implement error (string)
// value method set: errors: *target must be interface or implement error (string)
