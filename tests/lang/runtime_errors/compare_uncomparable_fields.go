// == on structs and arrays with interface fields: a panic only when two interfaces hold
// values of the same incomparable type and everything else is equal; a field that differs,
// or interfaces holding different types, make the result false without a panic.
package main

import "fmt"

type Pair struct {
	K interface{}
	V int
}

type Outer struct {
	Name string
	P    Pair
}

func cmp(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	s := []int{1}
	cmp("same slice, same V", func() bool { return Pair{s, 1} == Pair{s, 1} })
	cmp("same slice, other V", func() bool { return Pair{s, 1} == Pair{s, 2} })
	cmp("slice vs map", func() bool { return Pair{s, 1} == Pair{map[int]int{}, 1} })
	cmp("slice vs nil", func() bool { return Pair{s, 1} != Pair{nil, 1} })
	cmp("nested", func() bool { return Outer{"a", Pair{s, 1}} == Outer{"a", Pair{s, 1}} })
	cmp("nested, other name", func() bool { return Outer{"a", Pair{s, 1}} == Outer{"b", Pair{s, 1}} })
	cmp("comparable values", func() bool { return Pair{[2]int{1, 2}, 1} == Pair{[2]int{1, 2}, 1} })
	cmp("array", func() bool { return [2]interface{}{1, s} == [2]interface{}{1, s} })
	cmp("array, first differs", func() bool { return [2]interface{}{1, s} == [2]interface{}{2, s} })
	var a, b interface{} = Pair{s, 1}, Pair{s, 1}
	cmp("boxed structs", func() bool { return a == b })
	var c, d interface{} = Pair{s, 1}, Pair{s, 3}
	cmp("boxed, other V", func() bool { return c == d })
	cmp("func in iface", func() bool {
		var f, g interface{} = main, main
		return f == g
	})
	m := map[interface{}]int{}
	cmp("struct key", func() bool { m[Pair{1, 1}] = 1; m[Pair{s, 1}] = 2; return true })
	cmp("switch", func() bool {
		var x interface{} = s
		switch x {
		case 1:
			return false
		case interface{}(s):
			return true
		}
		return false
	})
}
// Output:
// same slice, same V panic: runtime error: comparing uncomparable type []int
// same slice, other V panic: runtime error: comparing uncomparable type []int
// slice vs map false
// slice vs nil true
// nested panic: runtime error: comparing uncomparable type []int
// nested, other name false
// comparable values true
// array panic: runtime error: comparing uncomparable type []int
// array, first differs false
// boxed structs panic: runtime error: comparing uncomparable type []int
// boxed, other V panic: runtime error: comparing uncomparable type []int
// func in iface panic: runtime error: comparing uncomparable type func()
// struct key panic: runtime error: hash of unhashable type []int
// switch panic: runtime error: comparing uncomparable type []int
