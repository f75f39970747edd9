package io // import "io"

// Package io: the small interfaces everything else reads and writes
// through, the errors they report, and helpers built only on them. Plain Go,
// compiled like user code. The error texts are Go's: programs print them.

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // from the beginning
	SeekCurrent = 1 // from the current offset
	SeekEnd     = 2 // from the end
)

// EOF is what Read returns once the input is exhausted. Callers test for
// it with ==, so it is never wrapped.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF: the input ended inside something that needed more bytes.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite: a Write stored fewer bytes than asked but returned no error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer: the buffer is smaller than what the read must produce.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress: a Reader keeps returning neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe: an operation on a pipe whose end was closed.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// errInvalidWrite: a Writer claimed a count outside [0, len(p)].
var errInvalidWrite = errors.New("invalid write result")

// Reader fills p with up to len(p) bytes and says how many, and why it
// stopped short if it did.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer stores p and says how many bytes it took; fewer than len(p)
// comes with an error.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer releases what a stream holds.
type Closer interface {
	Close() error
}

// The combinations of the three above.
type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// WriterTo is a source that can push all of itself into a Writer; Copy
// prefers it to a read loop.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderFrom is a destination that can pull a whole Reader itself; Copy
// uses it when the source is not a WriterTo.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// Byte- and rune-at-a-time reading and writing.
type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// StringWriter takes a string without the conversion to []byte.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w: through w's own WriteString when it has one,
// else with a single Write of s's bytes.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast keeps reading into buf until it holds min bytes or a read
// fails. Having min bytes is success, whatever the last read said. Failing
// before that reports the read's error, except that running out of input
// part way is ErrUnexpectedEOF (plain EOF only when nothing was read). A
// buf shorter than min is ErrShortBuffer without reading at all.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for n < min {
		got, rerr := r.Read(buf[n:])
		n += got
		if rerr != nil {
			err = rerr
			break
		}
	}
	switch {
	case n >= min:
		return n, nil
	case n > 0 && err == EOF:
		return n, ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills all of buf; see ReadAtLeast for what it reports.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// Copy moves everything from src to dst and returns the byte count.
// Reaching src's end is success (nil, not EOF). A src that is a WriterTo,
// or else a dst that is a ReaderFrom, does the whole job itself; otherwise
// Copy reads into a 32 KiB buffer and writes each piece out, stopping at
// the first error from either side.
func Copy(dst Writer, src Reader) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	buf := make([]byte, 32*1024)
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				// A Writer that claims the impossible wrote nothing we can trust.
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// ReadAll reads r to its end and returns the bytes; reaching the end is
// not an error. It starts with room for 512 bytes and, whenever that is
// full, lets append choose the next capacity (so the result's cap is what
// Go's gives).
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// Discard is a Writer that accepts everything and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }
