// copy copies min(len(dst), len(src)) elements, handles overlap, and copies from strings.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
}
// Output:
// 3 [1 2 3]
// 4 [1 1 2 3 4]
// 3 [3 4 5 4 5]
// 4 [104 195 169 108]
// 0 0
