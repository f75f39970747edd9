// Many goroutines park inside natives at once (each in its own sort.Slice
// or fmt.Sprint, each on its own fiber) and are woken in another order than
// they parked, so fibers resume on whichever worker runs them.
package main

import (
	"fmt"
	"sort"
)

type Gate struct {
	id   int
	open chan int
}

func (g Gate) String() string { return fmt.Sprintf("gate%d:%d", g.id, <-g.open) }

func main() {
	const n = 200
	tick := make(chan int)
	results := make(chan string, n)
	for k := 0; k < n; k++ {
		go func(k int) {
			xs := []int{3, 1, 2}
			sort.Slice(xs, func(i, j int) bool {
				<-tick
				return xs[i] < xs[j]
			})
			results <- fmt.Sprint(k, xs)
		}(k)
	}
	// Feed every comparison of every sort, in whatever order the sorting
	// goroutines ask.
	go func() {
		for {
			tick <- 1
		}
	}()
	done := map[string]bool{}
	for len(done) < n {
		done[<-results] = true
	}
	fmt.Println(len(done), done["0 [1 2 3]"], done["199 [1 2 3]"])

	// Stringers parked inside fmt, opened in reverse order.
	gates := make([]Gate, 50)
	out := make(chan string)
	for k := range gates {
		gates[k] = Gate{k, make(chan int)}
		go func(g Gate) { out <- fmt.Sprint(g) }(gates[k])
	}
	for k := len(gates) - 1; k >= 0; k-- {
		gates[k].open <- k * k
	}
	seen := map[string]bool{}
	for range gates {
		seen[<-out] = true
	}
	fmt.Println(len(seen), seen["gate7:49"], seen["gate49:2401"])
}
// Output:
// 200 true true
// 50 true true
