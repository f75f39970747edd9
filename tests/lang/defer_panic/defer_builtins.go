// Deferred builtin calls: close, delete, copy, print/println (to stderr) and panic, with
// their arguments evaluated at the defer statement; `defer recover()` recovers nothing.
package main

import "fmt"

func producer() <-chan int {
	ch := make(chan int, 3)
	go func() {
		defer close(ch)
		for i := 1; i <= 3; i++ {
			ch <- i
		}
	}()
	return ch
}

func cleanup(m map[string]int) {
	key := "tmp"
	m[key] = 1
	defer delete(m, key)
	key = "other" // the deferred delete still removes "tmp"
	fmt.Println("during:", len(m), m["tmp"])
}

func snapshot() []int {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	defer copy(dst, src)
	src = []int{7, 8, 9} // copy uses the slices evaluated at the defer
	return dst           // copy runs after the result is set, into the same array
}

func prints() {
	x := 1
	defer println("deferred println x =", x)
	defer print("deferred print ", x+1, "\n")
	x = 100
	println("direct println x =", x)
}

func panics() (r interface{}) {
	defer func() { r = recover() }()
	msg := "deferred panic"
	defer panic(msg)
	msg = "changed"
	return "not this"
}

func noRecover() (r string) {
	defer func() { r = fmt.Sprint("outer recovered: ", recover()) }()
	defer recover()
	panic("still panicking")
}

func main() {
	sum := 0
	for v := range producer() {
		sum += v
	}
	fmt.Println("sum", sum)
	m := map[string]int{"keep": 1}
	cleanup(m)
	fmt.Println("after:", m)
	fmt.Println(snapshot())
	prints()
	fmt.Println(panics())
	fmt.Println(noRecover())
}
// Output:
// sum 6
// during: 2 1
// after: map[keep:1]
// [1 2 3]
// deferred panic
// outer recovered: still panicking
// Stderr:
// direct println x = 100
// deferred print 2
// deferred println x = 1
