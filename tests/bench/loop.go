// loop: a tight integer loop (for, if, +, *, %) with no calls.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 100000000; i++ {
		x := i * i % 7
		if x > 3 {
			sum += x
		} else {
			sum -= 1
		}
	}
	fmt.Println(sum)
}
