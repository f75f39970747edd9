// sort.Slice with a closure, sort.SliceStable keeping equal elements in order, and
// multi-key ordering.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	words := []string{"pear", "fig", "banana", "kiwi", "apple", "date"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	calls := 0
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { calls++; return xs[i] < xs[j] })
	fmt.Println(xs, calls > 0, sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))
}
// Output:
// [{Bob 25} {Dave 25} {Alice 30} {Carol 30} {Frank 30} {Eve 35}]
// [{Eve 35} {Alice 30} {Carol 30} {Frank 30} {Bob 25} {Dave 25}]
// [fig pear kiwi date apple banana]
// [1 2 3] true true
