// A goroutine waiting on a Cond that nobody signals: the deadlock report
// says [sync.Cond.Wait].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal")
	c.Wait()
}
// Output:
// waiting for a signal
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Cond.Wait]:
// sync.runtime_notifyListWait(...)
// sync.(*Cond).Wait(...)
// main.main()
