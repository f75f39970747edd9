// Long-running script code inside a native ends time slices like any other
// code: the goroutine yields with its fiber and later resumes inside the
// native, while another goroutine computes.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var flag int32
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			spin(200000)
		}
		flag = 1
		done <- true
	}()
	xs := []int{9, 4, 7, 1, 3, 8}
	sort.Slice(xs, func(i, j int) bool {
		spin(50000)
		return xs[i] < xs[j]
	})
	<-done
	fmt.Println(xs, flag)
}

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 3
	}
	return s
}
// Output:
// [1 3 4 7 8 9] 1
