// Struct and interface keys; map values are not addressable so struct values are replaced whole;
// maps are references.
package main

import "fmt"

type key struct {
	x, y int
}

type rec struct {
	name  string
	count int
}

func bump(m map[string]int) { m["n"]++ }

func main() {
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], grid)
	recs := map[string]rec{"a": {"alpha", 1}}
	r := recs["a"]
	r.count++
	recs["a"] = r
	fmt.Println(recs)
	ptrs := map[string]*rec{"b": {"beta", 1}}
	ptrs["b"].count += 10
	fmt.Println(*ptrs["b"])
	m := map[string]int{}
	bump(m)
	bump(m)
	fmt.Println(m)
	im := map[interface{}]int{1: 1, "1": 2, 1.5: 3, true: 4}
	fmt.Println(im[1], im["1"], im[1.5], im[true], im[int8(1)], len(im))
}
// Output:
// p map[{0 0}:origin {1 2}:p]
// map[a:{alpha 2}]
// {beta 11}
// map[n:2]
// 1 2 3 4 0 4
