// go1.22
// Go 1.22 per-iteration loop variables in detail: each iteration's variable starts as a
// copy of the previous iteration's variable at the end of its body, then the post
// statement runs on the new copy; closures and pointers keep their own iteration's copy,
// even when they modify it; range loops (over slices, maps, strings, ints, channels)
// declare fresh key and value variables each time. Go 1.19 (the oracle) shares one
// variable; the output was generated from the equivalent program with explicit copies.
package main

import "fmt"

func main() {
	var incs []func()
	var gets []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		gets = append(gets, func() int { return i })
		if i == 1 {
			incs[1]() // this iteration's i becomes 11; the next copy starts at 11, then ++
		}
	}
	for _, f := range incs {
		f()
	}
	for _, g := range gets {
		fmt.Print(g(), " ")
	}
	fmt.Println(len(gets))

	// Pointers to the loop variable are distinct per iteration.
	ptrs := map[int]*int{}
	for i := 0; i < 4; i++ {
		ptrs[i] = &i
		if i%2 == 0 {
			continue // the copy for the next iteration still happens
		}
		*ptrs[i] *= 1 // no change
	}
	for k := 0; k < 4; k++ {
		*ptrs[k] += 100
		fmt.Print(*ptrs[k], " ")
	}
	fmt.Println()

	// Range: fresh key and value each iteration.
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for k, r := range "hé" {
		fs = append(fs, func() string { return fmt.Sprint(k, string(r)) })
	}
	for n := range 2 {
		fs = append(fs, func() string { return fmt.Sprint("n", n) })
	}
	m := map[string]int{"only": 1}
	for k, v := range m {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	close(ch)
	for v := range ch {
		fs = append(fs, func() string { return fmt.Sprint("ch", v) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Goroutines started in a loop see their own iteration's value.
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	for k := 0; k < 5; k++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)

	// Deferred closures in a loop (LIFO) each with its own copy.
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()

	// Nested loops: both variables are per iteration.
	var pairs []func() [2]int
	for i := 0; i < 2; i++ {
		for j := i; j < 2; j++ {
			pairs = append(pairs, func() [2]int { return [2]int{i, j} })
		}
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
// Output:
// 10 21 2
// 100 101 102 103 
// 0a 1b 2c 0h 1é n0 n1 only1 ch7 ch8 
// sum of squares: 30
// d2 d1 d0 
// [0 0] [0 1] [1 1] 
