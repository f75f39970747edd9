// go1.22
// Since Go 1.22 each iteration of a three-clause for loop has its own loop
// variable, so closures created in different iterations see different values.
// (Go 1.19, the oracle here, prints 3 3 3; hence the marker above.)
package main

import "fmt"

func main() {
	var f0, f1, f2 func() int
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			f0 = func() int { return i }
		case 1:
			f1 = func() int { return i }
		case 2:
			f2 = func() int { return i }
		}
	}
	fmt.Println(f0(), f1(), f2())
}
// Output:
// 0 1 2
