package main

import (
	"fmt"
	"runtime"
	"time"
)

// Timers and the collector: a pending timer keeps its channel and its
// function alive even when the program dropped every reference to them;
// stopped timers (and their channels) are garbage.
type filler struct {
	a, b, c, d, e, f *int
	g                int
}

func main() {
	done := make(chan string, 1)
	done2 := make(chan string, 1)
	time.AfterFunc(30*time.Millisecond, func() { done <- "afterfunc survived a collection" })
	func() {
		c := time.After(20 * time.Millisecond)
		go func() { done2 <- fmt.Sprint("after channel survived: ", (<-c).IsZero() == false) }()
	}()
	runtime.GC()
	// Reuse whatever the collection freed, with objects of about a
	// timer's and a closure's size.
	x := 7
	var keep []*filler
	for i := 0; i < 100000; i++ {
		keep = append(keep, &filler{&x, &x, &x, &x, &x, &x, -1}, &filler{g: -2})
	}
	runtime.GC()
	fmt.Println(len(keep), <-done)
	fmt.Println(<-done2)

	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 200000; i++ {
		t := time.NewTimer(time.Hour)
		t.Stop()
		tk := time.NewTicker(time.Hour)
		tk.Stop()
		time.AfterFunc(time.Hour, func() {}).Stop()
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	fmt.Println("stopped timers freed:", grown < 4<<20)
}

// Output:
// 200000 afterfunc survived a collection
// after channel survived: true
// stopped timers freed: true
