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

// An implementation of Interface can be sorted by the routines in this
// package, which refer to the elements by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
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

// ---- Sort: pattern-defeating quicksort -----------------------------------
// The same algorithm as Go 1.19's sort.Sort (and this package's natives):
// not stable, so which of two equal elements comes first is decided by the
// algorithm, and a program can see it. Keep the decisions identical.

// Sort sorts data in ascending order as determined by Less. It is not
// guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// bitLen is the number of bits needed to represent x.
func bitLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the heap property below root in the heap data[first+lo : first+hi].
func siftDown(data Interface, root, hi, first int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first, hi := a, b-a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, 0, i, first)
	}
}

// partition moves the pivot to a, partitions data[a+1:b] around it and puts
// it at its final place, which it returns, with whether nothing had to move.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual moves the elements equal to the pivot to the front of
// data[a:b] (no element is less than it) and returns where they end.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort fixes up to a few misplaced elements of a nearly
// sorted range and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const maxSteps, shortestShifting = 5, 50
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random
// ones (an xorshift seeded by the length, so runs are reproducible).
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := uint64(length)
	modulus := uint64(1) << uint(bitLen(uint(length)))
	mid := a + (length/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		random ^= random << 13
		random ^= random >> 17
		random ^= random << 5
		other := int(random & (modulus - 1))
		if other >= length {
			other -= length
		}
		data.Swap(idx, a+other)
	}
}

// median returns the index of the median of the elements at a, b, c,
// counting in *swaps how many comparisons found a pair out of order.
func median(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b, c = c, b
	}
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	return b
}

// choosePivot picks a pivot (the median of three, or of three medians for
// long ranges) and guesses from the comparisons whether the range is
// already increasing or decreasing.
func choosePivot(data Interface, a, b int) (int, int) {
	const shortestNinther, maxSwaps = 50, 4 * 3
	l := b - a
	swaps := 0
	i, j, k := a+l/4*1, a+l/4*2, a+l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case maxSwaps:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// pdqsort sorts data[a:b]; limit is how many badly balanced partitions it
// tolerates before falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if wasBalanced && wasPartitioned && hint == hintIncreasing {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// An element before a that is not less than the pivot equals it (it
		// was a pivot itself): the range holds many equal elements.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		wasPartitioned = already
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			wasBalanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
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

// IsSorted reports whether data is sorted.
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

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// ---- IntSlice, Float64Slice, StringSlice ------------------------------------

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Ints(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice attaches the methods of Interface to []float64, sorting in
// increasing order, with not-a-number values before the others.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Float64s(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Strings(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
