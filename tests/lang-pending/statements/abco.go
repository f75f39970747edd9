// Pending: in a tuple assignment gc checks an index on the left when it stores to it
// (phase two, left to right), so z = 7 happens before e[5] panics. csp computes the
// element addresses, bounds checks included, before any assignment (its Place::Ptr), so
// it prints z = 0. Needs a place kind for slice/array elements whose check happens at
// the store.
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
