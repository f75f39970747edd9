package os // import "os"

import (
	"errors"
	"io"
)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Exit(code int)
func Getpid() int
func Getppid() int
func Getuid() int
func Getpagesize() int

// Args hold the command-line arguments, starting with the program name:
// for `csp run prog.go a b`, the path prog.go as given, then a and b.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// ErrInvalid is what methods of a nil *File return (Go's fs.ErrInvalid).
var ErrInvalid = errors.New("invalid argument")

// File represents an open file descriptor: for now the standard streams.
// As in Go, the exported type wraps a pointer to the real one, so that a
// copy of a File shares it.
type File struct {
	*file
}

type file struct {
	fd   int
	name string
}

// NewFile wraps descriptor fd under the given name (no check is made that
// fd is open).
func NewFile(fd uintptr, name string) *File {
	return &File{&file{int(fd), name}}
}

// The three standard streams, descriptors 0, 1 and 2.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Name is the name the File was made with.
func (f *File) Name() string { return f.name }

// Fd is the descriptor number; a nil File gives the all-ones value, as Go's.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write sends b to the descriptor and returns how many bytes went out.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return write(f.fd, string(b)), nil
}

// WriteString is Write for a string, without converting it to []byte.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return write(f.fd, s), nil
}

// Read fills b with what one read of the descriptor returns: at least one
// byte, or 0 and io.EOF at the end of the input. An empty b reads nothing.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, errors.New("read " + f.name + ": input/output error")
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// write writes s to descriptor fd (standard output and error go where the
// VM's host sends them) and returns len(s).
func write(fd int, s string) int

// read fills b from descriptor fd: the count, 0 at end of input, -1 on an
// error. Waiting for input, it keeps its worker thread (spec/internals.md,
// "Blocking reads").
func read(fd int, b []byte) int
