// The three forms of for: three clauses, condition only, and no condition
// with break; plus continue.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("three-clause:", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("condition:", n)

	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println("infinite:", k)

	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("continue:", odd)

	var j int
	for j = 10; j > 0; j -= 3 {
	}
	fmt.Println("post:", j)
}
// Output:
// three-clause: 45
// condition: 2187
// infinite: 5
// continue: 25
// post: -2
