// append grows the capacity; within capacity it writes into the shared backing array.
package main

import "fmt"

func main() {
	var s []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(s), caps)
	b := append([]byte(nil), "hello"...)
	fmt.Println(len(b), cap(b) >= 5)
	s2 := append([]int{}, 1, 2, 3)
	s2 = append(s2, s2...)
	fmt.Println(s2)
}
// Output:
// 2000 [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560]
// 5 true
// [1 2 3 1 2 3]
