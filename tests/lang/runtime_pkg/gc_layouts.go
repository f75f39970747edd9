// The collector scans boxes and slice backing arrays by their type's
// pointer layout: live data of every shape must survive many collections
// (forced and paced) while garbage is churned around it.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Inner struct {
	n    int
	s    string
	f    float64
	next *Inner
}

type Mixed struct {
	id    int
	in    Inner
	arr   [3]Inner
	nums  [4]int
	tags  []string
	m     map[string]*Inner
	fn    func() int
	any   interface{}
	flags [2]bool
}

func mk(i int) *Mixed {
	x := &Mixed{id: i}
	x.in = Inner{n: i, s: "in" + strconv.Itoa(i), f: float64(i) / 2}
	x.in.next = &Inner{n: -i, s: "next" + strconv.Itoa(i)}
	for k := range x.arr {
		x.arr[k] = Inner{n: i*10 + k, s: strconv.Itoa(k), next: &Inner{s: "deep"}}
	}
	x.nums = [4]int{i, i + 1, i + 2, i + 3}
	x.tags = []string{"a" + strconv.Itoa(i), "b" + strconv.Itoa(i)}
	x.m = map[string]*Inner{"k" + strconv.Itoa(i): {n: i * 7, s: "mapped"}}
	j := i
	x.fn = func() int { return j * 3 }
	x.any = Inner{n: i, s: "iface" + strconv.Itoa(i)}
	x.flags = [2]bool{i%2 == 0, true}
	return x
}

func check(x *Mixed, i int) bool {
	ok := x.id == i && x.in.n == i && x.in.s == "in"+strconv.Itoa(i) && x.in.f == float64(i)/2
	ok = ok && x.in.next.n == -i && x.in.next.s == "next"+strconv.Itoa(i)
	for k := range x.arr {
		ok = ok && x.arr[k].n == i*10+k && x.arr[k].s == strconv.Itoa(k) && x.arr[k].next.s == "deep"
	}
	ok = ok && x.nums == [4]int{i, i + 1, i + 2, i + 3}
	ok = ok && len(x.tags) == 2 && x.tags[0] == "a"+strconv.Itoa(i) && x.tags[1] == "b"+strconv.Itoa(i)
	ok = ok && x.m["k"+strconv.Itoa(i)].n == i*7 && x.m["k"+strconv.Itoa(i)].s == "mapped"
	ok = ok && x.fn() == i*3
	in, isInner := x.any.(Inner)
	ok = ok && isInner && in.n == i && in.s == "iface"+strconv.Itoa(i)
	ok = ok && x.flags == [2]bool{i%2 == 0, true}
	return ok
}

type pair struct {
	key   string
	count int
}

func main() {
	const n = 2000
	keep := make([]*Mixed, 0)
	values := make([]Mixed, n) // a backing array of structs with pointers
	pairs := []pair{}          // grown by append
	var arr [64]*Inner         // a box of pointers
	bytes := []byte{}
	for i := 0; i < n; i++ {
		keep = append(keep, mk(i))
		values[i] = *mk(i)
		pairs = append(pairs, pair{strconv.Itoa(i), i})
		arr[i%64] = &Inner{n: i, s: strconv.Itoa(i)}
		bytes = append(bytes, byte(i))
		// garbage of every shape
		for g := 0; g < 20; g++ {
			_ = mk(-g)
			_ = make([]int, 100)
			_ = []string{strconv.Itoa(g)}
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	bad := 0
	for i := 0; i < n; i++ {
		if !check(keep[i], i) || !check(&values[i], i) {
			bad++
		}
		if pairs[i].key != strconv.Itoa(pairs[i].count) || pairs[i].count != i || bytes[i] != byte(i) {
			bad++
		}
	}
	for k, p := range arr {
		if p.n%64 != k || p.s != strconv.Itoa(p.n) {
			bad++
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("corrupted:", bad)
	fmt.Println("collections ran:", m.NumGC > 5)
}
// Output:
// corrupted: 0
// collections ran: true
