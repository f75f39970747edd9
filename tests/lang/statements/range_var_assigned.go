// Loop variables the body assigns get their own copy; the others read the
// loop's counter directly. Either way the iteration is unaffected.
package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		if i == 0 {
			i = 5
			v++
		}
		fmt.Println(i, v)
	}
	for i := range []int{0, 1, 2} {
		i += 10
		fmt.Println(i)
	}
	for i, c := range "héllo" {
		fmt.Print(" ", i, string(c))
		c = 'x'
	}
	fmt.Println()
	for i := range "ab" {
		p := &i
		*p = 9
		fmt.Println(i)
	}
	k, v := 0, 0
	for k, v = range s {
	}
	fmt.Println(k, v)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for x := range ch {
		x *= 3
		fmt.Println(x)
	}
}

// Output:
// 5 11
// 1 20
// 2 30
// 10
// 11
// 12
//  0h 1é 3l 4l 5o
// 9
// 9
// 2 30
// 3
// 6
