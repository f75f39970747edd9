// alloc_loop: the long-running allocation test of issue 3. A ring of 40,960 byte buffers
// (512..2048 bytes, about 52 MB live) is overwritten continuously: 8,000,000 allocations,
// about 10 GB in total. A collector that returns memory keeps peak RSS near the live size
// (issue 3 asks for < 200 MB). Prints a checksum of the buffers it drops.
package main

import "fmt"

func main() {
	const slots = 40960
	const allocs = 8000000
	ring := make([][]byte, slots)
	var total, sum uint64
	for i := 0; i < allocs; i++ {
		size := (i%4 + 1) * 512
		c := byte(i*7 + i>>10)
		b := make([]byte, size)
		b[0] = c
		b[size-1] = c
		total += uint64(size)
		k := i % slots
		if old := ring[k]; old != nil {
			sum += uint64(old[0]) + uint64(old[len(old)-1]) + uint64(len(old))
		}
		ring[k] = b
	}
	fmt.Println(total>>20, "MiB allocated, checksum", sum)
}
