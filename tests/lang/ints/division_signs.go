// Integer division truncates toward zero and % takes the sign of the dividend.
package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}} {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
}
// Output:
// 7 2 3 1
// -7 2 -3 -1
// 7 -2 -3 1
// -7 -2 3 -1
// 1 3 0 1
// -1 3 0 -1
// -128 0
// 35 5
