// io's helpers against readers and writers that misbehave in each possible way: data and
// EOF together, errors before and after enough bytes, writers that take too little or claim
// too much; the buffer sizes ReadAll and Copy pass to Read, and ReadAll's capacity.
package main

import (
	"errors"
	"fmt"
	"io"
)

// chunky returns its chunks one per Read, then err (with the last chunk when withLast).
type chunky struct {
	chunks   []string
	err      error
	withLast bool
	sizes    []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	if len(c.chunks) == 0 {
		return 0, c.err
	}
	n := copy(p, c.chunks[0])
	c.chunks = c.chunks[1:]
	if len(c.chunks) == 0 && c.withLast {
		return n, c.err
	}
	return n, nil
}

type oddWriter struct {
	claim func(n int) int
	err   error
	got   []byte
}

func (w *oddWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, p...)
	return w.claim(len(p)), w.err
}

var boom = errors.New("boom")

func main() {
	buf := make([]byte, 6)
	for _, r := range []*chunky{
		{chunks: []string{"ab", "cd", "ef"}, err: io.EOF},
		{chunks: []string{"ab", "cdefgh"}, err: io.EOF, withLast: true},
		{chunks: []string{"ab"}, err: io.EOF},
		{chunks: nil, err: io.EOF},
		{chunks: []string{"abc"}, err: boom},
		{chunks: []string{"abcdef"}, err: boom, withLast: true},
	} {
		n, err := io.ReadAtLeast(r, buf, 4)
		fmt.Printf("ReadAtLeast %d %v %q sizes=%v\n", n, err, buf[:n], r.sizes)
	}
	n, err := io.ReadAtLeast(&chunky{}, buf, 7)
	fmt.Println("short buffer:", n, err)
	n, err = io.ReadAtLeast(&chunky{err: boom}, buf, 0)
	fmt.Println("min 0:", n, err)
	n, err = io.ReadFull(&chunky{chunks: []string{"xyz"}, err: io.EOF}, buf)
	fmt.Println("ReadFull:", n, err)

	big := make([]byte, 1300)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	r := &chunky{chunks: []string{string(big[:500]), string(big[500:1300])}, err: io.EOF}
	data, err := io.ReadAll(r)
	fmt.Println("ReadAll:", len(data), cap(data) >= len(data), err, r.sizes, string(data[:3]))
	data, err = io.ReadAll(&chunky{chunks: []string{"part"}, err: boom})
	fmt.Printf("ReadAll err: %q %v\n", data, err)

	for _, w := range []*oddWriter{
		{claim: func(n int) int { return n }},
		{claim: func(n int) int { return n - 1 }},
		{claim: func(n int) int { return n + 5 }},
		{claim: func(n int) int { return -1 }},
		{claim: func(n int) int { return n + 5 }, err: boom},
		{claim: func(n int) int { return 1 }, err: boom},
	} {
		src := &chunky{chunks: []string{"hello", "world"}, err: io.EOF}
		n, err := io.Copy(w, src)
		fmt.Printf("Copy %d %v %q sizes=%v\n", n, err, w.got, src.sizes)
	}
	src := &chunky{chunks: []string{"one", "two"}, err: boom, withLast: true}
	w := &oddWriter{claim: func(n int) int { return n }}
	n64, err := io.Copy(w, src)
	fmt.Printf("Copy read error: %d %v %q\n", n64, err, w.got)
	k, err := io.WriteString(io.Discard, "ignored")
	fmt.Println(k, err)
	k, err = io.WriteString(w, "!")
	fmt.Println(k, err, string(w.got))
}
// Output:
// ReadAtLeast 4 <nil> "abcd" sizes=[6 4]
// ReadAtLeast 6 <nil> "abcdef" sizes=[6 4]
// ReadAtLeast 2 unexpected EOF "ab" sizes=[6 4]
// ReadAtLeast 0 EOF "" sizes=[6]
// ReadAtLeast 3 boom "abc" sizes=[6 3]
// ReadAtLeast 6 <nil> "abcdef" sizes=[6]
// short buffer: 0 short buffer
// min 0: 0 <nil>
// ReadFull: 3 unexpected EOF
// ReadAll: 512 true <nil> [512 12 384] abc
// ReadAll err: "part" boom
// Copy 10 <nil> "helloworld" sizes=[32768 32768 32768]
// Copy 4 short write "hello" sizes=[32768]
// Copy 0 invalid write result "hello" sizes=[32768]
// Copy 0 invalid write result "hello" sizes=[32768]
// Copy 0 boom "hello" sizes=[32768]
// Copy 1 boom "hello" sizes=[32768]
// Copy read error: 6 boom "onetwo"
// 7 <nil>
// 1 <nil> onetwo!
