// How fmt prints nil values of each kind with %v, %+v, %#v, %T, %d and %s.
package main

import "fmt"

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	var ch chan int
	fmt.Println(p, s, m, f == nil, i, e, ch)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %#v %#v %#v %#v %#v\n", p, p, s, m, i, e)
	fmt.Printf("%T %T %T %T %T %T\n", p, s, m, i, e, f)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("[%5v] [%-5v]\n", nil, nil)
	fmt.Print(nil, nil, "\n")
	fmt.Print(1, 2, "a", "b", 3, "\n")
	fmt.Println([]*T{nil}, []interface{}{nil, 1}, map[string]*T{"x": nil})
}
// Output:
// <nil> [] map[] true <nil> <nil> <nil>
// <nil> [] map[] <nil> <nil>
// <nil> (*main.T)(nil) []int(nil) map[string]int(nil) <nil> <nil>
// *main.T []int map[string]int <nil> <nil> func()
// [] []
// [<nil>] [<nil>]
// <nil> <nil>
// 1 2ab3
// [<nil>] [<nil> 1] map[x:<nil>]
