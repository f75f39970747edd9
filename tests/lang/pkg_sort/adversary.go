// sort.Sort against McIlroy's adversary, whose answers depend on the exact sequence of Less
// calls: the comparison count and the final order show csp runs Go's pdqsort decisions.
package main

import (
	"fmt"
	"sort"
)

// McIlroy's adversary: values are fixed lazily, as comparisons need them,
// so that each partition is as bad as possible.
type adversary struct {
	data      []int
	val       []int
	gas       int
	candidate int
	nsolid    int
	ncmp      int
}

func newAdversary(n int) *adversary {
	a := &adversary{data: make([]int, n), val: make([]int, n), gas: n}
	for i := range a.data {
		a.data[i] = i
		a.val[i] = a.gas
	}
	return a
}

func (a *adversary) Len() int { return len(a.data) }
func (a *adversary) Less(i, j int) bool {
	a.ncmp++
	x, y := a.data[i], a.data[j]
	if a.val[x] == a.gas && a.val[y] == a.gas {
		if x == a.candidate {
			a.val[x] = a.nsolid
		} else {
			a.val[y] = a.nsolid
		}
		a.nsolid++
	}
	if a.val[x] == a.gas {
		a.candidate = x
	} else if a.val[y] == a.gas {
		a.candidate = y
	}
	return a.val[x] < a.val[y]
}
func (a *adversary) Swap(i, j int) { a.data[i], a.data[j] = a.data[j], a.data[i] }

func main() {
	for _, n := range []int{100, 1000, 5000} {
		a := newAdversary(n)
		sort.Sort(a)
		h := 0
		for i, d := range a.data {
			h = (h*31 + d*(i+1) + a.val[d]) % 1000000007
		}
		fmt.Println(n, sort.IsSorted(a), a.ncmp, h)
	}
}
// Output:
// 100 true 1039 421726497
// 1000 true 8201 426247339
// 5000 true 40279 634477157
