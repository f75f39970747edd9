// float32 arithmetic rounds to single precision at every step and prints with the
// shortest representation for 32 bits.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	f64 := float64(a)
	fmt.Println(f64)
	fmt.Printf("%v %.10f %g %e\n", a, a, a, a)
	fmt.Printf("%T %T\n", a, f64)
	var third float32 = 1.0 / 3
	fmt.Println(third, float64(third))
	x := float32(3.4e38)
	fmt.Println(x*10, -x*10)
}
// Output:
// 0.3 0.020000001 0.5
// 1.0000001 false
// 1.6777216e+07 1.6777218e+07
// 0.10000000149011612
// 0.1 0.1000000015 0.1 1.000000e-01
// float32 float64
// 0.33333334 0.3333333432674408
// +Inf -Inf
