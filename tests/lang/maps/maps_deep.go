// Maps in depth: comma-ok in every position (if, assignment, with struct and pointer
// values), nested maps created lazily, keys of every comparable kind (structs, arrays,
// pointers, interfaces, floats incl. NaN and ±0, bools, named types), reference semantics
// when passed around, insertion during range is legal (counted at the end), fmt's sorted
// printing for each key kind, and iteration order that is not insertion order.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Key struct {
	Name string
	Pos  Point
}
type Level int

func addAll(m map[string]int, keys ...string) {
	for _, k := range keys {
		m[k]++
	}
}

func main() {
	// comma-ok forms.
	stock := map[string]int{"apple": 0, "pear": 3}
	if n, ok := stock["apple"]; ok {
		fmt.Println("apple present with", n)
	}
	if _, ok := stock["kiwi"]; !ok {
		fmt.Println("no kiwi")
	}
	var ok bool
	var n int
	n, ok = stock["pear"]
	fmt.Println(n, ok)
	pts := map[string]Point{"o": {}}
	p, ok := pts["o"]
	q, ok2 := pts["x"]
	fmt.Println(p, ok, q, ok2)
	ptrs := map[int]*Point{1: {1, 1}}
	pp, ok := ptrs[2]
	fmt.Println(pp == nil, ok)
	ptrs[1].X = 50 // through the pointer value
	fmt.Println(*ptrs[1])

	// Nested maps created lazily.
	graph := map[string]map[string]int{}
	edge := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	edge("a", "b", 1)
	edge("a", "c", 2)
	edge("b", "c", 3)
	fmt.Println(graph, len(graph["a"]), graph["z"]["q"])
	inner := graph["a"]
	inner["d"] = 4 // maps are references
	fmt.Println(len(graph["a"]))

	// Struct values must be replaced whole.
	pts["o"] = Point{pts["o"].X + 1, 2}
	fmt.Println(pts)

	// Key kinds.
	sk := map[Key]string{}
	sk[Key{"a", Point{1, 2}}] = "first"
	sk[Key{"a", Point{1, 2}}] += "+again"
	sk[Key{"b", Point{}}] = "second"
	fmt.Println(len(sk), sk[Key{"a", Point{1, 2}}], sk)
	ak := map[[2]bool]int{{true, false}: 1, {false, true}: 2, {}: 3}
	fmt.Println(ak)
	p1, p2 := &Point{}, &Point{}
	pk := map[*Point]string{p1: "p1", p2: "p2"}
	fmt.Println(pk[p1], pk[p2], len(pk), pk[&Point{}] == "")
	ik := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Point{}: "point", int8(1): "int8", nil: "nil", true: "bool"}
	fmt.Println(ik[1], ik["1"], ik[1.0], ik[Point{}], ik[int8(1)], ik[nil], ik[true], len(ik))
	lk := map[Level]string{3: "high", 1: "low", 2: "mid"}
	fmt.Println(lk)
	bk := map[bool]int{true: 1, false: 0}
	fmt.Println(bk)

	// Float keys: NaN never matches (each insert is new), +0 and -0 are one key.
	zero := 0.0
	nan := zero / zero
	fk := map[float64]int{}
	fk[nan] = 1
	fk[nan] = 1 // a second NaN key (same value: fmt cannot order NaNs)
	fk[zero] = 3
	fk[-zero] = 4
	fk[1.5] = 5
	_, found := fk[nan]
	fmt.Println(len(fk), found, fk[0], fk)
	delete(fk, nan)
	fmt.Println(len(fk))
	for k := range fk {
		delete(fk, k)
	}
	fmt.Println(len(fk))

	// Passing a map passes a reference.
	counts := map[string]int{}
	addAll(counts, "x", "y", "x")
	fmt.Println(counts)

	// Insertion during range: allowed; the final size is what matters.
	grow := map[int]bool{0: true, 1: true}
	for k := range grow {
		if k < 10 {
			grow[k+100] = true
		}
	}
	fmt.Println(len(grow) >= 4)

	// Range order is not insertion order; collect and sort for stable output.
	big := map[int]string{}
	for i := 0; i < 50; i++ {
		big[i] = fmt.Sprint(i)
	}
	inOrder := true
	for trial := 0; trial < 5 && inOrder; trial++ {
		i := 0
		for k := range big {
			if k != i {
				inOrder = false
			}
			i++
		}
	}
	fmt.Println("always insertion order:", inOrder)
	keys := make([]int, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys[:5], keys[45:])

	// Map values of slice and map type.
	groups := map[bool][]int{}
	for i := 0; i < 7; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	fmt.Printf("%v %d %+v %T\n", map[string]bool{"b": true, "a": false}, map[string]int{"z": 26, "a": 1}, map[Point]int{{2, 1}: 1, {1, 2}: 2}, lk)
	var nilMap map[string]int
	fmt.Printf("%v %d %t\n", nilMap, len(nilMap), nilMap == nil)
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
}
// Output:
// apple present with 0
// no kiwi
// 3 true
// {0 0} true {0 0} false
// true false
// {50 1}
// map[a:map[b:1 c:2] b:map[c:3]] 2 0
// 3
// map[o:{1 2}]
// 2 first+again map[{a {1 2}}:first+again {b {0 0}}:second]
// map[[false false]:3 [false true]:2 [true false]:1]
// p1 p2 2 true
// int string float point int8 nil bool 7
// map[1:low 2:mid 3:high]
// map[false:0 true:1]
// 4 false 4 map[NaN:1 NaN:1 -0:4 1.5:5]
// 4
// 2
// map[x:2 y:1]
// true
// always insertion order: false
// [0 1 2 3 4] [45 46 47 48 49]
// map[false:[1 3 5] true:[0 2 4 6]]
// map[a:false b:true] map[%!d(string=a):1 %!d(string=z):26] map[{X:1 Y:2}:2 {X:2 Y:1}:1] map[main.Level]string
// map[] 0 true
