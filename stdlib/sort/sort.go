package sort // import "sort"

// The []int, []float64 and []string helpers and sort.Slice are natives
// (sort.cpp); sort.Interface and everything built on it is Go, so Less and
// Swap are ordinary method calls of script code.

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool
func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func IntsAreSorted(x []int) bool
func Float64sAreSorted(x []float64) bool
func StringsAreSorted(x []string) bool
func SearchInts(a []int, x int) int
func SearchFloat64s(a []float64, x float64) int
func SearchStrings(a []string, x string) int

// Interface is a collection the sorting functions reorder through indexes:
// its size, a strict ordering of two elements, and an exchange.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// ---- Search -------------------------------------------------------------

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false then true over the range; n if there is none.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, and
// whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// ---- Sort --------------------------------------------------------------------
// Sort is not stable: where equal elements end up, and which calls of Less
// and Swap it makes, are up to the algorithm, and programs can see both. So
// csp makes Go 1.19's moves: pattern-defeating quicksort (Orson Peters'
// pdqsort) with Go's constants, pivot choice, partitioning and fallbacks.
// The code is written from that description; sort.cpp's natives follow it
// step for step, and tests/lang/pkg_sort/sort_call_trace.go checks the
// sequence of calls against Go's.

// Sort sorts data by Less; equal elements may be reordered.
func Sort(data Interface) {
	n := data.Len()
	if n > 1 {
		quickSort(data, 0, n, bitLength(n))
	}
}

// bitLength is the number of bits in n's binary form (0 for 0).
func bitLength(n int) int {
	bits := 0
	for u := uint(n); u != 0; u >>= 1 {
		bits++
	}
	return bits
}

// Ranges this short are insertion-sorted; ranges at least this long take
// the pivot as a median of medians; nearlySorted only shifts elements
// around in ranges at least this long, and at most this many times.
const (
	insertionMax   = 12
	nintherMin     = 50
	shiftingMin    = 50
	shiftingRounds = 5
)

// The order pickPivot's comparisons suggest the range is in.
const (
	orderUnknown = iota
	orderAscending
	orderDescending
)

// quickSort sorts data[lo:hi]. badLeft is how many more lopsided
// partitions the range may suffer before it is heap-sorted instead, which
// keeps the worst case at O(n log n).
func quickSort(data Interface, lo, hi, badLeft int) {
	// What the previous round did to this range: whether its split was
	// balanced, and whether it found the range already partitioned.
	balanced, untouched := true, true
	for hi-lo > insertionMax {
		n := hi - lo
		if badLeft == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			badLeft--
		}
		p, order := pickPivot(data, lo, hi)
		if order == orderDescending {
			// All comparisons found descending pairs: most likely the range is
			// reversed, and reversing it is cheap. The pivot moves with it.
			reverseRange(data, lo, hi)
			p = lo + hi - 1 - p
			order = orderAscending
		}
		if balanced && untouched && order == orderAscending && nearlySorted(data, lo, hi) {
			return
		}
		// data[lo-1], if any, is a pivot of an enclosing range, so nothing in
		// this range is less than it. If the pivot is not greater either, the
		// two are equal: set aside everything equal to it and go on with what
		// is greater.
		if lo > 0 && !data.Less(lo-1, p) {
			lo = gatherEqual(data, lo, hi, p)
			continue
		}
		m, wasSplit := split(data, lo, hi, p)
		untouched = wasSplit
		// Recurse into the smaller side, loop on the larger.
		if left, right := m-lo, hi-m; left < right {
			balanced = left >= n/8
			quickSort(data, lo, m, badLeft)
			lo = m + 1
		} else {
			balanced = right >= n/8
			quickSort(data, m+1, hi, badLeft)
			hi = m
		}
	}
	insertionSort(data, lo, hi)
}

