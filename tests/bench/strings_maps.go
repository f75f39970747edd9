// strings_maps: build a large text of pseudo-random words with strings.Builder, split it
// with strings.Fields and count the words in a map[string]int; print the number of distinct
// words and the most frequent ones in sorted order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var syllables = []string{"ka", "lo", "mi", "nu", "ra", "te", "so", "vi", "xe", "zu", "pa", "do"}

func main() {
	const words = 2000000
	seed := uint32(12345)
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed >> 8
	}
	var b strings.Builder
	for i := 0; i < words; i++ {
		n := 1 + next()%3
		for k := uint32(0); k < n; k++ {
			b.WriteString(syllables[next()%uint32(len(syllables))])
		}
		if i%16 == 15 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	list := make([]kv, 0, len(counts))
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println(len(text), len(counts))
	for _, e := range list[:5] {
		fmt.Println(e.k, e.v)
	}
	fmt.Println("kalo", counts["kalo"], "zuzuzu", counts["zuzuzu"])
}
