// sort.Sort and sort.Slice make Go's exact sequence of Less and Swap calls: traced over many
// generated inputs (random with few or many duplicates, sorted, reversed, sawtooth, organ
// pipe, nearly sorted), McIlroy's adversary, and Less functions that are no order at all
// (which reach the heap-sort fallback), summarised by checksums; sort.Float64s places 0
// and -0 as Go does.
package main

import (
	"fmt"
	"math"
	"sort"
)

var seed uint32 = 7

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type traced struct {
	v []int
	h uint64
	n int
}

func (t *traced) Len() int { return len(t.v) }
func (t *traced) Less(i, j int) bool {
	t.h = t.h*1000003 + uint64(i)*31 + uint64(j) + 1
	t.n++
	return t.v[i] < t.v[j]
}
func (t *traced) Swap(i, j int) {
	t.h = t.h*1000033 + uint64(i)*37 + uint64(j) + 2
	t.n++
	t.v[i], t.v[j] = t.v[j], t.v[i]
}

type adversary struct {
	val, pos              []int // val by element (gas until frozen), element at each position
	gas, solid, candidate int
	h                     uint64
	n                     int
}

func (a *adversary) Len() int { return len(a.pos) }
func (a *adversary) Less(i, j int) bool {
	a.h = a.h*1000003 + uint64(i)*31 + uint64(j) + 1
	a.n++
	x, y := a.pos[i], a.pos[j]
	if a.val[x] == a.gas && a.val[y] == a.gas {
		if x == a.candidate {
			a.val[x] = a.solid
		} else {
			a.val[y] = a.solid
		}
		a.solid++
	}
	if a.val[x] == a.gas {
		a.candidate = x
	} else if a.val[y] == a.gas {
		a.candidate = y
	}
	return a.val[x] < a.val[y]
}
func (a *adversary) Swap(i, j int) {
	a.h = a.h*1000033 + uint64(i)*37 + uint64(j) + 2
	a.n++
	a.pos[i], a.pos[j] = a.pos[j], a.pos[i]
}

type weird struct {
	mode, n, calls int
	seed           uint32
	h              uint64
}

func (w *weird) Len() int { return w.n }
func (w *weird) Less(i, j int) bool {
	w.h = w.h*1000003 + uint64(i)*31 + uint64(j) + 1
	w.calls++
	switch w.mode {
	case 0:
		return true
	case 1:
		return i > j
	}
	w.seed = w.seed*1664525 + 1013904223
	return w.seed&0x100 != 0
}
func (w *weird) Swap(i, j int) {
	w.h = w.h*1000033 + uint64(i)*37 + uint64(j) + 2
	w.calls++
}

func input(kind, n int) []int {
	v := make([]int, n)
	for i := range v {
		switch kind {
		case 0:
			v[i] = rnd(1000000)
		case 1:
			v[i] = rnd(4)
		case 2:
			v[i] = i
		case 3:
			v[i] = n - i
		case 4:
			v[i] = i % 17
		case 5:
			if i < n/2 {
				v[i] = i
			} else {
				v[i] = n - i
			}
		case 6:
			v[i] = i
			if rnd(20) == 0 {
				v[i] = rnd(n)
			}
		case 7:
			v[i] = (i * 7919) % 97
		}
	}
	return v
}

