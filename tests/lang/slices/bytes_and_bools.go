package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

type Key [3]byte

type S struct {
	A    int
	Name [5]byte
	Ok   [3]bool
	B    byte
}

func main() {
	b := []byte("hello, world")
	b[0] = 'H'
	b = append(b, '!', '?')
	b = append(b, " more"...)
	b = append(b, []byte{1, 2}...)
	fmt.Println(string(b[:14]), len(b), cap(b), b[len(b)-2:])
	fmt.Printf("%s|%q|%x|%v|%d\n", b[:5], b[:5], b[:5], b[:3], b[:2])
	c := make([]byte, 3, 10)
	n := copy(c, "abcdef")
	fmt.Println(n, c, string(c))
	n = copy(c[1:], b)
	fmt.Println(n, string(c))
	var arr [8]byte
	arr[7] = 200
	arr[0]++
	s := arr[2:5]
	s[0] = 9
	fmt.Println(arr, s, len(s), cap(s))
	p := &arr[3]
	*p = 77
	*p += 1
	fmt.Println(arr[3], *p)
	bs := []bool{true, false, true}
	bs[1] = !bs[1]
	fmt.Println(bs, len(bs))
	sieve := make([]bool, 30)
	for i := 2; i < 30; i++ {
		if !sieve[i] {
			for j := i * i; j < 30; j += i {
				sieve[j] = true
			}
		}
	}
	for i := 2; i < 30; i++ {
		if !sieve[i] {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	m := map[Key]int{{1, 2, 3}: 1, {0, 0, 1}: 2}
	m[Key{1, 2, 3}]++
	fmt.Println(m, m[Key{1, 2, 3}], Key{1, 2, 3} == Key{1, 2, 3}, Key{1, 2, 3} == Key{1, 2, 4})
	var st S
	st.Name = [5]byte{'a', 'b'}
	st.Ok[1] = true
	st.B = 255
	st2 := st
	st2.Name[4] = 'z'
	fmt.Printf("%v %+v %v\n", st, st2, st == st2)
	for i, x := range st2.Name {
		fmt.Print(i, ":", x, " ")
	}
	for i, x := range []byte("hi") {
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()
	buf := strconv.AppendInt([]byte("n="), -42, 10)
	buf = utf8.AppendRune(buf, 'é')
	fmt.Println(string(buf), utf8.RuneCount(buf), utf8.Valid(buf))
	e := make([]byte, 4)
	k := utf8.EncodeRune(e, '€')
	fmt.Println(e[:k], k)
	for i := range b[:3] {
		b[i] = 0
	}
	fmt.Println(b[:5])
	var nb []byte
	nb = append(nb, "x"...)
	fmt.Println(nb, string(nb) == "x")
	grid := [][]byte{[]byte("ab"), []byte("cd")}
	grid[1][0] = 'X'
	fmt.Println(string(grid[0]), string(grid[1]))
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i)
	}
	sum := 0
	for _, x := range big {
		sum += int(x)
	}
	fmt.Println(sum)
	fmt.Printf("%#v %#v\n", []byte{1, 2}, [2]bool{true, false})
	i8 := []int8{-1, 2}
	i8[0]--
	fmt.Println(i8)
}

// Output:
// Hello, world!? 21 24 [1 2]
// Hello|"Hello"|48656c6c6f|[72 101 108]|[72 101]
// 3 [97 98 99] abc
// 2 aHe
// [1 0 9 0 0 0 0 200] [9 0 0] 3 6
// 78 78
// [true true true] 3
// 2 3 5 7 11 13 17 19 23 29 
// map[[0 0 1]:2 [1 2 3]:2] 2 true false
// {0 [97 98 0 0 0] [false true false] 255} {A:0 Name:[97 98 0 0 122] Ok:[false true false] B:255} false
// 0:97 1:98 2:0 3:0 4:122 0:104 1:105 
// n=-42é 6 true
// [226 130 172] 3
// [0 0 0 108 111]
// [120] true
// ab Xd
// 133693440
// []byte{0x1, 0x2} [2]bool{true, false}
// [-2 2]
