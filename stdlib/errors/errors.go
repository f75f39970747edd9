package errors // import "errors"

// Package errors, compiled like user code. The only part that needs the
// VM is what Go does with reflection in As (is the target usable, may the
// error be stored in it); that is three natives in errors.cpp.

// errorString is New's value. The type and field names are part of what
// programs see: %T prints *errors.errorString and %#v shows the field s.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New makes an error whose Error method returns text. It allocates each
// time, so two calls with the same text give errors that compare unequal:
// sentinel errors are compared by identity.
func New(text string) error {
	e := new(errorString)
	e.s = text
	return e
}

// wrapper is any error that can name the error it wraps.
type wrapper interface {
	Unwrap() error
}

// Unwrap peels one layer off err: what its Unwrap method returns, or nil
// when err has no such method (or is nil).
func Unwrap(err error) error {
	if w, ok := err.(wrapper); ok {
		return w.Unwrap()
	}
	return nil
}

// Is walks err's chain (err, Unwrap(err), ...) and reports whether some link
// equals target or says it matches through its own Is(error) bool method.
// Equality is only tried when target's dynamic type is comparable, so an
// uncomparable target cannot make the == panic.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	useEqual := comparable(target)
	for link := err; link != nil; link = Unwrap(link) {
		if useEqual && link == target {
			return true
		}
		if m, ok := link.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
	}
	return false
}

// As walks err's chain and stores the first link that fits in *target:
// one whose dynamic type is assignable to target's element type, or one
// whose As(any) bool method accepts target. It reports whether it found one.
// target must be a non-nil pointer to an interface type or to a type that
// implements error; anything else panics, as in Go.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	for link := err; link != nil; link = Unwrap(link) {
		if assignTo(link, target) {
			return true
		}
		if m, ok := link.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
	}
	return false
}

// comparable reports whether == may be applied to v without a panic (its
// dynamic type is comparable; a nil v is).
func comparable(v any) bool

// checkAsTarget panics with Go's texts unless target is a non-nil pointer
// whose element type is an interface or implements error.
func checkAsTarget(target any)

// assignTo stores err in *target and returns true when err's dynamic type
// is assignable to target's element type; otherwise it changes nothing.
func assignTo(err error, target any) bool
