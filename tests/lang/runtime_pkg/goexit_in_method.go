// runtime.Goexit inside script code that a native calls: a String method
// run by fmt (whose catchPanic does not stop a Goexit, so the Println that
// called it prints nothing), and a sort.Slice less function. Either way the
// goroutine runs its deferred calls and ends.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type T struct{ name string }

func (t T) String() string {
	defer fmt.Println("String's deferred call for", t.name)
	if t.name == "quit" {
		runtime.Goexit()
	}
	return t.name
}

func main() {
	var wg sync.WaitGroup
	for _, how := range []string{"Println", "Printf", "Sprint"} {
		wg.Add(1)
		go func(how string) {
			defer wg.Done()
			defer fmt.Println(how, "goroutine's deferred call")
			switch how {
			case "Println":
				fmt.Println("values:", T{"first"}, T{"quit"}, T{"never"})
			case "Printf":
				fmt.Printf("values: %v %s\n", T{"quit"}, T{"never"})
			case "Sprint":
				s := fmt.Sprint(T{"quit"})
				fmt.Println("not reached", s)
			}
			fmt.Println("not reached")
		}(how)
		wg.Wait()
	}

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover after sort:", recover()) }()
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool {
			if s[i] == 2 || s[j] == 2 {
				runtime.Goexit()
			}
			return s[i] < s[j]
		})
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println("main goes on")
}
// Output:
// String's deferred call for first
// String's deferred call for quit
// Println goroutine's deferred call
// String's deferred call for quit
// Printf goroutine's deferred call
// String's deferred call for quit
// Sprint goroutine's deferred call
// recover after sort: <nil>
// main goes on
