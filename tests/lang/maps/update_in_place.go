// m[k]++ and m[k] op= v (compiled to one map lookup and a store through the slot) on
// every value representation, absent keys, and a nil map.
package main

import "fmt"

func main() {
	m := map[string]int{}
	words := []string{"a", "b", "a", "c", "a"}
	for _, w := range words {
		m[w]++
	}
	d := 10
	m["b"] += d
	m["c"] -= 3
	m["z"] *= 2
	m["a"] <<= 2
	fs := map[int]float64{}
	fs[1] += 1.5
	fs[1]++
	ss := map[bool]string{}
	ss[true] += "x"
	ss[true] += "y"
	u8 := map[int]uint8{}
	u8[0]--
	fmt.Println(m, fs, ss, u8)
	var nm map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	nm["x"]++
}

// Output:
// map[a:12 b:11 c:-2 z:0] map[1:2.5] map[true:xy] map[0:255]
// recovered: assignment to entry in nil map
