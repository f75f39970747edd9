// Slicing a string out of range, recovered: Go's boundsError texts, including a negative
// high bound (not mistaken for an omitted one).
package main

import "fmt"

func try(f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%T: %v\n", r, r)
		}
	}()
	fmt.Printf("%q\n", f())
}

func main() {
	s := "hello"
	neg, big, two := -1, 6, 2
	try(func() string { return s[:neg] })
	try(func() string { return s[neg:] })
	try(func() string { return s[big:] })
	try(func() string { return s[:big] })
	try(func() string { return s[3:two] })
	try(func() string { return s[two:] })
	try(func() string { return s[5:] })
}
// Output:
// runtime.boundsError: runtime error: slice bounds out of range [:-1]
// runtime.boundsError: runtime error: slice bounds out of range [-1:]
// runtime.boundsError: runtime error: slice bounds out of range [6:5]
// runtime.boundsError: runtime error: slice bounds out of range [:6] with length 5
// runtime.boundsError: runtime error: slice bounds out of range [3:2]
// "llo"
// ""
