// v, ok := <-ch: ok is true for a delivered value, false with the zero value
// once the channel is closed and drained; receiving from a closed channel
// never blocks.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch)

	s := make(chan string)
	go func() {
		s <- "hi"
		close(s)
	}()
	a, ok1 := <-s
	b, ok2 := <-s
	fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)

	f := make(chan float64)
	close(f)
	x, more := <-f
	fmt.Println(x, more)

	bl := make(chan bool, 1)
	bl <- true
	close(bl)
	for i := 0; i < 3; i++ {
		b, ok := <-bl
		fmt.Println(b, ok)
	}
}
// Output:
// 7 true
// 0 false
// 0
// "hi" true "" false
// 0 false
// true true
// false false
// false false
