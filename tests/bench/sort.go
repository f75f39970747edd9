// sort: a hand-written quicksort (median of three, insertion sort for small ranges) of
// 1,000,000 ints from a fixed LCG; prints a checksum of the sorted slice.
package main

import "fmt"

func insertion(a []int, lo, hi int) {
	for i := lo + 1; i <= hi; i++ {
		v := a[i]
		j := i - 1
		for j >= lo && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quicksort(a []int, lo, hi int) {
	for hi-lo > 16 {
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		pivot := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			quicksort(a, lo, j)
			lo = i
		} else {
			quicksort(a, i, hi)
			hi = j
		}
	}
	insertion(a, lo, hi)
}

func main() {
	const n = 1000000
	a := make([]int, n)
	x := 42
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x % 1000000
	}
	quicksort(a, 0, n-1)
	sum := 0
	for i, v := range a {
		if i > 0 && a[i-1] > v {
			fmt.Println("not sorted at", i)
			return
		}
		sum = (sum*31 + v) % 1000000007
	}
	fmt.Println(a[0], a[n/2], a[n-1], sum)
}
