// Deleting entries during range is allowed; deleted entries not yet reached are not produced.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	n := map[int]bool{1: true, 2: true}
	visited := 0
	for k := range n {
		visited++
		delete(n, 3-k)
	}
	fmt.Println(visited, len(n))
}
// Output:
// 50
// 50 0
// 1 1
