// Labeled break and continue: out of nested for/range loops, out of a switch or type
// switch inside a loop, continue of an outer loop from a switch, labels on range over
// strings, maps and channels; goto forward and backward (a loop), and goto out of
// nested blocks; unused-looking labels used only by goto.
package main

import "fmt"

func findPair(nums []int, target int) (int, int) {
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			switch {
			case nums[i]+nums[j] == target:
				return i, j
			case nums[i]+nums[j] > target*10:
				continue outer
			case j > 100:
				break outer
			}
		}
	}
	return -1, -1
}

func primes(n int) []int {
	var ps []int
next:
	for c := 2; len(ps) < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func gotoLoop(n int) int {
	i, s := 0, 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return s
}

func gotoCleanup(fail int) (out string) {
	for i := 0; i < 3; i++ {
		if i == fail {
			out += fmt.Sprint("fail at ", i)
			goto done
		}
		out += fmt.Sprint(i, " ")
	}
	out += "all ok"
done:
	return out + "."
}

func main() {
	fmt.Println(findPair([]int{1, 5, 3, 7}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(10))
	fmt.Println(gotoLoop(5), gotoCleanup(1), gotoCleanup(5))

	// break out of a switch vs. out of the loop.
	n := 0
rows:
	for r := 0; r < 5; r++ {
		switch r {
		case 1:
			continue
		case 3:
			break rows
		default:
			n += 10
			break
		}
		n++
	}
	fmt.Println("n", n)

	// Type switch inside a range with a labeled continue.
	vals := []interface{}{1, "skip", 2.5, nil, 3}
	total := 0.0
scan:
	for _, v := range vals {
		switch x := v.(type) {
		case string:
			continue scan
		case nil:
			break scan
		case int:
			total += float64(x)
		case float64:
			total += x
		}
	}
	fmt.Println("total", total)

	// Labels on range over a string and a channel.
	count := 0
letters:
	for _, r := range "hello, world" {
		if r == ',' {
			break letters
		}
		count++
	}
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	got := []int{}
recv:
	for v := range ch {
		for {
			if v%3 == 0 {
				continue recv
			}
			if v > 7 {
				break recv
			}
			got = append(got, v)
			break
		}
	}
	fmt.Println(count, got)

	// Triple nesting with continue of the middle loop.
	var trace []string
a:
	for i := 0; i < 2; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 1 {
					continue b
				}
				if j == 2 {
					continue a
				}
				trace = append(trace, fmt.Sprint(i, j, k))
			}
		}
	}
	fmt.Println(trace)

	// Labeled block with break is not allowed, but a labeled for with break is a "block".
	x := 0
block:
	for {
		x++
		if x > 2 {
			break block
		}
	}
	fmt.Println("x", x)
}
// Output:
// 2 3
// -1 -1
// [2 3 5 7 11 13 17 19 23 29]
// 10 0 fail at 1. 0 1 2 all ok.
// n 22
// total 3.5
// 5 [1 2 4 5 7]
// [0 0 0 0 1 0 1 0 0 1 1 0]
// x 3
