// runtime/debug: SetGCPercent switches automatic collection off and on;
// FreeOSMemory collects.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []int

func churn() {
	for i := 0; i < 3000; i++ {
		sink = make([]int, 1000) // 8 KB each, 24 MB in all
	}
}

func main() {
	var m runtime.MemStats
	old := debug.SetGCPercent(-1)
	fmt.Println("default GOGC:", old)
	runtime.ReadMemStats(&m)
	n := m.NumGC
	churn()
	runtime.ReadMemStats(&m)
	fmt.Println("collections while off:", m.NumGC-n)
	fmt.Println("previous:", debug.SetGCPercent(100))
	churn()
	runtime.ReadMemStats(&m)
	fmt.Println("collections back on:", m.NumGC-n > 0)
	n = m.NumGC
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("FreeOSMemory collected:", m.NumGC > n, m.HeapAlloc < 4<<20, m.HeapReleased > 1<<20)
}
// Output:
// default GOGC: 100
// collections while off: 0
// previous: -1
// collections back on: true
// FreeOSMemory collected: true true true
