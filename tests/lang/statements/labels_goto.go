// Labeled break and continue out of nested loops, break out of a switch and a select
// inside a loop, and goto forward and backward.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
loop:
	for {
		switch {
		case n > 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n", n)
	i := 0
back:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto back
	}
	goto done
done:
	fmt.Println("done")
	ch := make(chan int, 1)
sel:
	for k := 0; ; k++ {
		ch <- k
		select {
		case v := <-ch:
			if v == 2 {
				break sel
			}
		}
	}
	fmt.Println("after select loop")
}
// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// n 4
// goto 0
// goto 1
// goto 2
// done
// after select loop
