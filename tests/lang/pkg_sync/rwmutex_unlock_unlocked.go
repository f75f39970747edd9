// Unlock of an RWMutex not locked for writing is a fatal error, also from a
// goroutine other than main.
package main

import (
	"fmt"
	"sync"
)

func writer(rw *sync.RWMutex, done chan bool) {
	rw.Lock()
	rw.Unlock()
	fmt.Println("unlocking again")
	rw.Unlock()
	done <- true
}

func main() {
	var rw sync.RWMutex
	done := make(chan bool)
	go writer(&rw, done)
	<-done
}
// Output:
// unlocking again
// Exit: 2
// Stderr:
// fatal error: sync: Unlock of unlocked RWMutex
//
// goroutine 6 [running]:
// main.writer(...)
