// Every form of select case: receive with :=, with comma-ok, discarded,
// into existing variables and other assignable places (map element, slice
// element, field, pointer), send, default, nil channels, and closed
// channels seen by a select.
package main

import "fmt"

type box struct{ n int }

func main() {
	c := make(chan int, 4)
	c <- 1
	select {
	case v := <-c:
		fmt.Println("received", v)
	}

	c <- 2
	select {
	case v, ok := <-c:
		fmt.Println("comma-ok", v, ok)
	default:
		fmt.Println("not reached")
	}

	c <- 3
	select {
	case <-c:
		fmt.Println("discarded")
	default:
	}

	var x int
	var ok bool
	c <- 4
	select {
	case x, ok = <-c:
	default:
	}
	fmt.Println("existing", x, ok)

	m := map[string]int{}
	s := make([]int, 2)
	b := &box{}
	p := new(int)
	for i := 5; i < 9; i++ {
		c <- i
	}
	select {
	case m["k"] = <-c:
	case <-make(chan int): // never ready
	}
	select {
	case s[1] = <-c:
	default:
	}
	select {
	case b.n = <-c:
	default:
	}
	select {
	case *p = <-c:
	default:
	}
	fmt.Println("places", m["k"], s, b.n, *p)

	select {
	case c <- 10:
		fmt.Println("sent", <-c)
	default:
		fmt.Println("full?")
	}

	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("not reached")
	default:
		fmt.Println("default: channel full")
	}

	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("not reached", v)
	case nilc <- 1:
		fmt.Println("not reached")
	default:
		fmt.Println("default: nil channels are never ready")
	}

	select {
	default:
		fmt.Println("lone default")
	}

	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed:", ok)
	}
	select {
	case v, ok := <-nilc:
		fmt.Println("not reached", v, ok)
	case v, ok := <-done:
		fmt.Println("closed in a select:", v, ok)
	}
	var iface interface{} = "old"
	strs := make(chan string, 1)
	strs <- "boxed"
	select {
	case iface = <-strs:
	case <-nilc:
	}
	fmt.Println(iface)
}
// Output:
// received 1
// comma-ok 2 true
// discarded
// existing 4 true
// places 5 [0 6] 7 8
// sent 10
// default: channel full
// default: nil channels are never ready
// lone default
// closed: false
// closed in a select: {} false
// boxed
