// Labeled break and continue leave or advance an outer loop from an inner one.
package main

import "fmt"

func main() {
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			count++
		}
	}
	fmt.Println("labels:", count)
	n := 0
search:
	for i := 1; ; i++ {
		for j := 1; j <= i; j++ {
			if i*j == 42 {
				n = i
				break search
			}
		}
	}
	fmt.Println("found:", n)
}
// Output:
// labels: 10
// found: 7
