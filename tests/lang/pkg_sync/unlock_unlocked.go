// Unlocking an unlocked Mutex is a fatal error, not a panic: deferred calls
// do not run and recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("not reached:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
// Output:
// unlocking again
// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// main.main()
