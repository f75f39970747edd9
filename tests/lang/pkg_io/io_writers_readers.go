// io: Fprint* go through the writer's Write method (its results are theirs), io.WriteString
// prefers WriteString, and the helpers over Reader: ReadFull, ReadAll, Copy, Discard, EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// countingWriter records each Write call.
type countingWriter struct {
	calls []string
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// limitedWriter accepts at most max bytes, then fails.
type limitedWriter struct{ max int }

var errFull = errors.New("writer full")

func (w *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		n := w.max
		w.max = 0
		return n, errFull
	}
	w.max -= len(p)
	return len(p), nil
}

// stringWriter has both Write and WriteString.
type stringWriter struct{ via []string }

func (w *stringWriter) Write(p []byte) (int, error) {
	w.via = append(w.via, "Write")
	return len(p), nil
}
func (w *stringWriter) WriteString(s string) (int, error) {
	w.via = append(w.via, "WriteString")
	return len(s), nil
}

// chunkReader hands out its text a few bytes per Read.
type chunkReader struct {
	text  string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.text == "" {
		return 0, io.EOF
	}
	n := r.chunk
	if n > len(r.text) {
		n = len(r.text)
	}
	n = copy(p, r.text[:n])
	r.text = r.text[n:]
	return n, nil
}

func main() {
	cw := &countingWriter{}
	fmt.Fprintf(cw, "%d-%s", 1, "a")
	fmt.Fprint(cw, "x", 2, 3, "y")
	fmt.Fprintln(cw, "end", 4)
	fmt.Printf("%q\n", cw.calls)

	lw := &limitedWriter{max: 5}
	n, err := fmt.Fprintf(lw, "%s", "hello world")
	fmt.Println(n, err, err == errFull)

	sw := &stringWriter{}
	io.WriteString(sw, "a")
	io.WriteString(cw, "b")
	fmt.Println(sw.via, len(cw.calls))

	var sb strings.Builder
	var w io.Writer = &sb
	fmt.Fprintf(w, "%03d|", 7)
	io.WriteString(w, "tail")
	fmt.Println(sb.String(), sb.Len())

	buf := make([]byte, 4)
	n, err = io.ReadFull(&chunkReader{"abcdef", 3}, buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadFull(&chunkReader{"ab", 3}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&chunkReader{"", 3}, buf)
	fmt.Println(n, err == io.EOF)

	all, err := io.ReadAll(&chunkReader{strings.Repeat("xyz", 300), 7})
	fmt.Println(len(all), err, string(all[:6]))

	var out strings.Builder
	copied, err := io.Copy(&out, &chunkReader{"copy me please", 4})
	fmt.Println(copied, err, out.String())

	n, err = fmt.Fprintln(io.Discard, "gone")
	fmt.Println(n, err)

	n, err = fmt.Fprintf(os.Stdout, "%s\n", "to stdout")
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd())
	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrUnexpectedEOF)
}
// Output:
// ["1-a" "x2 3y" "end 4\n"]
// 5 writer full true
// [WriteString] 4
// 007|tail 8
// 4 <nil> abcd
// 2 unexpected EOF true
// 0 true
// 900 <nil> xyzxyz
// 14 <nil> copy me please
// 5 <nil>
// to stdout
// 10 <nil>
// /dev/stdout /dev/stderr 0
// invalid argument
// EOF short write unexpected EOF
