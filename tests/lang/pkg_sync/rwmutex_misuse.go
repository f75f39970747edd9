// RUnlock of an RWMutex not locked for reading is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read unlock again")
	go func() {}()
	rw.RUnlock()
}
// Output:
// read unlock again
// Exit: 2
// Stderr:
// fatal error: sync: RUnlock of unlocked RWMutex
//
// goroutine 1 [running]:
// main.main()
