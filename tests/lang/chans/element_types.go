// Channels of every element type: structs and arrays (sent by value; a
// closed channel yields a zero value that can be used), functions,
// channels, interfaces, strings, pointers, slices and maps, through plain
// operations and through select.
package main

import "fmt"

type point struct{ X, Y int }

type shape interface{ Area() int }

type rect struct{ W, H int }

func (r rect) Area() int { return r.W * r.H }

type nested struct {
	P    point
	Tags [2]string
}

func main() {
	ps := make(chan point, 2)
	p := point{1, 2}
	ps <- p
	p.X = 100 // the channel holds a copy
	q := <-ps
	q.Y = 7
	fmt.Println(q, p)
	close(ps)
	z, ok := <-ps
	z.X = 5 // a zero value from a closed channel is an ordinary value
	fmt.Println(z, ok)
	select {
	case zz := <-ps:
		zz.Y = 9
		fmt.Println("select on closed:", zz)
	}
	var into point
	select {
	case into, ok = <-ps:
		fmt.Println("into:", into, ok)
	}

	ns := make(chan nested, 1)
	n := nested{point{3, 4}, [2]string{"a", "b"}}
	ns <- n
	n.Tags[0] = "changed"
	fmt.Println(<-ns)
	close(ns)
	fmt.Println(<-ns)

	arrs := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	select {
	case arrs <- a:
	}
	a[0] = 9
	b := <-arrs
	fmt.Println(a, b)
	close(arrs)
	b = <-arrs
	fmt.Println(b)

	fs := make(chan func(int) int, 2)
	k := 10
	fs <- func(x int) int { return x + k }
	fs <- func(x int) int { return x * k }
	f1, f2 := <-fs, <-fs
	fmt.Println(f1(1), f2(2))

	cs := make(chan chan string, 1)
	inner := make(chan string, 1)
	cs <- inner
	inner <- "through a channel of channels"
	fmt.Println(<-<-cs)

	is := make(chan shape, 2)
	is <- rect{2, 3}
	is <- nil
	s1 := <-is
	s2 := <-is
	fmt.Println(s1.Area(), s2 == nil)
	anys := make(chan interface{}, 4)
	anys <- 1
	anys <- "two"
	anys <- point{3, 3}
	anys <- nil
	for i := 0; i < 4; i++ {
		select {
		case v := <-anys:
			fmt.Printf("%v %T\n", v, v)
		}
	}

	strs := make(chan string)
	go func() {
		strs <- "hello"
		close(strs)
	}()
	for s := range strs {
		fmt.Println(s, len(s))
	}
	e, ok := <-strs
	fmt.Printf("%q %v\n", e, ok)

	ptrs := make(chan *point, 1)
	pp := &point{1, 1}
	ptrs <- pp
	(<-ptrs).X = 42
	fmt.Println(*pp)

	sl := make(chan []int, 1)
	sl <- []int{1, 2, 3}
	fmt.Println(<-sl)
	ms := make(chan map[string]int, 1)
	ms <- map[string]int{"k": 1}
	fmt.Println(<-ms)
	close(sl)
	close(ms)
	nilSlice, nilMap := <-sl, <-ms
	fmt.Println(nilSlice == nil, nilMap == nil, len(nilSlice), len(nilMap))

	empty := make(chan struct{}, 3)
	empty <- struct{}{}
	empty <- struct{}{}
	fmt.Println(len(empty), cap(empty))
}
// Output:
// {1 7} {100 2}
// {5 0} false
// select on closed: {0 9}
// into: {0 0} false
// {{3 4} [a b]}
// {{0 0} [ ]}
// [9 2 3] [1 2 3]
// [0 0 0]
// 11 20
// through a channel of channels
// 6 true
// 1 int
// two string
// {3 3} main.point
// <nil> <nil>
// hello 5
// "" false
// {42 1}
// [1 2 3]
// map[k:1]
// true true 0 0
// 2 3
