// go1.22
// range over an integer (Go 1.22) in detail: the variable has n's type (int for an untyped
// constant), n is evaluated once, assigning to the variable in the body does not change
// the iteration, each iteration has its own variable, break/continue/labels work, and
// n <= 0 runs nothing. Go 1.19 (the oracle) cannot compile it; the expected output comes
// from the equivalent three-clause loops with per-iteration copies.
package main

import "fmt"

type Small uint8

var calls int

func limit() int {
	calls++
	return 4
}

func main() {
	for i := range limit() {
		fmt.Print(i, " ")
	}
	fmt.Println("calls:", calls)

	var s Small = 3
	for i := range s {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range int64(2) {
		fmt.Printf("%T ", i)
	}
	const c = 3
	for i := range c {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 255
	n := 0
	for range u8 {
		n++
	}
	fmt.Println("uint8 255 iterations:", n)

	// Assigning to i only changes this iteration's copy.
	for i := range 5 {
		fmt.Print(i, ">")
		i += 10
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Per-iteration variables.
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Labels, break and continue.
	count := 0
outer:
	for i := range 10 {
		for j := range i {
			if j == 3 {
				continue outer
			}
			if i == 8 {
				break outer
			}
			count++
		}
	}
	fmt.Println("count", count)

	var neg int = -5
	for i := range neg {
		fmt.Println("never", i)
	}
	for range 0 {
		fmt.Println("never")
	}
	// Assigning to an existing variable with =.
	var last int
	for last = range 7 {
	}
	fmt.Println("last", last)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println("sum", sum)
}
// Output:
// 0 1 2 3 calls: 1
// main.Small=0 main.Small=1 main.Small=2 
// int64 int64 int0 int1 int2 
// uint8 255 iterations: 255
// 0>10 1>11 2>12 3>13 4>14 
// 0 100 200 
// count 18
// last 6
// sum 5050
