// Verbs applied element-wise to slices, arrays and maps: %d %x %q %5d; %x on []byte and
// strings; maps print with sorted keys of any ordered kind.
package main

import "fmt"

func main() {
	ints := []int{1, 22, 333}
	fmt.Printf("%d|%5d|%-4d|%x|%o\n", ints, ints, ints, ints, ints)
	strs := []string{"a", "b c", `q"`}
	fmt.Printf("%q|%s|%v|%x\n", strs, strs, strs, strs)
	bs := []byte("Hi!")
	fmt.Printf("%x|% x|%X|%v|%s|%q\n", bs, bs, bs, bs, bs, bs)
	fmt.Printf("%x|%X|% x\n", "hello", "hello", "hi")
	arr := [3]bool{true, false, true}
	fmt.Printf("%v|%t\n", arr, arr)
	m1 := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	m2 := map[float64]bool{2.5: true, -1: false, 0: true}
	m3 := map[bool]int{true: 1, false: 0}
	fmt.Println(m1, m2, m3)
	fmt.Printf("%v|%d|%#v\n", m1, map[string]int{"z": 26, "a": 1}, map[string]int{"k": 1})
	nested := map[string][]int{"odd": {1, 3}, "even": {2, 4}}
	fmt.Printf("%v|%+v\n", nested, nested)
	fmt.Printf("%#v|%#v|%#v\n", ints, strs, arr)
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}, nil}, [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%6.2f|%v\n", []float64{1, 2.5}, []float32{0.1, 1e20})
}
// Output:
// [1 22 333]|[    1    22   333]|[1    22   333 ]|[1 16 14d]|[1 26 515]
// ["a" "b c" "q\""]|[a b c q"]|[a b c q"]|[61 622063 7122]
// 486921|48 69 21|486921|[72 105 33]|Hi!|"Hi!"
// 68656c6c6f|68656C6C6F|68 69
// [true false true]|[true false true]
// map[-5:neg 1:a 2:b 3:c] map[-1:false 0:true 2.5:true] map[false:0 true:1]
// map[-5:neg 1:a 2:b 3:c]|map[%!d(string=a):1 %!d(string=z):26]|map[string]int{"k":1}
// map[even:[2 4] odd:[1 3]]|map[even:[2 4] odd:[1 3]]
// []int{1, 22, 333}|[]string{"a", "b c", "q\""}|[3]bool{true, false, true}
// [[1] [2 3] []] [[a b] [c d]]
// [  1.00   2.50]|[0.1 1e+20]
