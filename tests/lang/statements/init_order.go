// Package-level variables are initialized in dependency order, not declaration order;
// init functions then run in source order, all before main.
package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(values...)

var values = []int{d, d * 2}

func f(name string) int {
	fmt.Println("init var", name)
	return d + len(name)
}

func sum(v ...int) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}

func init() {
	fmt.Println("init 1: a =", a)
}

func init() {
	fmt.Println("init 2: total =", total)
	d = 100
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
// Output:
// init var b
// init var c
// init 1: a = 8
// init 2: total = 9
// main 8 4 4 100 9
