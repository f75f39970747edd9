// Sprint adds spaces only between operands when neither is a string; Sprintln always
// separates with spaces; Fprint* write to os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"))
	s := fmt.Sprintln("a", 1, "b")
	fmt.Printf("%q\n", s)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 2)
	fmt.Fprint(os.Stdout, "no newline", 3, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "err %d\n", 2)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d\n", 12345)
	fmt.Println(n)
	str := fmt.Sprintf("%v and %v", []string{"x"}, struct{ A, B int }{1, 2})
	fmt.Println(str, len(str))
}
// Output:
// ab1 2c3.5 true false
// 1 2 x1 1x
// "a 1 b\n"
// to stdout 1
// k=2
// no newline3
// count me
// 9 <nil>
// 12345
// 6
// [x] and {1 2} 13
// Stderr:
// to stderr
// err 2
