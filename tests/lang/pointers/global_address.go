// &x of package-level variables of every scalar kind: the pointer reads and
// writes the global itself, survives collections, is stored in the heap and
// compared; pointer-receiver methods on global scalars; a *byte and a *bool
// into globals.
package main

import (
	"fmt"
	"runtime"
)

type counter int

func (c *counter) inc() { *c++ }

var (
	n     int
	f     float64
	s     string
	b     byte
	ok    bool
	r     rune
	i8    int8
	c     counter
	iface any
	m     map[string]int
	ch    chan int
)

type refs struct {
	np *int
	sp *string
}

func set(p *int, v int) { *p = v }

func main() {
	p := &n
	*p = 7
	set(&n, *p+1)
	fmt.Println(n, *p, p == &n)

	pf, ps, pb, pok, pr, pi8 := &f, &s, &b, &ok, &r, &i8
	*pf, *ps, *pb, *pok, *pr, *pi8 = 1.5, "hi", 200, true, 'é', -3
	fmt.Println(f, s, b, ok, string(r), i8)
	*pb++
	*pi8 -= 126
	fmt.Println(b, i8)

	c.inc()
	c.inc()
	pc := &c
	pc.inc()
	fmt.Println(c)

	// Stored in heap objects, across collections.
	h := &refs{&n, &s}
	keep := []*int{&n, &n}
	for k := 0; k < 3; k++ {
		_ = make([]byte, 1<<20)
		runtime.GC()
	}
	*h.np += 100
	*h.sp += "!"
	fmt.Println(n, s, *keep[0], keep[0] == keep[1])

	// Pointers to reference-typed globals.
	pm := &m
	*pm = map[string]int{"a": 1}
	pch := &ch
	*pch = make(chan int, 1)
	ch <- 5
	pif := &iface
	*pif = 42
	fmt.Println(m, <-*pch, iface)

	// Closures see the same variable.
	incr := func() { *p += 1 }
	incr()
	incr()
	fmt.Println(n)
}
// Output:
// 8 8 true
// 1.5 hi 200 true é -3
// 201 127
// 3
// 108 hi! 108 true
// map[a:1] 5 42
// 110
