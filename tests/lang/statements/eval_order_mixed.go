// Evaluation order in less common places: method values and interface calls,
// variadic and multi-value arguments, literals, conditions with && and ||,
// a call on the left of a multi-value assignment (evaluated before the right
// side's call), pointer-returning calls on the left, map op-assignments,
// var declarations, defer and go arguments. Output as go run prints it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type S struct {
	a int
	b []int
	m map[string]int
}

func (s *S) Inc() int { s.a++; return s.a }
func (s S) Get() int  { return s.a }

type I interface{ Inc() int }

var g int
var gs = &S{m: map[string]int{}}

func f() int             { g++; return g }
func pair() (int, error) { g += 10; return g, nil }
func ptr() *S            { g++; return gs }
func key() string        { g++; return fmt.Sprint("k", g) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func two(a int, e error) string { return fmt.Sprint(a, e) }

func main() {
	s := &S{m: map[string]int{}}
	var i I = s
	fmt.Println(s.a, i.Inc(), s.Get(), s.a)
	inc := s.Inc
	fmt.Println(s.a, inc(), s.a)
	fmt.Println(g, func() int { g = 50; return g }(), g)
	fmt.Println(two(pair()), g)
	xs := []int{1, 2}
	fmt.Println(g, sum(xs...), sum(g, f(), g), append(xs, f(), g))
	fmt.Println(S{a: g, b: []int{f(), g}}.a, g)
	m := map[string]int{key(): f(), key(): g}
	fmt.Println(len(m), g)
	str := "abc"
	fmt.Println(str+key()+str, []byte(str)[0], g)
	ch := make(chan func() int, 1)
	ch <- f
	fmt.Println((<-ch)(), g)
	var e error = errors.New("x")
	switch v := e.(type) {
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("err", v, g+f())
	}
outer:
	for j := 0; j < 3 && f() < 100; j++ {
		for k := 0; k < 2 || g < 0; k++ {
			if k == 1 && f() > 0 {
				continue outer
			}
		}
	}
	fmt.Println(g)
	mm := map[string]int{"k1": 1}
	v, ok := mm[strings.Repeat("k", 1)+fmt.Sprint(f()-g+1)]
	fmt.Println(v, ok, g)
	arr := make([]int, 5)
	var perr error
	arr[f()%5], perr = pair()
	_ = perr
	fmt.Println(arr, g)
	ptr().a = f()
	fmt.Println(gs.a, g)
	*ptr() = S{a: f()}
	fmt.Println(gs.a, g)
	gs.m = map[string]int{}
	gs.m[key()] += f()
	gs.m[key()]++
	fmt.Println(len(gs.m), g)
	var b1, b2 = g, f() > 0 && g > 0
	fmt.Println(b1, b2)
	r1, r2 := func() (int, int) { return g, f() }()
	fmt.Println(r1, r2)
	x := struct{ p *S }{s}
	fmt.Println(x.p.a, x.p.Inc(), x.p.a)
	fmt.Printf("%d %d %v\n", g, f(), []int{g, f()})
	print2 := func(a ...interface{}) { fmt.Println(a...) }
	print2(g, f(), g == 0)
	defer func(a, b int) { fmt.Println("deferred", a, b) }(g, f())
	go func(a int) {}(f())
	func() {
		defer fmt.Println("inner defer", g, f(), g)
	}()
	q := []int{g, f()}[0:1:2]
	fmt.Println(q, cap(q))
}
// Output:
// 1 1 1 1
// 2 2 2
// 50 50 50
// 60 <nil> 60
// 62 3 183 [1 2 62 62]
// 63 63
// 2 66
// abck67abc 97 67
// 68 68
// err x 138
// 75
// 1 true 76
// [0 0 87 0 0] 87
// 89 89
// 91 91
// 2 94
// 94 true
// 96 96
// 3 3 3
// 98 97 [98 98]
// 99 99 false
// inner defer 101 102 102
// [103] 2
// deferred 99 100
