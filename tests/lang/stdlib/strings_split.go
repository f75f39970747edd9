package main

import (
	"fmt"
	"strings"
)

func show(a []string) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", a, len(a), cap(a), a == nil)
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a,b,c,", ","))
	show(strings.Split("", ","))
	show(strings.Split("", ""))
	show(strings.Split("abc", ""))
	show(strings.Split("héllo\xffx", ""))
	show(strings.Split("a--b----c", "--"))
	show(strings.Split("abc", "abc"))
	show(strings.Split("abc", "abcd"))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfter("a,b,c,", ","))
	show(strings.SplitAfter("", ","))
	show(strings.SplitAfter("xyz", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("a,b", ",", 10))
	show(strings.SplitN("a", ",", 10))
	show(strings.SplitN("", ",", 10))
	show(strings.SplitN("日本語", "", 2))
	show(strings.SplitN("日本語", "", 0))
	show(strings.SplitN("日本語", "", 10))
	show(strings.SplitN("\xff\xfe", "", 5))
	show(strings.SplitAfterN("a,b,c,d", ",", 3))
	show(strings.SplitAfterN("a,b,c,d", ",", 0))
	show(strings.SplitAfterN("a,b", ",", 7))

	show(strings.Fields("  foo bar  baz   "))
	show(strings.Fields(""))
	show(strings.Fields("   \t\n"))
	show(strings.Fields("one"))
	show(strings.Fields("a\u00a0b\u2003c\x85d\xffe  日本"))
	show(strings.Fields("\u3000x\u3000"))

	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, ""))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join(strings.Split("a b c", " "), "+"))

	// Pieces are independent strings; the slice can be modified.
	parts := strings.Split("x.y.z", ".")
	parts[1] = "Y"
	parts = append(parts, "w")
	fmt.Println(parts, len(parts), cap(parts))

	// Large inputs.
	big := strings.Repeat("ab,", 10000)
	p := strings.Split(big, ",")
	fmt.Println(len(p), cap(p), p[0], p[9999], p[10000] == "")
	j := strings.Join(p, ",")
	fmt.Println(len(j), j == big)
	f := strings.Fields(strings.Repeat(" w ", 5000))
	fmt.Println(len(f), cap(f), f[4999])
	e := strings.Split(strings.Repeat("é", 3000), "")
	fmt.Println(len(e), cap(e), e[2999])
}

// Output:
// ["a" "b" "c"] len=3 cap=3 nil=false
// ["a" "b" "c" ""] len=4 cap=4 nil=false
// [""] len=1 cap=1 nil=false
// [] len=0 cap=0 nil=false
// ["a" "b" "c"] len=3 cap=3 nil=false
// ["h" "é" "l" "l" "o" "�" "x"] len=7 cap=7 nil=false
// ["a" "b" "" "c"] len=4 cap=4 nil=false
// ["" ""] len=2 cap=2 nil=false
// ["abc"] len=1 cap=1 nil=false
// ["a," "b," "c"] len=3 cap=3 nil=false
// ["a," "b," "c," ""] len=4 cap=4 nil=false
// [""] len=1 cap=1 nil=false
// ["x" "y" "z"] len=3 cap=3 nil=false
// ["a" "b,c,d"] len=2 cap=2 nil=false
// [] len=0 cap=0 nil=true
// ["a" "b" "c" "d"] len=4 cap=4 nil=false
// ["a" "b"] len=2 cap=4 nil=false
// ["a"] len=1 cap=2 nil=false
// [""] len=1 cap=1 nil=false
// ["日" "本語"] len=2 cap=2 nil=false
// [] len=0 cap=0 nil=true
// ["日" "本" "語"] len=3 cap=3 nil=false
// ["�" "\xfe"] len=2 cap=2 nil=false
// ["a," "b," "c,d"] len=3 cap=3 nil=false
// [] len=0 cap=0 nil=true
// ["a," "b"] len=2 cap=4 nil=false
// ["foo" "bar" "baz"] len=3 cap=3 nil=false
// [] len=0 cap=0 nil=false
// [] len=0 cap=0 nil=false
// ["one"] len=1 cap=1 nil=false
// ["a" "b" "c\x85d\xffe" "日本"] len=4 cap=4 nil=false
// ["x"] len=1 cap=1 nil=false
// ""
// ""
// "only"
// "a, b, c"
// ""
// "--"
// "a+b+c"
// [x Y z w] 4 6
// 10001 10001 ab ab true
// 30000 true
// 5000 5000 w
// 3000 3000 é
