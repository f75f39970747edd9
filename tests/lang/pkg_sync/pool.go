// sync.Pool: what Put stores Get returns (most recent first on one
// goroutine), New fills in when the pool is empty, Put(nil) is ignored,
// and garbage collections age the contents: one collection moves them to
// the victim cache (Get still finds them), a second drops them.
//
// Each worker has its own shard, as each P has in Go, and Get does not
// look in another shard's private slot: a goroutine moved to another
// worker between Put and Get would not find what it put (in Go neither;
// stress mode moves goroutines often). So the checks on one goroutine run
// with one worker; the runtime.Gosched after lowering GOMAXPROCS ends
// main's time slice, and with it any stay on a worker that is stopping.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buffer struct{ data []byte }

func main() {
	procs := runtime.GOMAXPROCS(1)
	runtime.Gosched()
	var p sync.Pool
	first := p.Get()
	p.Put("a")
	p.Put("b")
	p.Put(nil)
	x, y, z := p.Get(), p.Get(), p.Get()
	fmt.Println(first, x, y, z)

	made := 0
	bufs := sync.Pool{New: func() any {
		made++
		return &buffer{data: make([]byte, 0, 64)}
	}}
	b := bufs.Get().(*buffer)
	b.data = append(b.data, "hello"...)
	bufs.Put(b)
	b2 := bufs.Get().(*buffer)
	fmt.Println(b2 == b, string(b2.data), made)
	b2.data = b2.data[:0]

	// One collection: still there (from the victim cache).
	extra := &buffer{}
	bufs.Put(b2)
	bufs.Put(extra)
	runtime.GC()
	b3 := bufs.Get().(*buffer)
	fmt.Println(b3 == b || b3 == extra, made)

	// Two collections: gone, New makes another.
	bufs.Put(b3)
	runtime.GC()
	runtime.GC()
	b4 := bufs.Get().(*buffer)
	fmt.Println(b4 == b || b4 == extra, made)

	// Many goroutines share a pool; every object Get returns was Put or New.
	runtime.GOMAXPROCS(procs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	valid := true
	ints := sync.Pool{New: func() any { return new(int) }}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				x := ints.Get().(*int)
				if *x != 0 {
					mu.Lock()
					valid = false
					mu.Unlock()
				}
				*x = g + 1
				*x = 0
				ints.Put(x)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(valid)
}
// Output:
// <nil> a b <nil>
// true hello 1
// true 1
// false 2
// true
