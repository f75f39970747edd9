package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s[1:])
	p[0] = 20
	fmt.Println(s, *p, len(p))
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s[:0]) != nil)
	b := []byte("hello")
	a := (*[3]byte)(b)
	a[1] = 'E'
	fmt.Println(string(b), *a)
}

// Output:
// [1 20 3 4] [20 3] 2
// true true
// hEllo [104 69 108]
