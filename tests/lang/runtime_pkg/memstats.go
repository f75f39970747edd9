// runtime.GC and runtime.ReadMemStats: what is deterministic about them.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	left, right *Node
	val         int
	name        string
}

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1, name: "leaf"}
	}
	return &Node{build(d - 1), build(d - 1), d, ""}
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	gcs, forced, base, total := m.NumGC, m.NumForcedGC, m.HeapAlloc, m.TotalAlloc
	fmt.Println("enabled:", m.EnableGC)

	t := build(15) // 65535 nodes, at least 2 MiB
	runtime.ReadMemStats(&m)
	fmt.Println("heap grew:", m.HeapAlloc > base+2<<20)
	fmt.Println("total grew:", m.TotalAlloc > total+2<<20)

	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC increased:", m.NumGC > gcs, m.NumForcedGC == forced+1)
	fmt.Println("tree survives:", m.HeapAlloc > base+2<<20, t.count())

	t = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("heap dropped:", m.HeapAlloc < base+1<<20)
	fmt.Println("objects:", m.HeapObjects == m.Mallocs-m.Frees, m.Frees > 65535)
	fmt.Println("latest pause recorded:", m.PauseNs[(m.NumGC+255)%256] > 0, m.PauseEnd[(m.NumGC+255)%256] > 0)
	fmt.Println("pause total:", m.PauseTotalNs >= m.PauseNs[(m.NumGC+255)%256])
	fmt.Println("last GC:", m.LastGC == m.PauseEnd[(m.NumGC+255)%256])
	fmt.Println("sizes:", m.Alloc == m.HeapAlloc, m.Sys >= m.HeapSys, m.HeapSys >= m.HeapInuse,
		m.HeapInuse >= m.HeapAlloc, m.HeapIdle >= m.HeapReleased, m.NextGC > 0)
}
// Output:
// enabled: true
// heap grew: true
// total grew: true
// NumGC increased: true true
// tree survives: true 65535
// heap dropped: true
// objects: true true
// latest pause recorded: true true
// pause total: true
// last GC: true
// sizes: true true true true true true
