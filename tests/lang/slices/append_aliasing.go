// Two slices sharing a backing array: append within spare capacity overwrites what the
// other slice sees; append beyond capacity copies.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	c[0] = 100
	fmt.Println(full, c, d)
	x := []int{0, 1, 2, 3, 4}
	y := x[1:3]
	y = append(y, 99)
	fmt.Println(x, y, len(y), cap(y))
	z := x[1:3:3]
	z = append(z, 42)
	fmt.Println(x, z, cap(z) >= 3)
	x[1] = -1
	fmt.Println(y[0], z[0])
}
// Output:
// [0 0 0 2] [0 0 0 2] true
// [1 2 3] [100 2 3 4] [1 2 3 5]
// [0 1 2 99 4] [1 2 99] 3 4
// [0 1 2 99 4] [1 2 42] true
// -1 1
