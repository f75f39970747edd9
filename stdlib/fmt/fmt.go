package fmt // import "fmt"

import (
	"errors"
	"io"
	"os"
)

// The formatting itself is native (fmt.cpp, Go's print.go and format.go
// rebuilt over csp's values); what is written in Go here is what Go's fmt
// builds on top: the Fprint family over io.Writer and Errorf's error values.

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

// Stringer is a type that chooses its own text: %v, %s and the Print
// family use String() for its values.
type Stringer interface {
	String() string
}

// GoStringer supplies the text %#v prints for its values.
type GoStringer interface {
	GoString() string
}

// Fprintf is Sprintf's text written to w; it returns Write's results.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return write(w, Sprintf(format, a...))
}

// Fprint is Sprint's text written to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprint(a...))
}

// Fprintln is Sprintln's text written to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprintln(a...))
}

// write hands the formatted text to w in one Write call, as Go's Fprint*
// do; an *os.File takes it without the []byte copy.
func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

// Errorf is an error whose text is Sprintf's. With one %w whose operand
// is an error, the result also unwraps to that operand (a *wrapError);
// otherwise it is a plain errors.New value. A misused %w formats as Go's
// does (errorf reports it) and wraps nothing.
func Errorf(format string, a ...any) error {
	text, inner := errorf(format, a...)
	if inner != nil {
		return &wrapError{msg: text, err: inner}
	}
	return errors.New(text)
}

// errorf formats as Errorf does and returns the operand of its %w (nil
// when there is none or %w was misused).
func errorf(format string, a ...any) (string, error)

// wrapError is Errorf's value when it wraps; %T and %#v show its names.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }
