// Closures capture variables, not values: shared between closures and the enclosing
// function, surviving the function's return; generators, recursive closures, closures
// over parameters and named results (modified by defer), over loop variables declared
// outside the loop, closures in structs and maps, and immediately invoked literals.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x // the parameter is captured and updated
		return base
	}
}

func named() (result int) {
	defer func() { result *= 10 }()
	set := func(v int) { result = v }
	set(4)
	return result + 1
}

type Handler struct {
	Name string
	Fn   func(string) string
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	reset()
	fmt.Println(get())
	inc2, get2, _ := counter()
	inc2()
	fmt.Println(get(), get2())

	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	double := func(x int) int { return x * 2 }
	plus3 := func(x int) int { return x + 3 }
	fmt.Println(compose(double, plus3)(5), compose(plus3, double)(5), compose()(5))

	acc := adder(10)
	fmt.Println(acc(1), acc(2), acc(3))
	fmt.Println(named())

	// Recursive closure via a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	var slowFib func(int) int
	slowFib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	fmt.Println(slowFib(80))

	// A variable declared outside the loop is one variable for all iterations.
	var fs []func() int
	i := 0
	for i < 3 {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// A copy per iteration captures each value.
	fs = fs[:0]
	for j := 0; j < 3; j++ {
		j := j
		fs = append(fs, func() int { return j * j })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Modifying a captured variable is visible to the enclosing function.
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add()
	add([]int{10, 20}...)
	fmt.Println(total)

	// Closures in structs and maps.
	hs := []Handler{
		{"upper", strings.ToUpper},
		{"twice", func(s string) string { return s + s }},
		{"prefix", func(s string) string { return fmt.Sprint(total, ":", s) }},
	}
	for _, h := range hs {
		fmt.Println(h.Name, h.Fn("go"))
	}
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](7, 2))
	}

	// Immediately invoked, and capturing a closure.
	x := func(a, b int) int { return a*10 + b }(4, 2)
	outer := func() func() int {
		y := x
		return func() int { y++; return y }
	}()
	fmt.Println(x, outer(), outer(), x)

	// Sorting with a closure that captures a counter.
	calls := 0
	data := []int{5, 2, 8, 1, 9, 3}
	sort.Slice(data, func(a, b int) bool { calls++; return data[a] < data[b] })
	fmt.Println(data, calls > 0)

	// Function values compare only to nil.
	var nf func()
	fmt.Println(nf == nil, fact != nil)
	fmt.Printf("%T\n", compose)
}
// Output:
// 2 3 3
// 0
// 0 1
// 0 1 1 2 3 5 8 13 21 34 
// 16 13 5
// 11 13 16
// 50
// 3628800
// 23416728348467685
// 3 3 3 
// 0 1 4 
// 36
// upper GO
// twice gogo
// prefix 36:go
// + 9
// / 3.5
// 42 43 44 42
// [1 2 3 5 8 9] true
// true true
// func(...func(int) int) func(int) int
