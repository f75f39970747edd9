// close ends a for-range over a channel after the buffered values are
// drained; a range over an unbuffered channel ends when the sender closes.
package main

import "fmt"

func gen(n int) chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range gen(10) {
		total += v
	}
	fmt.Println("sum:", total)

	buf := make(chan string, 4)
	buf <- "a"
	buf <- "b"
	buf <- "c"
	close(buf)
	for s := range buf {
		fmt.Println(s)
	}

	empty := make(chan int)
	close(empty)
	n := 0
	for range empty {
		n++
	}
	fmt.Println("empty:", n)
}
// Output:
// sum: 45
// a
// b
// c
// empty: 0
