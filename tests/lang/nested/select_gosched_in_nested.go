// Script code that natives call (sort.Slice's less, fmt's String and Error
// methods) may block in a select, call runtime.Gosched, and raise run-time
// errors, which are Go values there too: the goroutine parks or yields with
// the native's fiber and resumes inside the native.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

// String blocks in a select until one of its channels is ready.
type picky struct {
	name string
	in   chan string
	quit chan bool
}

func (p picky) String() string {
	select {
	case s := <-p.in:
		return p.name + ":" + s
	case <-p.quit:
		return p.name + ":quit"
	}
}

// String yields a few times and formats again (a native in a native).
type yielder int

func (y yielder) String() string {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	return fmt.Sprintf("yielder(%d)", int(y))
}

// Error fails with an index error: fmt recovers it.
type failing struct{ xs []int }

func (f failing) Error() string { return fmt.Sprint(f.xs[len(f.xs)+3]) }

// String calls a native that panics with its own text.
type repeater int

func (r repeater) String() string { return strings.Repeat("x", int(r)) }

// String sends on a channel that another goroutine closes: the send
// panics, and the method recovers it.
type sender struct {
	ready chan bool
	c     chan int
}

func (s sender) String() (out string) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			out = fmt.Sprint("recovered: ", r, " ", isRuntime)
		}
	}()
	s.ready <- true
	s.c <- 1
	return "sent"
}

func sortWithSelect(xs []int) int {
	tickets := make(chan int)
	never := make(chan int)
	go func() {
		for i := 0; ; i++ {
			tickets <- i
		}
	}()
	calls := 0
	sort.Slice(xs, func(i, j int) bool {
		select {
		case <-tickets:
			calls++
		case v := <-never:
			panic(v)
		}
		// A select with a default that is taken, and a send case.
		select {
		case never <- 1:
			panic("sent to nobody")
		default:
		}
		return xs[i] < xs[j]
	})
	return calls
}

func sortOutOfRange() (err interface{}) {
	defer func() { err = recover() }()
	zs := []int{3, 1, 2}
	k := 10
	sort.Slice(zs, func(i, j int) bool { return zs[k] < zs[j] })
	return nil
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 10, 15, 13, 12, 14}
	calls := sortWithSelect(xs)
	fmt.Println(xs, calls > 0)

	ys := []string{"pear", "apple", "fig", "kiwi", "banana"}
	sort.SliceStable(ys, func(i, j int) bool {
		runtime.Gosched()
		return len(ys[i]) < len(ys[j])
	})
	fmt.Println(ys)

	p := picky{"p", make(chan string), make(chan bool)}
	go func() { p.in <- "hello" }()
	fmt.Println(p)
	go func() { close(p.quit) }()
	fmt.Printf("%v and %s\n", p, yielder(7))

	fmt.Println(failing{[]int{1, 2}})
	fmt.Println(repeater(3), repeater(-1))

	s := sender{make(chan bool), make(chan int)}
	go func() {
		<-s.ready
		close(s.c)
	}()
	fmt.Println(s)

	e := sortOutOfRange()
	_, isRuntime := e.(runtime.Error)
	fmt.Println(e, isRuntime)
}

// Output:
// [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15] true
// [fig pear kiwi apple banana]
// p:hello
// p:quit and yielder(7)
// %!v(PANIC=Error method: runtime error: index out of range [5] with length 2)
// xxx %!v(PANIC=String method: strings: negative Repeat count)
// recovered: send on closed channel true
// runtime error: index out of range [10] with length 3 true
