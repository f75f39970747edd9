// sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete and Range,
// keys of several dynamic types, values stored through every path (the
// read-only snapshot, the dirty map, promotion after misses), Range while
// storing, and concurrent use.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type point struct{ x, y int }

func dump(m *sync.Map) string {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	return fmt.Sprint(keys)
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("missing"))
	m.Store("a", 1)
	m.Store(2, "two")
	m.Store(point{1, 2}, []int{3})
	fmt.Println(m.Load("a"))
	fmt.Println(m.Load(2))
	fmt.Println(m.Load(point{1, 2}))
	fmt.Println(m.Load(point{2, 1}))
	fmt.Println(dump(&m))

	// Promote the dirty map: loads of present keys after Range hit the snapshot.
	for i := 0; i < 10; i++ {
		m.Load("a")
	}
	m.Store("a", 10) // an update in place
	fmt.Println(m.LoadOrStore("a", 99))
	fmt.Println(m.LoadOrStore("b", 20))
	fmt.Println(m.LoadOrStore("b", 21))
	fmt.Println(m.LoadAndDelete("a"))
	fmt.Println(m.LoadAndDelete("a"))
	m.Delete(2)
	m.Delete("never there")
	fmt.Println(dump(&m))

	// A deleted key comes back (an expunged entry restored into dirty).
	m.Range(func(k, v any) bool { return true })
	m.Store("x", 1)
	m.Store("a", "back")
	fmt.Println(m.Load("a"))
	fmt.Println(dump(&m))

	// Range stops when f returns false; f may store into the map.
	n := 0
	m.Range(func(k, v any) bool {
		n++
		m.Store(fmt.Sprint("new", n), n)
		return n < 2
	})
	fmt.Println("visited", n)

	// Unhashable keys panic as map keys do.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()

	// Concurrent writers on disjoint keys, readers on all.
	var c sync.Map
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				c.Store(w*1000+i, i)
			}
		}(w)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				c.Load(i)
				c.LoadOrStore(-1, "shared")
			}
		}()
	}
	wg.Wait()
	count, sum := 0, 0
	c.Range(func(k, v any) bool {
		count++
		if i, ok := v.(int); ok {
			sum += i
		}
		return true
	})
	fmt.Println(count, sum)
	v, _ := c.Load(-1)
	fmt.Println(v)
}
// Output:
// <nil> false
// 1 true
// two true
// [3] true
// <nil> false
// [2=two a=1 {1 2}=[3]]
// 10 true
// 20 false
// 20 true
// 10 true
// <nil> false
// [b=20 {1 2}=[3]]
// back true
// [a=back b=20 x=1 {1 2}=[3]]
// visited 2
// recovered: runtime error: hash of unhashable type []int
// 1001 124500
// shared
