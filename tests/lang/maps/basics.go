// Maps: literals, make, comma-ok, missing keys give the zero value, delete, len,
// nil map reads, printing with sorted keys.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok, m["zzz"])
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm), nm == nil, nm)
	delete(nm, "x")
	_, ok = nm["x"]
	fmt.Println(ok)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	mm := map[int][]string{}
	mm[1] = append(mm[1], "a")
	mm[1] = append(mm[1], "b")
	fmt.Println(mm, len(mm[2]))
}
// Output:
// 2 true
// 0 false 0
// 2 map[three:3 two:2]
// false 0 true map[]
// false
// map[105:4 109:1 112:2 115:4]
// map[1:[a b]] 0
