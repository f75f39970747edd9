// errors.New values compare by identity; fmt.Errorf with %w wraps; errors.Is walks the
// chain; errors.As finds a typed error; errors.Unwrap peels one layer.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	fmt.Println(errors.New("x") == errors.New("x"), ErrNotFound == ErrNotFound)
	err := find("users")
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, errors.New("not found")))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound))
	fmt.Printf("%T %T\n", wrapped, plain)
}
// Output:
// false true
// handler: users: not found
// true false
// as: users not found
// true true
// true <nil>
// no wrap: not found false <nil>
// true false
// *fmt.wrapError *errors.errorString
