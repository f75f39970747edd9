// Natives nested in script code nested in natives, parking at the inner
// level: a String method (inside fmt) sorts with a less function that waits
// for a channel and computes. Many goroutines do it at once, so a goroutine
// often parks or yields on one worker and the inner sort.Slice returns on
// another.
package main

import (
	"fmt"
	"sort"
)

var tick = make(chan bool)

type Hand []int

func (h Hand) String() string {
	c := append(Hand(nil), h...)
	sort.Slice(c, func(i, j int) bool {
		<-tick
		return spin(c[i]) < spin(c[j])
	})
	return fmt.Sprint([]int(c))
}

// Long enough to end a time slice: the goroutine yields inside the native
// and idle workers steal it.
func spin(v int) int {
	s := 0
	for i := 0; i < 20000; i++ {
		s += i & 1
	}
	return v + s - 10000
}

type Table struct{ hands []Hand }

func (t Table) String() string {
	s := ""
	for _, h := range t.hands {
		s += fmt.Sprintf("%v;", h)
	}
	return s
}

func main() {
	go func() {
		for {
			tick <- true
		}
	}()
	const n = 40
	out := make(chan string)
	for k := 0; k < n; k++ {
		go func(k int) {
			t := Table{[]Hand{{k % 7, 3, 1}, {9, k % 5, 4, 2}}}
			out <- fmt.Sprintf("%d:%v", k, t)
		}(k)
	}
	got := map[string]bool{}
	for k := 0; k < n; k++ {
		got[<-out] = true
	}
	fmt.Println(len(got))
	fmt.Println(got["0:[0 1 3];[0 2 4 9];"], got["39:[1 3 4];[2 4 4 9];"])
}
// Output:
// 40
// true true
