// Interface values compare by dynamic type and value; comparing uncomparable dynamic
// types panics.
package main

import "fmt"

type K struct{ a, b int }

func main() {
	var x, y interface{} = K{1, 2}, K{1, 2}
	fmt.Println(x == y, x != K{2, 1})
	var a, b interface{} = 1, 1.0
	fmt.Println(a == b)
	m := map[interface{}]string{K{1, 2}: "k", 3: "three"}
	fmt.Println(m[x], m[3], len(m))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
// Output:
// true true
// false
// k three 2
// recovered: runtime error: comparing uncomparable type []int
