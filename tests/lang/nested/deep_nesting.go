// Deep script recursion inside a nested call (it runs on the goroutine's
// own frame stack, not the fiber's), natives nested in script code nested
// in natives (a String method that sorts, a less function that formats),
// and a recursive String method printing a long list.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l.next == nil {
		return fmt.Sprint(l.v)
	}
	return fmt.Sprintf("%d,%v", l.v, l.next)
}

type Bag []string

func (b Bag) String() string {
	c := append([]string(nil), b...)
	sort.Slice(c, func(i, j int) bool {
		return fmt.Sprint(len(c[i]), c[i]) < fmt.Sprint(len(c[j]), c[j])
	})
	return strings.Join(c, "+")
}

func main() {
	xs := []int{5, 2, 8, 1}
	sort.Slice(xs, func(i, j int) bool {
		return depth(20000+xs[i]) < depth(20000+xs[j])
	})
	fmt.Println(xs)

	var l *List
	for i := 200; i > 0; i-- {
		l = &List{i, l}
	}
	s := fmt.Sprint(l)
	fmt.Println(len(s), s[:20], s[len(s)-12:])

	bags := []Bag{{"pear", "fig", "apple"}, {"kiwi", "plum"}, {"date"}}
	sort.Slice(bags, func(i, j int) bool {
		return fmt.Sprint(bags[i]) < fmt.Sprint(bags[j])
	})
	fmt.Println(bags)
}
// Output:
// [1 2 5 8]
// 691 1,2,3,4,5,6,7,8,9,10 ,198,199,200
// [date fig+pear+apple kiwi+plum]
