// sort.Sort and sort.Stable on a user type implementing sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Grid struct {
	cells [][2]int
}

func (g *Grid) Len() int { return len(g.cells) }
func (g *Grid) Less(i, j int) bool {
	a, b := g.cells[i], g.cells[j]
	return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
}
func (g *Grid) Swap(i, j int) { g.cells[i], g.cells[j] = g.cells[j], g.cells[i] }

func main() {
	words := byLen{"ccc", "a", "bb", "dd", "e", "ffff"}
	sort.Stable(words)
	fmt.Println(words)
	g := &Grid{[][2]int{{2, 1}, {1, 5}, {2, 0}, {1, 1}}}
	sort.Sort(g)
	fmt.Println(g.cells, sort.IsSorted(g))
	big := make(byLen, 0, 200)
	for i := 0; i < 200; i++ {
		big = append(big, fmt.Sprint(i*7919%1000))
	}
	sort.Stable(big)
	fmt.Println(big[:12], big[len(big)-3:])
}
// Output:
// [a e bb dd ccc ffff]
// [[1 1] [1 5] [2 0] [2 1]] true
// [0 3 6 9 28 56 84 31 59 87 34 62] [124 962 881]
