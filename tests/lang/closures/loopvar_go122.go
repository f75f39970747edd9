// go1.22
// Since Go 1.22 each iteration of a for-range and a three-clause loop has its own variables,
// so closures collected in a loop see distinct values. Go 1.19 (the oracle) shares one
// variable and would print 3 3 3 / c c c; the expected output was generated from the
// equivalent program that copies the variables (i := i) explicitly.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(" ", g())
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	// The per-iteration copy is made before the post statement: the increment in
	// the body affects only that iteration's variable and the next one starts from it.
	defer fmt.Println()
	for i := 0; i < 6; i++ {
		defer func() { fmt.Print(" ", i) }()
		i++
	}
}
// Output:
//  0 1 2
//  a b c
// 0 1 2
//  5 3 1
