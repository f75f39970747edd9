// Blocking in sync from script code that a native runs (a String method
// fmt calls, sort.Slice's less function): the goroutine parks on its fiber
// and the native goes on when it is woken.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type T struct {
	mu sync.Mutex
	n  int
}

func (t *T) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return fmt.Sprint("T", t.n)
}

func main() {
	t := &T{n: 5}
	t.mu.Lock()
	go func() {
		time.Sleep(20 * time.Millisecond)
		t.n = 6
		t.mu.Unlock()
	}()
	fmt.Println(t) // String blocks in Lock inside fmt
	var wg sync.WaitGroup
	var mu sync.Mutex
	xs := []int{5, 2, 8, 1, 9, 3}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ys := append([]int(nil), xs...)
			sort.Slice(ys, func(a, b int) bool {
				mu.Lock()
				defer mu.Unlock()
				return ys[a] < ys[b]
			})
			mu.Lock()
			fmt.Println(ys)
			mu.Unlock()
		}()
	}
	wg.Wait()
	var c = sync.NewCond(&mu)
	done := false
	go func() { mu.Lock(); done = true; c.Broadcast(); mu.Unlock() }()
	ws := []int{3, 1, 2}
	sort.Slice(ws, func(a, b int) bool {
		mu.Lock()
		for !done {
			c.Wait()
		}
		mu.Unlock()
		return ws[a] < ws[b]
	})
	fmt.Println(ws)
}
// Output:
// T6
// [1 2 3 5 8 9]
// [1 2 3 5 8 9]
// [1 2 3 5 8 9]
// [1 2 3 5 8 9]
// [1 2 3]
