// sort.Sort through sort.Interface on inputs with many equal keys: the order of equal
// elements is decided by the algorithm and must be Go's (pdqsort: insertion sort, ninther
// pivots, equal-partitioning, pattern breaking, reversal of descending runs). sort.Stable
// must keep equal elements in input order. Each result is printed as a checksum of the ids.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var seed uint32 = 12345

func rnd() int {
	seed = seed*1103515245 + 12345
	return int(seed >> 16)
}

func gen(pattern string, n int) byKey {
	s := make(byKey, n)
	for i := range s {
		var k int
		switch pattern {
		case "random":
			k = rnd() % 1000
		case "fewkeys":
			k = rnd() % 4
		case "sorted":
			k = i / 3
		case "reversed":
			k = (n - i) / 3
		case "sawtooth":
			k = i % 17
		case "organ":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "equal":
			k = 7
		case "nearly":
			k = i
			if i%50 == 0 {
				k = rnd() % n
			}
		}
		s[i] = item{k, i}
	}
	return s
}

func checksum(s byKey) int {
	h := 0
	for i, it := range s {
		h = (h*31 + it.id*(i+1)) % 1000000007
	}
	return h
}

func stableOK(s byKey) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1].key > s[i].key || s[i-1].key == s[i].key && s[i-1].id > s[i].id {
			return false
		}
	}
	return true
}

func main() {
	for _, p := range []string{"random", "fewkeys", "sorted", "reversed", "sawtooth", "organ", "equal", "nearly"} {
		for _, n := range []int{0, 1, 2, 5, 12, 13, 49, 50, 51, 200, 3000} {
			s := gen(p, n)
			sort.Sort(s)
			t := gen(p, n)
			sort.Stable(t)
			fmt.Println(p, n, sort.IsSorted(s), checksum(s), stableOK(t))
		}
	}
	s := gen("fewkeys", 20)
	sort.Sort(s)
	fmt.Println(s)
	s = gen("fewkeys", 20)
	sort.Sort(sort.Reverse(s))
	fmt.Println(s, sort.IsSorted(sort.Reverse(s)))
}
// Output:
// random 0 true 0 true
// random 1 true 0 true
// random 2 true 31 true
// random 5 true 3014662 true
// random 12 true 955818248 true
// random 13 true 867744840 true
// random 49 true 449443570 true
// random 50 true 891275803 true
// random 51 true 267029719 true
// random 200 true 452922488 true
// random 3000 true 240382501 true
// fewkeys 0 true 0 true
// fewkeys 1 true 0 true
// fewkeys 2 true 2 true
// fewkeys 5 true 3014781 true
// fewkeys 12 true 816528989 true
// fewkeys 13 true 889948963 true
// fewkeys 49 true 149731739 true
// fewkeys 50 true 510902734 true
// fewkeys 51 true 153762391 true
// fewkeys 200 true 55453493 true
// fewkeys 3000 true 746605959 true
// sorted 0 true 0 true
// sorted 1 true 0 true
// sorted 2 true 2 true
// sorted 5 true 65740 true
// sorted 12 true 120483123 true
// sorted 13 true 734976948 true
// sorted 49 true 487415744 true
// sorted 50 true 109890409 true
// sorted 51 true 406605208 true
// sorted 200 true 263247706 true
// sorted 3000 true 34738654 true
// reversed 0 true 0 true
// reversed 1 true 0 true
// reversed 2 true 2 true
// reversed 5 true 3009025 true
// reversed 12 true 361656511 true
// reversed 13 true 953315034 true
// reversed 49 true 382329147 true
// reversed 50 true 475064193 true
// reversed 51 true 728757482 true
// reversed 200 true 447200341 true
// reversed 3000 true 213515071 true
// sawtooth 0 true 0 true
// sawtooth 1 true 0 true
// sawtooth 2 true 2 true
// sawtooth 5 true 65740 true
// sawtooth 12 true 120483123 true
// sawtooth 13 true 734976948 true
// sawtooth 49 true 91373893 true
// sawtooth 50 true 456849749 true
// sawtooth 51 true 162344671 true
// sawtooth 200 true 93852942 true
// sawtooth 3000 true 979632781 true
// organ 0 true 0 true
// organ 1 true 0 true
// organ 2 true 2 true
// organ 5 true 71496 true
// organ 12 true 657079867 true
// organ 13 true 993681342 true
// organ 49 true 745676620 true
// organ 50 true 923589254 true
// organ 51 true 12442753 true
// organ 200 true 441649864 true
// organ 3000 true 117744317 true
// equal 0 true 0 true
// equal 1 true 0 true
// equal 2 true 2 true
// equal 5 true 65740 true
// equal 12 true 120483123 true
// equal 13 true 734976948 true
// equal 49 true 487415744 true
// equal 50 true 109890409 true
// equal 51 true 406605208 true
// equal 200 true 263247706 true
// equal 3000 true 34738654 true
// nearly 0 true 0 true
// nearly 1 true 0 true
// nearly 2 true 2 true
// nearly 5 true 1051354 true
// nearly 12 true 579289722 true
// nearly 13 true 756641126 true
// nearly 49 true 774574679 true
// nearly 50 true 756032099 true
// nearly 51 true 866363301 true
// nearly 200 true 742246040 true
// nearly 3000 true 585783669 true
// [{0 0} {0 15} {0 13} {0 7} {1 5} {1 2} {1 6} {1 16} {1 1} {2 11} {2 10} {2 12} {2 9} {2 8} {2 3} {2 19} {3 4} {3 14} {3 17} {3 18}]
// [{3 10} {3 17} {3 2} {3 3} {3 9} {3 5} {3 11} {3 1} {2 19} {2 16} {2 18} {2 8} {1 7} {0 0} {0 6} {0 12} {0 13} {0 14} {0 15} {0 4}] true
