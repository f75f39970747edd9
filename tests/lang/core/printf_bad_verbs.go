// Printf with mismatched or missing arguments prints Go's %!verb(...) forms
// instead of failing.
package main

import "fmt"

func main() {
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%t %z\n", 1, 2)
	fmt.Printf("100%")
	fmt.Println()
}
// Output:
// %!d(string=str) %!s(int=5)
// %!d(MISSING)
// 1
// %!(EXTRA int=2)%!t(int=1) %!z(int=2)
// 100%!(NOVERB)
