// Slice edge cases: copy with overlap in both directions and its count, delete/insert
// idioms through append aliasing, three-index slices forcing reallocation, reslicing up to
// cap, nil vs empty through slicing, append, copy, range, fmt and JSON-like printing.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d nil=%t %v\n", name, len(s), cap(s), s == nil, s)
}

func main() {
	// copy overlap.
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(a[2:], a)
	fmt.Println(n, a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(a, a[3:])
	fmt.Println(n, a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(a[1:4], a[5:])
	fmt.Println(n, a)
	n = copy(a, a)
	fmt.Println(n, a)
	bs := []byte("abcdef")
	copy(bs[1:], bs)
	fmt.Println(string(bs))
	ss := []string{"a", "b", "c", "d"}
	copy(ss[1:], ss[:3])
	fmt.Println(ss)

	// Delete and insert idioms alias the backing array.
	d := []int{1, 2, 3, 4, 5}
	orig := d
	d = append(d[:1], d[2:]...)
	fmt.Println(d, orig)
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	f := []int{1, 2, 3, 4, 5, 6}
	kept := f[:0]
	for _, x := range f {
		if x%2 == 0 {
			kept = append(kept, x)
		}
	}
	fmt.Println(kept, f)

	// Self-append of an overlapping slice.
	g := make([]int, 3, 10)
	g[0], g[1], g[2] = 1, 2, 3
	g = append(g[:1], g...)
	fmt.Println(g)

	// Three-index slices cap the capacity so append must copy.
	base := []int{1, 2, 3, 4, 5}
	lim := base[1:3:3]
	lim = append(lim, 100)
	lim[0] = -2
	fmt.Println(base, lim, cap(base[1:3:3]), cap(base[:0:0]), cap(base[5:5:5]))
	open := base[1:3]
	open = append(open, 100)
	fmt.Println(base, open)
	h := base[1:2:4]
	fmt.Println(h[:3], len(h[:3]), cap(h[1:]), cap(h[:3][2:]))
	var arr [6]int
	as := arr[2:4:5]
	fmt.Println(len(as), cap(as), len(as[:3]))

	// nil vs empty.
	var nilS []int
	empty := []int{}
	show("nil", nilS)
	show("empty", empty)
	show("nil[:]", nilS[:])
	show("nil[0:0]", nilS[0:0])
	show("nil[:0:0]", nilS[:0:0])
	show("empty[:0]", empty[:0])
	show("make0", make([]int, 0))
	show("append nil nothing", append(nilS))
	show("append nil empty", append(nilS, empty...))
	show("append empty nil", append(empty, nilS...))
	show("append nil nil...", append([]int(nil), []int(nil)...))
	show("copy-to-nil", nilS[:copy(nilS, []int{1, 2})])
	show("base[5:]", base[5:])
	show("base[:0]", base[:0])
	var nilB []byte
	fmt.Println(string(nilB) == "", []byte("") == nil, []byte(nil) == nil, len([]byte("")))
	fmt.Printf("%v %v %d %q %#v %#v\n", nilS, empty, nilS, []string(nil), nilS, empty)
	fmt.Printf("%T %T\n", nilS, empty)
	for range nilS {
		fmt.Println("never")
	}
	var nn [][]int
	nn = append(nn, nil, []int{}, []int{1})
	for _, x := range nn {
		fmt.Print(x == nil, len(x), " ")
	}
	fmt.Println()
	var ifc interface{} = nilS
	fmt.Println(ifc == nil, ifc.([]int) == nil)

	// Slices of slices share rows; a copy of the outer slice still shares them.
	grid := [][]int{{1, 2}, {3, 4}}
	g2 := make([][]int, len(grid))
	copy(g2, grid)
	g2[0][0] = 100
	g2[1] = []int{7, 7}
	fmt.Println(grid, g2)

	// Reslicing beyond len up to cap exposes old elements.
	r := []int{1, 2, 3, 4, 5}
	r = r[:2]
	fmt.Println(r, r[:cap(r)], r[1:4])
	r = r[2:]
	fmt.Println(r, len(r), cap(r), r[:3])
}
// Output:
// 8 [0 1 0 1 2 3 4 5 6 7]
// 7 [3 4 5 6 7 8 9 7 8 9]
// 3 [0 5 6 7 4 5 6 7 8 9]
// 10 [0 5 6 7 4 5 6 7 8 9]
// aabcde
// [a a b c]
// [1 3 4 5] [1 3 4 5 5]
// [1 2 3 4 5]
// [2 4 6] [2 4 6 4 5 6]
// [1 1 2 3]
// [1 2 3 4 5] [-2 3 100] 2 0 0
// [1 2 3 100 5] [2 3 100]
// [2 3 100] 3 2 1
// 2 3 3
// nil len=0 cap=0 nil=true []
// empty len=0 cap=0 nil=false []
// nil[:] len=0 cap=0 nil=true []
// nil[0:0] len=0 cap=0 nil=true []
// nil[:0:0] len=0 cap=0 nil=true []
// empty[:0] len=0 cap=0 nil=false []
// make0 len=0 cap=0 nil=false []
// append nil nothing len=0 cap=0 nil=true []
// append nil empty len=0 cap=0 nil=true []
// append empty nil len=0 cap=0 nil=false []
// append nil nil... len=0 cap=0 nil=true []
// copy-to-nil len=0 cap=0 nil=true []
// base[5:] len=0 cap=0 nil=false []
// base[:0] len=0 cap=5 nil=false []
// true false true 0
// [] [] [] [] []int(nil) []int{}
// []int []int
// true 0 false 0 false 1 
// false true
// [[100 2] [3 4]] [[100 2] [7 7]]
// [1 2] [1 2 3 4 5] [2 3 4]
// [] 0 3 [3 4 5]
