// Printf diagnostics inside the output: wrong types, missing and extra arguments, bad
// argument indexes, nil with verbs, bad width.
package main

import "fmt"

func main() {
	fmt.Printf("%d|%s|%x\n", "s", 1.5, true)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s\n", "a", "b", 3)
	fmt.Printf("%[3]d %d\n", 1, 2)
	fmt.Printf("%[0]d|%[x]d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s|%v\n", nil, []interface{}{nil})
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d|\n", -1, 5)
	fmt.Printf("%z %y\n", 1, "a")
	fmt.Printf("no verbs\n", 1)
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c|%U\n", "str", 1.5)
}
// Output:
// %!d(string=s)|%!s(float64=1.5)|%!x(bool=true)
// 1 %!d(MISSING)
// a
// %!(EXTRA string=b, int=3)%!d(BADINDEX) 1
// %!d(BADINDEX)|%!d(BADINDEX)
// %!!(MISSING)
// %!d(<nil>)
// %!s(<nil>)|[<nil>]
// %!(BADWIDTH)5
// %!(BADPREC)5|
// %!z(int=1) %!y(string=a)
// no verbs
// %!(EXTRA int=1)[%!d(string=a)]
// %!t(int=1)
// %!c(string=str)|%!U(float64=1.5)
