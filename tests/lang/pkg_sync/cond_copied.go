// A Cond used and then copied panics when the copy is used.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	d := *c
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Broadcast()
}
// Output:
// recovered: sync.Cond is copied
