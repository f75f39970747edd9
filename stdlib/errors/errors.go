package errors // import "errors"

// Written in Go: compiled like user code, so errors.New's values are
// *errors.errorString, as in Go.

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

func New(text string) error {
	return &errorString{text}
}
