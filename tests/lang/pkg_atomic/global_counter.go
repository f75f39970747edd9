// The commonest use of the package functions: a package-level counter
// updated through its address (&ops).
package main

import (
	"fmt"
	"sync/atomic"
)

var ops uint64

func main() {
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for i := 0; i < 1000; i++ {
				atomic.AddUint64(&ops, 1)
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	fmt.Println("ops:", atomic.LoadUint64(&ops))
}
// Output:
// ops: 4000
