// sync.Once: f runs once however many goroutines call Do; later calls with
// other functions do nothing; a panicking f counts as done; Do returns only
// after f has returned.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type lazy struct {
	once  sync.Once
	value []int
}

func (l *lazy) get() []int {
	l.once.Do(func() {
		l.value = []int{1, 2, 3}
	})
	return l.value
}

func main() {
	var once sync.Once
	var calls int32
	var wg sync.WaitGroup
	seen := make([]int, 20)
	var shared int
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			once.Do(func() {
				atomic.AddInt32(&calls, 1)
				shared = 42 // every caller sees this once Do returns
			})
			seen[g] = shared
		}(g)
	}
	wg.Wait()
	ok := true
	for _, v := range seen {
		ok = ok && v == 42
	}
	fmt.Println(calls, ok)
	once.Do(func() { fmt.Println("never") })

	l := &lazy{}
	fmt.Println(l.get(), len(l.get()))

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("boom") })
	}()
	p.Do(func() { fmt.Println("not run: the panic counted as done") })
	fmt.Println("after")

	// Nested Once values are fine; only the same Once deadlocks.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner") })
		fmt.Println("outer")
	})
	fmt.Printf("%v\n", once)
}
// Output:
// 1 true
// [1 2 3] 3
// recovered: boom
// after
// inner
// outer
// {1 {0 0}}
