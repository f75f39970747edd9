// len and cap on strings, arrays, pointers to arrays, slices, maps and channels;
// make with length and capacity; new for every kind of type.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	var arr [5]byte
	pa := &arr
	fmt.Println(len(arr), cap(arr), len(pa), cap(pa[1:3]))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	ps := new([]int)
	pm := new(map[string]int)
	pstr := new(struct{ A int })
	fmt.Println(*ps == nil, *pm == nil, *pstr, len(*ps))
	const c = len("constant")
	var a [c]int
	fmt.Println(c, len(a))
	fmt.Println(len([10]int{}), cap(make([]string, 0)))
}
// Output:
// 3 10 [0 0 0]
// 0
// 5 5 5 4
// 6 5
// 1 4
// true true {0} 0
// 8 8
// 10 0