// insertionSort sorts data[lo:hi] by moving each element left past the
// greater ones before it.
func insertionSort(data Interface, lo, hi int) {
	for k := lo + 1; k < hi; k++ {
		for j := k; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// heapSort sorts data[lo:hi] with a max-heap whose position k is element
// lo+k: build it, then move the maximum to the end of a shrinking heap
// (the last of these moves swaps an element with itself).
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for k := (n - 1) / 2; k >= 0; k-- {
		sink(data, lo, k, n)
	}
	for end := n - 1; end >= 0; end-- {
		data.Swap(lo, lo+end)
		sink(data, lo, 0, end)
	}
}

// sink moves heap position k down, swapping with its greater child, until
// no child is greater; the heap is positions [0, n) of data[lo:].
func sink(data Interface, lo, k, n int) {
	for {
		c := 2*k + 1
		if c >= n {
			return
		}
		if c+1 < n && data.Less(lo+c, lo+c+1) {
			c++
		}
		if !data.Less(lo+k, lo+c) {
			return
		}
		data.Swap(lo+k, lo+c)
		k = c
	}
}

// split partitions data[lo:hi] around the element at p: it parks the pivot
// at lo, swaps elements not less than it rightwards and less ones
// leftwards, and puts it between the two parts. It returns the pivot's
// place and whether no element had to move.
func split(data Interface, lo, hi, p int) (int, bool) {
	data.Swap(lo, p)
	l, r := lo+1, hi-1
	clean := true
	for {
		for l <= r && data.Less(l, lo) {
			l++
		}
		for l <= r && !data.Less(r, lo) {
			r--
		}
		if l > r {
			break
		}
		data.Swap(l, r)
		l++
		r--
		clean = false
	}
	data.Swap(r, lo)
	return r, clean
}

// gatherEqual moves the elements of data[lo:hi] equal to the one at p (no
// element is less than it) to the front and returns where the greater ones
// start.
func gatherEqual(data Interface, lo, hi, p int) int {
	data.Swap(lo, p)
	l, r := lo+1, hi-1
	for {
		for l <= r && !data.Less(lo, l) {
			l++
		}
		for l <= r && data.Less(lo, r) {
			r--
		}
		if l > r {
			return l
		}
		data.Swap(l, r)
		l++
		r--
	}
}

// nearlySorted finishes a range that is sorted except for a few elements:
// up to shiftingRounds times it finds the next descending neighbours, swaps
// them and lets each one travel on in its direction. It reports whether
// the range ended up sorted; on a short range it gives up at the first
// misplaced element. (The leftward walk may go past lo down to index 1,
// as Go's does; it stops at lo's left neighbour, which is not greater.)
func nearlySorted(data Interface, lo, hi int) bool {
	k := lo + 1
	for round := 0; round < shiftingRounds; round++ {
		for k < hi && !data.Less(k, k-1) {
			k++
		}
		if k == hi {
			return true
		}
		if hi-lo < shiftingMin {
			return false
		}
		data.Swap(k, k-1)
		if k-lo >= 2 {
			for j := k - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if hi-k >= 2 {
			for j := k + 1; j < hi && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// scramble swaps the three elements around the middle of data[lo:hi] with
// pseudo-random others, so that a pattern which made the last split
// lopsided does not do it again. The generator is an xorshift seeded with
// the length, so a given input is always sorted the same way.
func scramble(data Interface, lo, hi int) {
	n := hi - lo
	x := uint64(n)
	mask := uint64(1)<<uint(bitLength(n)) - 1
	mid := lo + n/4*2
	for k := mid - 1; k <= mid+1; k++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		other := int(x & mask)
		if other >= n {
			other -= n
		}
		data.Swap(k, lo+other)
	}
}

// pickPivot chooses the pivot of data[lo:hi] (more than insertionMax
// elements): the median of the elements at a quarter, half and three
// quarters of the way, each first replaced by the median of itself and its
// neighbours when the range is long. The comparisons that found a pair
// out of order hint at the range's order: none, ascending; all twelve of a
// long range, descending.
func pickPivot(data Interface, lo, hi int) (int, int) {
	q := (hi - lo) / 4
	a, b, c := lo+q, lo+2*q, lo+3*q
	descents := 0
	if hi-lo >= nintherMin {
		a = median3(data, a-1, a, a+1, &descents)
		b = median3(data, b-1, b, b+1, &descents)
		c = median3(data, c-1, c, c+1, &descents)
	}
	b = median3(data, a, b, c, &descents)
	switch descents {
	case 0:
		return b, orderAscending
	case 12:
		return b, orderDescending
	}
	return b, orderUnknown
}

// median3 orders the indexes x, y, z by their elements with three
// compare-exchanges (x,y), (y,z), (x,y) and returns the middle one,
// counting in *descents the exchanges it made.
func median3(data Interface, x, y, z int, descents *int) int {
	if data.Less(y, x) {
		x, y = y, x
		*descents++
	}
	if data.Less(z, y) {
		y, z = z, y
		*descents++
	}
	if data.Less(y, x) {
		x, y = y, x
		*descents++
	}
	return y
}

// reverseRange reverses data[lo:hi] by swapping from both ends.
func reverseRange(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// ---- Stable: insertion-sorted blocks, merged in place ----------------------
// A stable sort's result is fixed by the order alone, so any correct
// algorithm gives Go's output. With only Swap available the merges are in
// place: split the longer run at its middle, binary-search the matching cut
// in the other, rotate the two inner pieces, and merge each side.

// Stable sorts data in ascending order as determined by Less, keeping
// equal elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for a := 0; a < n; a += block {
		b := a + block
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for width := block; width < n; width *= 2 {
		for a := 0; a+width < n; a += 2 * width {
			b := a + 2*width
			if b > n {
				b = n
			}
			mergeInPlace(data, a, a+width, b)
		}
	}
}

// mergeInPlace merges the sorted runs data[a:m] and data[m:b]; on ties the
// element of the first run comes first.
func mergeInPlace(data Interface, a, m, b int) {
	for a < m && m < b {
		if m-a == 1 && b-m == 1 {
			if data.Less(m, a) {
				data.Swap(a, m)
			}
			return
		}
		var cut1, cut2 int // data[cut1:m] and data[m:cut2] trade places
		if m-a >= b-m {
			cut1 = a + (m-a)/2
			// the right run's elements smaller than data[cut1] go before it
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(h, cut1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			cut2 = lo
		} else {
			cut2 = m + (b-m)/2
			// the left run's elements not greater than data[cut2] stay before it
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(cut2, h) {
					hi = h
				} else {
					lo = h + 1
				}
			}
			cut1 = lo
		}
		rotate(data, cut1, m, cut2)
		mid := cut1 + (cut2 - m)
		// Recurse into the shorter side, loop on the longer one.
		if mid-a < b-mid {
			mergeInPlace(data, a, cut1, mid)
			a, m = mid, cut2
		} else {
			mergeInPlace(data, mid, cut2, b)
			m, b = cut1, mid
		}
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m].
func rotate(data Interface, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

// IsSorted checks neighbours from the end: no element may be less than the
// one before it.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// ---- Reverse ----------------------------------------------------------------

type reverse struct {
	// The embedded Interface gives reverse its Len and Swap; they are
	// spelled out too, since csp's method sets do not yet promote methods
	// of embedded fields.
	Interface
}

func (r reverse) Len() int           { return r.Interface.Len() }
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.Interface.Swap(i, j) }

// Reverse is data with Less turned around (a *sort.reverse, as in Go).
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// ---- IntSlice, Float64Slice, StringSlice ------------------------------------

// IntSlice, Float64Slice and StringSlice are Interface for the three
// common slice types, in ascending order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place: the order Sort(x) gives, by the native.
func (x IntSlice) Sort() { Ints(x) }

// Search is SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice puts NaNs before every other value.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

func (x Float64Slice) Sort() { Float64s(x) }

// Search is SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func (x StringSlice) Sort() { Strings(x) }

// Search is SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
