// sort.Slice's less function does a channel round trip with another
// goroutine on every comparison: the goroutine parks inside sort.Slice
// (the native runs on a fiber) and resumes there, possibly on another
// worker, while the comparing goroutine runs.
package main

import (
	"fmt"
	"sort"
)

type query struct {
	a, b  int
	reply chan bool
}

func comparer(queries chan query, count *int) {
	for q := range queries {
		*count++
		q.reply <- q.a < q.b
	}
}

func main() {
	queries := make(chan query)
	count := 0
	go comparer(queries, &count)

	xs := []int{42, 7, 19, 3, 88, 61, 5, 23, 14, 99, 1, 56, 37, 70, 12, 8, 64, 29, 45, 2}
	reply := make(chan bool)
	calls := 0
	sort.Slice(xs, func(i, j int) bool {
		calls++
		queries <- query{xs[i], xs[j], reply}
		return <-reply
	})
	fmt.Println(xs)
	fmt.Println(sort.IntsAreSorted(xs), calls > 0)

	// The other goroutine answered every comparison.
	done := make(chan bool)
	go func() {
		close(queries)
		done <- true
	}()
	<-done
	fmt.Println(count == calls)

	// Sorting structs by a key that a server goroutine owns, with a
	// buffered channel and a stable sort.
	type person struct {
		name string
		age  int
	}
	people := []person{{"ann", 31}, {"bob", 25}, {"cid", 31}, {"dee", 19}, {"eve", 25}}
	ages := make(chan int, 1)
	sort.SliceStable(people, func(i, j int) bool {
		ages <- people[i].age
		a := <-ages
		ages <- people[j].age
		b := <-ages
		return a < b
	})
	fmt.Println(people)
}
// Output:
// [1 2 3 5 7 8 12 14 19 23 29 37 42 45 56 61 64 70 88 99]
// true true
// true
// [{dee 19} {bob 25} {eve 25} {ann 31} {cid 31}]
