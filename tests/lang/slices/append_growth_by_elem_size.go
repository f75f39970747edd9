// append's capacity growth matches Go's runtime for elements of many sizes: doubling below
// 256 elements, then the smoother 1.25x formula, rounded up to the allocator's size
// classes; appending many elements at once grows to at least the needed length.
package main

import "fmt"

type S3 [3]int32
type S5 struct{ A, B, C, D, E int }
type Big [13]byte

func capsInt8() []int {
	var s []int8
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int8(i))
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsInt16() []int {
	var s []int16
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsInt32() []int {
	var s []int32
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsS3() []int {
	var s []S3
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, S3{})
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsString() []int {
	var s []string
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, "")
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsSlice() []int {
	var s [][]int
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, nil)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsS5() []int {
	var s []S5
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, S5{})
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsBig() []int {
	var s []Big
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, Big{})
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsBool() []int {
	var s []bool
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, true)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func capsIface() []int {
	var s []interface{}
	var caps []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func main() {
	fmt.Println("int8  ", capsInt8())
	fmt.Println("bool  ", capsBool())
	fmt.Println("int16 ", capsInt16())
	fmt.Println("int32 ", capsInt32())
	fmt.Println("[3]i32", capsS3())
	fmt.Println("string", capsString())
	fmt.Println("[]int ", capsSlice())
	fmt.Println("S5    ", capsS5())
	fmt.Println("[13]b ", capsBig())
	fmt.Println("iface ", capsIface())

	// Appending several at once: the new cap is at least the needed length, size-rounded.
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 33, 100, 257, 1000} {
		a := append([]int(nil), make([]int, n)...)
		b := append([]byte(nil), make([]byte, n)...)
		c := append([]string{"x"}, make([]string, n)...)
		d := append(make([]int, 10), make([]int, n)...)
		fmt.Println(n, cap(a), cap(b), cap(c), cap(d))
	}
	// Growing from a non-empty slice with small and large additions.
	s := make([]int, 300)
	fmt.Println(cap(append(s, 1)), cap(append(s, make([]int, 300)...)), cap(append(s, make([]int, 400)...)))
	t := make([]int64, 5, 5)
	fmt.Println(cap(append(t, 1)), cap(append(t, 1, 2, 3, 4, 5, 6)), cap(append(t[:2], 1)))
	// Appending within capacity does not reallocate.
	u := make([]int, 2, 10)
	v := append(u, 3)
	v[0] = 99
	fmt.Println(u, v, cap(v))
	// []byte from string and back, appended.
	bs := append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs))
}
// Output:
// int8   [8 16 32 64 128 256 512 896 1408 2048 3072]
// bool   [8 16 32 64 128 256 512 896 1408 2048 3072]
// int16  [4 8 16 32 64 128 256 512 896 1344 2048 3072]
// int32  [2 4 8 16 32 64 128 256 512 864 1344 2048 3072]
// [3]i32 [1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413]
// string [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584]
// []int  [1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072]
// S5     [1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072]
// [13]b  [1 2 4 8 16 32 68 137 315 630 1043 1575 2205 3150]
// iface  [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584]
// 1 1 8 2 20
// 2 2 8 3 20
// 3 3 8 4 20
// 5 6 8 6 20
// 7 8 8 8 20
// 9 10 16 10 20
// 13 14 16 14 24
// 17 18 24 18 28
// 33 36 48 36 44
// 100 112 112 112 112
// 257 288 288 304 288
// 1000 1024 1024 1024 1024
// 608 1024 768
// 10 12 5
// [99 0] [99 0 3] 10
// hello world 11
