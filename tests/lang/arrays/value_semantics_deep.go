// Arrays stay values everywhere: inside structs, slices, maps (as values and keys),
// interfaces, closures, channels and returns; == compares element-wise, including nested
// arrays, arrays of strings, structs, floats (NaN) and interfaces; slicing an array aliases it.
package main

import "fmt"

type Vec [3]float64

func (v Vec) Scaled(k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Board struct {
	Name  string
	Cells [2][2]byte
}

func mk() [2]string { return [2]string{"x", "y"} }

func main() {
	// In structs: copying the struct copies the array.
	b1 := Board{"one", [2][2]byte{{'a', 'b'}, {'c', 'd'}}}
	b2 := b1
	b2.Cells[0][0] = 'Z'
	fmt.Println(string(b1.Cells[0][:]), string(b2.Cells[0][:]), b1 == b2)
	b2.Cells[0][0] = 'a'
	fmt.Println(b1 == b2)

	// Methods: value receiver gets a copy, pointer receiver modifies.
	v := Vec{1, 2, 3}
	w := v.Scaled(10)
	fmt.Println(v, w)
	v.Scale(2)
	fmt.Println(v)

	// In slices and maps: elements are copies.
	arrs := []([2]int){{1, 2}, {3, 4}}
	x := arrs[0]
	x[0] = 100
	fmt.Println(arrs, x)
	arrs[1][1] = 40
	fmt.Println(arrs)
	m := map[string][2]int{"a": {1, 2}}
	y := m["a"]
	y[1] = 99
	fmt.Println(m, y)
	// Arrays as map keys.
	seen := map[[2]int]string{}
	seen[[2]int{1, 2}] = "first"
	key := [2]int{1, 2}
	seen[key] = "second"
	key[0] = 5
	seen[key] = "third"
	fmt.Println(len(seen), seen[[2]int{1, 2}], seen[[2]int{5, 2}])
	grid := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	fmt.Println(grid[[2]string{"a", "b"}], grid[[2]string{"b", "a"}], grid)

	// In interfaces: the interface holds its own copy.
	arr := [3]int{7, 8, 9}
	var i interface{} = arr
	arr[0] = 0
	fmt.Println(i, arr, i == interface{}([3]int{7, 8, 9}))
	back := i.([3]int)
	back[1] = 0
	fmt.Println(i, back)

	// Captured by closures: by reference (the variable), not copied.
	c := [2]int{1, 1}
	inc := func() { c[0]++ }
	inc()
	inc()
	fmt.Println(c)
	cp := c
	f := func() [2]int { return cp }
	cp[1] = 50
	fmt.Println(f())

	// Through channels.
	ch := make(chan [3]int, 1)
	src := [3]int{1, 2, 3}
	ch <- src
	src[0] = 42
	fmt.Println(<-ch, src)

	// Returned arrays are fresh.
	r1, r2 := mk(), mk()
	r1[0] = "changed"
	fmt.Println(r1, r2)

	// Comparison.
	fmt.Println([2][2]int{{1, 2}, {3, 4}} == [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}} == [2][2]int{{1, 2}, {3, 5}})
	fmt.Println([3]string{"a", "b"} == [3]string{"a", "b", ""}, [0]int{} == [0]int{})
	zero := 0.0
	nan := zero / zero
	fmt.Println([2]float64{1, nan} == [2]float64{1, nan}, [1]float64{0} == [1]float64{-zero})
	fmt.Println([2]interface{}{1, "a"} == [2]interface{}{1, "a"}, [2]interface{}{1, "a"} == [2]interface{}{1.0, "a"})
	type P struct{ X, Y int }
	fmt.Println([2]P{{1, 2}} == [2]P{{1, 2}, {}}, [2]*int{} == [2]*int{nil, nil})

	// Slicing aliases the array; the array can grow past nothing but the slice can.
	base := [4]int{1, 2, 3, 4}
	s := base[1:3]
	s[0] = 20
	fmt.Println(base, s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(base, s)
	s = append(s, 40)
	s[0] = -1
	fmt.Println(base, s)
	ps := &base
	ps[3] = 99
	t := ps[:]
	t[0] = -9
	fmt.Println(base, len(ps), cap(ps[:2]))

	// Range over an array copies it first; over a pointer or slice it does not.
	data := [3]int{1, 2, 3}
	for i, v := range data {
		data[2] = 10 * (i + 1)
		fmt.Print(v, " ")
	}
	fmt.Println(data)
	data = [3]int{1, 2, 3}
	for i, v := range &data {
		data[2] = 10 * (i + 1)
		fmt.Print(v, " ")
	}
	fmt.Println(data)

	// Arrays of arrays assign row copies.
	var mat [3][3]int
	row := [3]int{1, 2, 3}
	mat[0] = row
	mat[1] = row
	row[0] = 100
	mat[1][1] = 0
	fmt.Println(mat, row)
	fmt.Printf("%v %T %d\n", mat[0], mat, len(mat[2]))
}
// Output:
// ab Zb false
// true
// [1 2 3] [10 20 30]
// [2 4 6]
// [[1 2] [3 4]] [100 2]
// [[1 2] [3 40]]
// map[a:[1 2]] [1 99]
// 2 second third
// 1 2 map[[a b]:1 [b a]:2]
// [7 8 9] [0 8 9] true
// [7 8 9] [7 0 9]
// [3 1]
// [3 50]
// [1 2 3] [42 2 3]
// [changed y] [x y]
// true false
// true true
// false true
// true false
// true true
// [1 20 3 4] [20 3] 2 3
// [1 20 3 30] [20 3 30]
// [1 20 3 30] [-1 3 30 40]
// [-9 20 3 99] 4 4
// 1 2 3 [1 2 30]
// 1 2 20 [1 2 30]
// [[1 2 3] [1 0 3] [0 0 0]] [100 2 3]
// [1 2 3] [3][3]int 3
