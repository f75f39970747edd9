// Deferred calls run LIFO when the function returns; their arguments are evaluated at the
// defer statement; a deferred closure sees later changes.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	a()
	fmt.Println("end of main")
}
// Output:
// enter a
// in a
// leave a
// end of main
// x in closure: 2
// x at defer: 1
// deferred 2
// deferred 1
// deferred 0
