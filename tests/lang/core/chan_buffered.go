// Buffered channels: sends complete without a receiver until the buffer is
// full; values come out in FIFO order; len and cap report the buffer.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 10
	ch <- 20
	fmt.Println(len(ch), cap(ch))
	ch <- 30
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 40
	for len(ch) > 0 {
		fmt.Println(<-ch, len(ch))
	}

	words := make(chan string, 2)
	go func() {
		w := "a"
		for i := 0; i < 4; i++ {
			words <- w
			w += "b"
		}
		close(words)
	}()
	s := ""
	for w := range words {
		s += w + " "
	}
	fmt.Println(s)
}
// Output:
// 0 3
// 2 3
// 3 3
// 10
// 20 2
// 30 1
// 40 0
// a ab abb abbb 
