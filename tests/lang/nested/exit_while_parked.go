// The program ends while other goroutines are parked inside natives (their
// fibers are unwound, nothing more is printed), and os.Exit is called from
// a String method while another goroutine sorts.
package main

import (
	"fmt"
	"os"
	"sort"
)

type Stuck struct{ ch chan int }

func (s Stuck) String() string { return fmt.Sprint(<-s.ch) }

type Exit struct{}

func (Exit) String() string {
	os.Exit(3)
	return "unreachable"
}

func main() {
	block := make(chan int)
	started := make(chan bool)
	for k := 0; k < 10; k++ {
		go func() {
			xs := []int{2, 1}
			sort.Slice(xs, func(i, j int) bool {
				started <- true
				<-block
				return xs[i] < xs[j]
			})
			fmt.Println("never printed")
		}()
		go func() { fmt.Println("never printed", Stuck{block}) }()
	}
	for k := 0; k < 10; k++ {
		<-started
	}
	fmt.Println("all parked")
	fmt.Println(Exit{})
	fmt.Println("not reached")
}
// Output:
// all parked
// Exit: 3