func main() {
	sizes := []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000}
	var total uint64
	calls := 0
	for kind := 0; kind < 8; kind++ {
		var kh uint64
		for _, n := range sizes {
			t := &traced{v: input(kind, n)}
			sort.Sort(t)
			if !sort.IsSorted(t) {
				fmt.Println("not sorted", kind, n)
			}
			kh = kh*7 + t.h
			calls += t.n
			// The same input through sort.Slice, tracing its less calls; elements carry
			// their original position, so where equal keys land shows too.
			type item struct{ key, pos int }
			items := make([]item, n)
			for i, x := range input(kind, n) {
				items[i] = item{x, i}
			}
			var sh uint64
			sort.Slice(items, func(i, j int) bool {
				sh = sh*1000003 + uint64(i)*31 + uint64(j) + 1
				return items[i].key < items[j].key
			})
			for _, it := range items {
				sh = sh*31 + uint64(it.pos)
			}
			kh = kh*11 + sh
		}
		fmt.Println("kind", kind, kh)
		total = total*13 + kh
	}
	// McIlroy's adversary: Less decides the order of untouched ("gas") elements as late
	// as possible, in the way that hurts quicksort most; the patterns are broken up and,
	// when that is not enough, the heap-sort fallback runs.
	for _, n := range []int{100, 1000, 4000} {
		a := &adversary{val: make([]int, n), pos: make([]int, n), gas: n}
		for i := range a.val {
			a.val[i], a.pos[i] = n, i
		}
		sort.Sort(a)
		h, calls := a.h, a.n
		fmt.Println("adversary", n, h, calls, sort.IsSorted(a))
	}
	// Less functions that are no ordering at all (always true, by position, coin flips)
	// still make a definite sequence of calls, through every fallback.
	for mode := 0; mode < 3; mode++ {
		for _, n := range []int{30, 200, 2000} {
			w := &weird{mode: mode, n: n, seed: uint32(n)}
			sort.Sort(w)
			fmt.Println("weird", mode, n, w.h, w.calls)
			// The same through sort.Slice, whose less sees positions only.
			items := make([]int, n)
			for i := range items {
				items[i] = i
			}
			w = &weird{mode: mode, n: n, seed: uint32(n)}
			sort.Slice(items, func(i, j int) bool { return w.Less(i, j) })
			var ih uint64
			for _, x := range items {
				ih = ih*31 + uint64(x)
			}
			fmt.Println("weird slice", mode, n, w.h, w.calls, ih)
		}
	}
	// sort.Float64s: 0 and -0 are equal but print differently, so their final order
	// shows the native's moves; NaNs go first.
	negZero := math.Copysign(0, -1)
	for _, n := range []int{10, 40, 300} {
		fs := make([]float64, n)
		for i := range fs {
			fs[i] = []float64{0, negZero, math.NaN(), 1, -1, negZero}[rnd(6)]
		}
		sort.Float64s(fs)
		out := fmt.Sprint(fs)
		if n <= 40 {
			fmt.Println(out)
		} else {
			var fh uint64
			for i := 0; i < len(out); i++ {
				fh = fh*31 + uint64(out[i])
			}
			fmt.Println("float64s", n, fh)
		}
	}
	// Through sort.Reverse (Less with its arguments swapped).
	t := &traced{v: input(7, 3000)}
	sort.Sort(sort.Reverse(t))
	h, n := t.h, t.n
	fmt.Println("reverse", h, n, sort.IsSorted(sort.Reverse(t)))
	fmt.Println("calls", calls, "total", total)
}
// Output:
// kind 0 9115391467074034588
// kind 1 1817644221001137683
// kind 2 13810058784070738177
// kind 3 6781277354257349649
// kind 4 10295054318390287834
// kind 5 8486479688729420623
// kind 6 8047244045235620180
// kind 7 1536648179650220736
// adversary 100 3163349890857356286 1256 true
// adversary 1000 2221687081264425532 10446 true
// adversary 4000 8157855702390754390 41242 true
// weird 0 30 4276378754997545892 431
// weird slice 0 30 9167430410728726239 311 9988891895903656541
// weird 0 200 12750114850204109847 8227
// weird slice 0 200 9916892546782923927 5030 17651260397201637622
// weird 0 2000 172312977188382068 111572
// weird slice 0 2000 14996582348902633230 69729 1247678533579720206
// weird 1 30 17241713636880284921 294
// weird slice 1 30 5661892535234768264 243 16872449526012135493
// weird 1 200 12404268571007803869 5533
// weird slice 1 200 11172477160862338640 3425 7620421639826154880
// weird 1 2000 16366753130916854224 64023
// weird slice 1 2000 7988810810261798125 40019 16668512756727590394
// weird 2 30 18389425913188652037 133
// weird slice 2 30 14488631672716982397 99 10761825991350915433
// weird 2 200 10816033874636907756 1225
// weird slice 2 200 15850579042850588865 928 2810150600197338554
// weird 2 2000 10522528770022066231 11925
// weird slice 2 2000 6522723634752057471 9440 15881718238271196986
// [NaN NaN NaN NaN -1 -1 0 0 -0 1]
// [NaN NaN NaN NaN NaN NaN NaN NaN NaN -1 -1 -1 -1 -1 -0 0 0 0 0 -0 0 -0 -0 -0 -0 0 -0 -0 -0 -0 -0 -0 0 -0 -0 0 -0 -0 1 1]
// float64s 300 6807911108849971363
// reverse 8265270388541278252 31025 true
// calls 514522 total 2367766300539923794
