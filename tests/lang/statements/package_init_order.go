// Package-level variables initialize in dependency order (through functions, methods,
// closures and multi-value declarations), independent variables in declaration order;
// then every init function in source order, then main. A variable referenced only inside
// a function body that an initializer calls is a dependency too.
package main

import "fmt"

var log []string

func note(s string) int {
	log = append(log, s)
	return len(log)
}

var (
	total  = sum() + offset // depends on items (via sum) and offset
	items  = []int{base, base * 2, base * 3}
	offset = note("offset")
	base   = note("base") * 10
)

func sum() int {
	note("sum")
	t := 0
	for _, v := range items {
		t += v
	}
	return t
}

type Config struct{ Name string }

func (c Config) Greeting() string { return "hello " + c.Name + suffix }

var greeting = cfg.Greeting() // depends on cfg and suffix through the method
var cfg = Config{Name: name}
var name = fmt.Sprint("gopher", note("name"))
var suffix = "!"

var q, r = divmod(17, limit) // a multi-value declaration
var limit = note("limit") + 4

func divmod(x, y int) (int, int) {
	note("divmod")
	return x / y, x % y
}

var counter = func() func() int {
	n := start
	return func() int { n++; return n }
}()
var start = 100
var firstCount = counter()

var independentA = note("A")
var independentB = note("B")

func init() {
	note("init1")
	fmt.Println("init 1 sees total", total, "greeting", greeting)
}

func init() {
	note("init2")
	start = -1 // too late to matter for counter
	fmt.Println("init 2 sees q r", q, r, "firstCount", firstCount)
}

func main() {
	fmt.Println(log)
	fmt.Println(total, items, offset, base)
	fmt.Println(greeting, cfg, name)
	fmt.Println(q, r, limit, counter(), independentA, independentB)
}
// Output:
// init 1 sees total 121 greeting hello gopher4!
// init 2 sees q r 1 8 firstCount 101
// [offset base sum name limit divmod A B init1 init2]
// 121 [20 40 60] 1 20
// hello gopher4! {gopher4} gopher4
// 1 8 9 102 7 8
