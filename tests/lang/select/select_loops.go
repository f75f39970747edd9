// select inside for: a plain break leaves only the select, break and
// continue with a label reach the loop, a labeled select can be left by
// name, and goto jumps out of a clause.
package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)

	n := 0
	for n < 3 {
		select {
		case v := <-c:
			if v%2 == 0 {
				break // leaves the select only
			}
			fmt.Println("odd", v)
		}
		n++
	}
	fmt.Println("n", n)

	total := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v == 5 {
				continue loop
			}
			total += v
		}
	}
	fmt.Println("total", total)

	d := make(chan string, 1)
	d <- "x"
sel:
	select {
	case s := <-d:
		if s == "x" {
			break sel
		}
		fmt.Println("not reached")
	}
	fmt.Println("after labeled select")

	e := make(chan int, 1)
	k := 0
again:
	e <- k
	select {
	case v := <-e:
		if v < 3 {
			k++
			goto again
		}
	default:
	}
	fmt.Println("k", k)

	// A select that ends a function: it is a terminating statement.
	fmt.Println(first(make(chan int), make(chan int, 1)))
}

func first(a, b chan int) int {
	b <- 42
	select {
	case v := <-b:
		return v
	case <-a:
		return -1
	}
}
// Output:
// odd 1
// n 3
// total 37
// after labeled select
// k 3
// 42
