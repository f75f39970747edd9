// %#v prints Go syntax: typed composite literals, quoted strings, hex for bytes in strings,
// pointers to structs as &main.T{...}, interfaces as their dynamic values.
package main

import "fmt"

type Color int

type Pair struct {
	K string
	V interface{}
}

func main() {
	fmt.Printf("%#v\n", Pair{"a", 1})
	fmt.Printf("%#v\n", &Pair{"b", []int{1}})
	fmt.Printf("%#v\n", []Pair{{"c", nil}})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s\x00", 1.0, 1e21)
	fmt.Printf("%#v %#v %#v\n", Color(3), []Color{1}, map[Color]string{2: "b", 1: "a"})
	fmt.Printf("%#v %#v\n", []byte("hi"), [2]bool{true})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint16(7), 'x')
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[string]interface{}{"n": nil})
	var e error
	fmt.Printf("%#v %#v\n", e, complex(1, 2))
}
// Output:
// main.Pair{K:"a", V:1}
// &main.Pair{K:"b", V:[]int{1}}
// []main.Pair{main.Pair{K:"c", V:interface {}(nil)}}
// 42 "s\x00" 1 1e+21
// 3 []main.Color{1} map[main.Color]string{1:"a", 2:"b"}
// []byte{0x68, 0x69} [2]bool{true, false}
// -1 0x7 120
// struct { A int; B string }{A:1, B:"x"}
// []interface {}{1, "a", interface {}(nil)} map[string]interface {}{"n":interface {}(nil)}
// <nil> (1+2i)
