// Word frequency count, as in many blog posts: lower-case, split on non-letters, count in a
// map, sort by count then word, print the top entries.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(counts))
	for _, wc := range list[:8] {
		fmt.Printf("%-12s %3d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
}
// Output:
// 60 words, 20 distinct
// it            10 **********
// of            10 **********
// the           10 **********
// was           10 **********
// age            2 **
// epoch          2 **
// season         2 **
// times          2 **
