// A nil slice and an empty slice both have length 0 and print as []; only the nil one
// compares equal to nil. Appending to nil works.
package main

import "fmt"

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil)
	fmt.Println(len(n), cap(n), len(e), n, e)
	fmt.Printf("%v %v %#v %#v\n", n, e, n, e)
	for range n {
		fmt.Println("never")
	}
	n = append(n, 1)
	fmt.Println(n, n == nil)
	var ns []string
	fmt.Println(ns[:0] == nil, len(ns[0:]))
	fmt.Printf("%q %d\n", ns, len(ns))
}
// Output:
// true false false
// 0 0 0 [] []
// [] [] []int(nil) []int{}
// [1] false
// true 0
// [] 0
