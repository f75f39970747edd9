// go1.22
// range over an integer (Go 1.22): i runs from 0 to n-1; n is evaluated once; no iteration
// for n <= 0. Go 1.19 (the oracle) cannot compile it; output generated from an equivalent loop.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(" ", i)
	}
	fmt.Println()
	n := 4
	for i := range n {
		n = 0
		fmt.Print(" ", i)
	}
	fmt.Println()
	for range -2 {
		fmt.Println("never")
	}
	var k int8
	for k = range int8(3) {
	}
	fmt.Println(k)
	cnt := 0
	for range 10 {
		cnt++
	}
	fmt.Println(cnt)
}
// Output:
//  0 1 2
//  0 1 2 3
// 2
// 10
