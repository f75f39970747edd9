// len of strings counts bytes (not runes); len and cap of channels;
// len of a constant string is a constant.
package main

import "fmt"

const greeting = "héllo, 世界"

func main() {
	fmt.Println(len(""), len("abc"), len(greeting))
	const n = len("four")
	fmt.Println(n)
	s := "x"
	for i := 0; i < 5; i++ {
		s += s
	}
	fmt.Println(len(s))

	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	b := make(chan string, 5)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	<-b
	fmt.Println(len(b), cap(b))
}
// Output:
// 0 3 14
// 4
// 32
// 0 0
// 0 0
// 2 5
// 1 5
