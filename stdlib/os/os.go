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

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{int(fd), name}}
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
// It returns the number of bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return write(f.fd, string(b)), nil
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return write(f.fd, s), nil
}

// Read reads up to len(b) bytes from the File and stores them in b.
// It returns the number of bytes read and any error encountered.
// At end of file, Read returns 0, io.EOF.
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
// error. It blocks its worker thread meanwhile.
func read(fd int, b []byte) int
