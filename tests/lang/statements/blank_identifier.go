// The blank identifier: discarding results and range values, blank fields and parameters,
// compile-time interface checks, and side effects still happen for blank assignments.
package main

import "fmt"

type Sizer interface{ Size() int }

type File struct{ n int }

func (f *File) Size() int { return f.n }

var _ Sizer = (*File)(nil)

var calls int

func pair() (int, string) {
	calls++
	return 1, "one"
}

type Padded struct {
	A int
	_ int
	B int
}

func ignore(_ int, b int) int { return b }

func main() {
	_, s := pair()
	n, _ := pair()
	_, _ = pair()
	_ = calls
	fmt.Println(s, n, calls)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	for range []int{1, 2} {
		sum++
	}
	fmt.Println(sum, ignore(9, 10))
	p := Padded{A: 1, B: 2}
	fmt.Printf("%v %+v\n", p, p)
	var _ = fmt.Sprint("evaluated")
}
// Output:
// one 1 3
// 8 10
// {1 0 2} {A:1 _:0 B:2}
