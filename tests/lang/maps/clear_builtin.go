// go1.22
// clear (Go 1.21) deletes all map entries and zeroes slice elements; min and max builtins.
// Go 1.19, the oracle here, has no clear/min/max builtins, hence the marker; the expected output
// was generated from an equivalent program using loops.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	var x int8 = -5
	fmt.Println(min(x, 3), max(x, -100))
}
// Output:
// 0 map[]
// [1 0 0] 3
// 1 3 1 c
// -5 -5
