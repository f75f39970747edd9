// IntSlice, Float64Slice (NaN first, -0 and 0 equal) and StringSlice with their Sort and
// Search methods, Reverse, Search and Find with their call sequences, SliceIsSorted, and
// the reflect panics of Slice/SliceIsSorted on values that are not slices.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

func main() {
	is := sort.IntSlice{5, -2, 9, 0, 5}
	is.Sort()
	fmt.Println(is, is.Len(), is.Search(5), is.Search(6), sort.IsSorted(is))
	nan := math.NaN()
	fs := sort.Float64Slice{3, nan, -1, math.Inf(1), 0, math.Copysign(0, -1), nan, math.Inf(-1)}
	fmt.Println(fs.Less(1, 0), fs.Less(0, 1), fs.Less(1, 6), fs.Less(4, 5), fs.Less(5, 4))
	sort.Sort(fs)
	fmt.Println(fs, fs.Search(0), sort.Float64sAreSorted(fs))
	fs2 := sort.Float64Slice{3, nan, -1, 0, math.Copysign(0, -1)}
	fs2.Sort()
	fmt.Println(fs2)
	ss := sort.StringSlice{"pear", "Apple", "fig", "", "apple"}
	sort.Stable(sort.Reverse(ss))
	fmt.Printf("%q %v\n", ss, sort.IsSorted(ss))
	ss.Sort()
	fmt.Printf("%q %d %d\n", ss, ss.Search("b"), ss.Search("zzz"))
	var probes []int
	i := sort.Search(1000, func(k int) bool { probes = append(probes, k); return k*k >= 1000 })
	fmt.Println(i, probes)
	fmt.Println(sort.Search(0, func(int) bool { panic("not called") }), sort.Search(5, func(int) bool { return true }))
	words := []string{"ant", "bee", "cat", "dog", "eel"}
	for _, w := range []string{"cat", "cow", "aardvark", "zebra"} {
		k, found := sort.Find(len(words), func(j int) int { return strings.Compare(w, words[j]) })
		fmt.Println(w, k, found)
	}
	xs := []int{1, 2, 2, 3}
	fmt.Println(sort.SliceIsSorted(xs, func(a, b int) bool { return xs[a] < xs[b] }),
		sort.SliceIsSorted(xs, func(a, b int) bool { return xs[a] > xs[b] }),
		sort.SliceIsSorted([]int(nil), func(a, b int) bool { panic("no") }))
	str := "abcb"
	fmt.Println(sort.SliceIsSorted(str, func(a, b int) bool { return str[a] < str[b] }))
	arr := [3]int{1, 2, 3}
	fmt.Println(sort.SliceIsSorted(arr, func(a, b int) bool { return arr[a] < arr[b] }))
	for _, bad := range []any{42, struct{}{}, nil, map[int]int{}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.Slice(bad, func(a, b int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted(3.5, func(a, b int) bool { return false })
	}()
	var nilSlice []string
	sort.Slice(nilSlice, func(a, b int) bool { return false })
	sort.SliceStable(nilSlice, func(a, b int) bool { return false })
	sort.Sort(sort.StringSlice(nilSlice))
	sort.Stable(sort.StringSlice(nilSlice))
	fmt.Println(nilSlice == nil)
}
// Output:
// [-2 0 5 5 9] 5 2 4 true
// true false false false false
// [NaN NaN -Inf -1 0 -0 3 +Inf] 4 true
// [NaN -1 0 -0 3]
// ["pear" "fig" "apple" "Apple" ""] false
// ["" "Apple" "apple" "fig" "pear"] 3 5
// 32 [500 250 125 62 31 47 39 35 33 32]
// 0 0
// cat 2 true
// cow 3 false
// aardvark 0 false
// zebra 5 false
// true false true
// false
// true
// recovered: reflect: call of Swapper on int Value
// recovered: reflect: call of Swapper on struct Value
// recovered: reflect: call of Swapper on zero Value
// recovered: reflect: call of Swapper on map Value
// recovered: reflect: call of reflect.Value.Len on float64 Value
// true
