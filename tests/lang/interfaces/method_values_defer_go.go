// Interface method values bind the interface value when evaluated (a nil interface panics
// right there); defer and go accept interface method calls, evaluating the receiver and
// arguments at the statement; interface method expressions I.M take the receiver first.
package main

import (
	"fmt"
	"strings"
)

type Closer interface{ Close() error }
type Namer interface{ Name() string }
type NamedCloser interface {
	Closer
	Namer
}

type File struct {
	name   string
	closed *bool
}

func (f File) Close() error {
	*f.closed = true
	fmt.Println("closing", f.name)
	return nil
}
func (f File) Name() string { return f.name }

type Buf struct{ sb *strings.Builder }

func (b *Buf) Write(s string) int { b.sb.WriteString(s); return len(s) }
func (b *Buf) Close() error        { fmt.Println("buf closed with", b.sb.String()); return nil }

type Writer interface{ Write(s string) int }

func use(c Closer, n Namer) {
	defer c.Close()
	defer fmt.Println("deferred name:", n.Name())
	fmt.Println("using", n.Name())
}

func main() {
	closed := false
	f := File{"a.txt", &closed}
	use(f, f)
	fmt.Println("closed:", closed)

	// The receiver is evaluated at the defer statement.
	func() {
		var c Closer = File{"first", &closed}
		defer c.Close()
		c = File{"second", &closed}
		fmt.Println("reassigned")
	}()

	// Method values.
	var w Writer = &Buf{&strings.Builder{}}
	write := w.Write
	write("hello ")
	write("world")
	w.(Closer).Close()
	var nc NamedCloser = File{"nc", &closed}
	name := nc.Name
	nc = File{"other", &closed}
	fmt.Println(name(), nc.Name())
	fs := []func() string{}
	for _, s := range []string{"x", "y", "z"} {
		var n Namer = File{s, &closed}
		fs = append(fs, n.Name)
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Method expressions.
	wr := Writer.Write
	b := &Buf{&strings.Builder{}}
	fmt.Println(wr(b, "abc"), wr(b, "de"), b.sb.String())
	getName := Namer.Name
	ncName := NamedCloser.Name
	fmt.Println(getName(f), ncName(nc))
	fmt.Printf("%T %T\n", wr, getName)

	// A nil interface panics when the method value is formed, and at the defer.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n Namer
		g := n.Name
		fmt.Println("not reached", g)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c Closer
		defer c.Close()
		fmt.Println("not reached")
	}()

	// go with an interface method.
	done := make(chan bool)
	var cw Writer = &Buf{&strings.Builder{}}
	go cw.Write("async")
	go func() { done <- true }()
	<-done
	fmt.Println("goroutines ran")
}
// Output:
// using a.txt
// deferred name: a.txt
// closing a.txt
// closed: true
// reassigned
// closing first
// buf closed with hello world
// nc other
// x y z 
// 3 2 abcde
// a.txt other
// func(main.Writer, string) int func(main.Namer) string
// recovered: runtime error: invalid memory address or nil pointer dereference
// recovered: runtime error: invalid memory address or nil pointer dereference
// goroutines ran
