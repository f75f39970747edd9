// In a tuple assignment an index on the left is checked when its element is
// stored (the second phase, left to right), so z = 7 happens before e[5] panics.
package main

import "fmt"

var z int

func main() {
	defer func() { fmt.Println("recovered:", recover(), "z =", z) }()
	e := []int{1}
	z, e[5] = 7, 1
}
// Output:
// recovered: runtime error: index out of range [5] with length 1 z = 7
