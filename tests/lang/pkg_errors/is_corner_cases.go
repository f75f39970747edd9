// errors.Is and errors.Unwrap in the corners: uncomparable error types (== is never tried on
// them, so nothing panics), a nil target, the order in which Is methods along the chain are
// asked, and what %T/%#v reveal of errors.New's value.
package main

import (
	"errors"
	"fmt"
)

type multi []string // a slice type: values of it cannot be compared with ==

func (m multi) Error() string { return fmt.Sprint([]string(m)) }

type noisy struct {
	name string
	next error
}

func (n *noisy) Error() string { return n.name }
func (n *noisy) Unwrap() error { return n.next }
func (n *noisy) Is(target error) bool {
	fmt.Println("  asked", n.name)
	return false
}

var base = errors.New("base")

func main() {
	m := multi{"a", "b"}
	fmt.Println(errors.Is(m, m), errors.Is(m, base), errors.Is(base, m))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", m), m))
	fmt.Println(errors.Is(base, nil), errors.Is(nil, nil), errors.Is(nil, base))
	chain := &noisy{"outer", &noisy{"inner", base}}
	fmt.Println(errors.Is(chain, base))
	fmt.Println(errors.Is(chain, errors.New("base")))
	fmt.Println(errors.Unwrap(base), errors.Unwrap(m), errors.Unwrap(chain).Error())
	fmt.Printf("%T %v %#v\n", base, base, base)
	fmt.Printf("%T %#v\n", fmt.Errorf("x %w", base).(interface{ Unwrap() error }).Unwrap(), errors.New("q") == errors.New("q"))
	var target *noisy
	fmt.Println(errors.As(fmt.Errorf("z: %w", chain), &target), target.name)
}
// Output:
// false false false
// false
// false true false
//   asked outer
//   asked inner
// true
//   asked outer
//   asked inner
// false
// <nil> <nil> inner
// *errors.errorString base &errors.errorString{s:"base"}
// *errors.errorString false
// true outer
