// %v, %+v, %#v and %T on structs, nested structs, pointers to structs and embedded fields.
package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	M     map[string]int
	Any   interface{}
	f     float64
	Bytes []byte
}

func main() {
	o := Outer{Name: "x", In: Inner{1, []string{"a", "b"}},
		M: map[string]int{"b": 2, "a": 1}, Any: 3, f: 1.5, Bytes: []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%T\n", o)
	fmt.Printf("%v %+v\n", &o.In, &Inner{N: 2})
	var z Outer
	fmt.Printf("%v\n%+v\n", z, z)
	fmt.Printf("%#v\n", Inner{})
	pp := &o.P
	fmt.Printf("%T %T\n", pp, o.M)
}
// Output:
// {x {1 [a b]} <nil> map[a:1 b:2] 3 1.5 [104 105]}
// {Name:x In:{N:1 Tags:[a b]} P:<nil> M:map[a:1 b:2] Any:3 f:1.5 Bytes:[104 105]}
// main.Inner{N:1, Tags:[]string{"a", "b"}}
// main.Outer
// &{1 [a b]} &{N:2 Tags:[]}
// { {0 []} <nil> map[] <nil> 0 []}
// {Name: In:{N:0 Tags:[]} P:<nil> M:map[] Any:<nil> f:0 Bytes:[]}
// main.Inner{N:0, Tags:[]string(nil)}
// **main.Inner map[string]int
