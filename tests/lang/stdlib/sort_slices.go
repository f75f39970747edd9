package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

var seed uint64 = 42

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

func main() {
	a := []int{5, 2, 8, -1, 0, 2, 9, -7, 3}
	fmt.Println(sort.IntsAreSorted(a))
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a))
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.SearchInts(empty, 3))
	for _, x := range []int{-10, -7, 0, 2, 4, 9, 10} {
		fmt.Print(sort.SearchInts(a, x), " ")
	}
	fmt.Println()

	s := []string{"pear", "apple", "", "Banana", "apple", "äpfel", "app", "z"}
	sort.Strings(s)
	fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
	for _, x := range []string{"", "a", "apple", "b", "zz"} {
		fmt.Print(sort.SearchStrings(s, x), " ")
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox jumps over the lazy dog and then the fox sleeps")
	sort.Strings(words)
	fmt.Println(words)

	nz := math.Copysign(0, -1)
	nan := math.NaN()
	f := []float64{3.5, nan, -1, math.Inf(1), 0, nz, math.Inf(-1), nan, 2, nz, 0}
	fmt.Println(sort.Float64sAreSorted(f))
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	for _, x := range []float64{nan, math.Inf(-1), -1, 0, 2.5, math.Inf(1)} {
		fmt.Print(sort.SearchFloat64s(f[2:], x), " ")
	}
	fmt.Println()
	fmt.Println(sort.Float64sAreSorted([]float64{nan, 1, nan}))

	// Signed zeros mixed through larger inputs: their final order is
	// Go's algorithm's.
	z := make([]float64, 200)
	for i := range z {
		switch rnd(4) {
		case 0:
			z[i] = nz
		case 1:
			z[i] = 0
		case 2:
			z[i] = float64(rnd(5) - 2)
		default:
			z[i] = nan
		}
	}
	sort.Float64s(z)
	fmt.Println(z)

	// Larger inputs: random, sorted, reversed, organ pipe, many duplicates.
	n := 100000
	r := make([]int, n)
	for i := range r {
		r[i] = rnd(1000000) - 500000
	}
	sort.Ints(r)
	sum := 0
	for i, v := range r {
		sum += v * (i%7 + 1)
	}
	fmt.Println(sort.IntsAreSorted(r), r[0], r[n/2], r[n-1], sum)
	rev := make([]int, n)
	for i := range rev {
		rev[i] = n - i
	}
	sort.Ints(rev)
	fmt.Println(sort.IntsAreSorted(rev), rev[0], rev[n-1])
	pipe := make([]int, n)
	for i := range pipe {
		if i < n/2 {
			pipe[i] = i
		} else {
			pipe[i] = n - i
		}
	}
	sort.Ints(pipe)
	fmt.Println(sort.IntsAreSorted(pipe), pipe[0], pipe[n-1], sort.SearchInts(pipe, 777))
	dup := make([]string, 5000)
	for i := range dup {
		dup[i] = strings.Repeat("x", rnd(5))
	}
	sort.Strings(dup)
	fmt.Println(sort.StringsAreSorted(dup), sort.SearchStrings(dup, "xx"), sort.SearchStrings(dup, "xxxxx"))
	ff := make([]float64, 3000)
	for i := range ff {
		ff[i] = float64(rnd(100)) / 4
		if i%97 == 0 {
			ff[i] = nan
		}
		if i%89 == 0 {
			ff[i] = nz
		}
	}
	sort.Float64s(ff)
	fmt.Println(sort.Float64sAreSorted(ff), ff[:40], ff[2990:])

	// Sorting sorts the shared backing array.
	base := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(base[1:4])
	fmt.Println(base)
}

// Output:
// false
// [-7 -1 0 2 2 3 5 8 9] true
// [] true 0
// 0 0 2 3 6 8 9 
// ["" "Banana" "app" "apple" "apple" "pear" "z" "äpfel"] true
// 0 2 3 5 7 
// [and brown dog fox fox jumps lazy over quick sleeps the the the then]
// false
// [NaN NaN -Inf -1 0 -0 -0 0 2 3.5 +Inf] true
// 9 0 1 2 7 8 
// false
// [NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -2 -2 -2 -2 -2 -2 -2 -2 -2 -1 -1 -1 -1 -1 -1 -1 0 0 0 -0 -0 -0 -0 -0 0 -0 -0 0 0 0 -0 -0 -0 -0 -0 0 -0 0 0 0 -0 -0 -0 -0 -0 0 0 -0 0 0 -0 -0 -0 0 0 -0 0 0 0 -0 0 -0 0 0 0 0 0 -0 -0 0 0 0 0 0 0 -0 0 0 -0 0 0 0 -0 -0 0 0 0 -0 -0 -0 -0 0 -0 0 -0 -0 -0 0 0 0 0 0 0 -0 -0 0 0 0 -0 0 -0 0 -0 -0 -0 -0 0 0 0 -0 -0 0 -0 -0 -0 -0 0 -0 0 -0 0 -0 -0 0 0 0 -0 -0 0 -0 1 1 1 1 1 1 1 1 1 1 1 2 2 2 2 2 2 2 2 2 2]
// true -499975 -393 499999 199594659
// true 1 100000
// true 0 50000 1553
// true 1989 5000
// true [NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -0 -0 -0 0 0 0 -0 -0 -0 0] [24.75 24.75 24.75 24.75 24.75 24.75 24.75 24.75 24.75 24.75]
// [9 6 7 8 5 4]
