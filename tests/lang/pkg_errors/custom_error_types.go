// Custom error types with value and pointer receivers, errors.As into a value type,
// an Is method for sentinel matching, and error values printed with %v %s %q %+v.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary struct{ msg string }

func (t Temporary) Error() string { return "temporary: " + t.msg }
func (t Temporary) Is(target error) bool {
	return target == ErrRetry
}

var ErrRetry = errors.New("retry")

func main() {
	var err error = fmt.Errorf("op: %w", Code(404))
	var c Code
	fmt.Println(errors.As(err, &c), c, int(c))
	t := fmt.Errorf("ctx: %w", Temporary{"busy"})
	fmt.Println(errors.Is(t, ErrRetry), errors.Is(err, ErrRetry))
	var tmp Temporary
	fmt.Println(errors.As(t, &tmp), tmp.msg)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, Code(1))
	errs := []error{Code(1), Temporary{"x"}, nil, ErrRetry}
	for _, e := range errs {
		fmt.Println(e)
	}
	doubled := fmt.Errorf("%w and %v", ErrRetry, Code(2))
	fmt.Println(doubled, errors.Is(doubled, ErrRetry))
}
// Output:
// true code 404 404
// true false
// true busy
// op: code 404|op: code 404|"op: code 404"|code 1
// code 1
// temporary: x
// <nil>
// retry
// retry and code 2 true
