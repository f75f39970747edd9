// fmt.Printf verbs: %d %s %v %t %f %q %x %X %o %b %c %% with widths, flags
// and precision; and Print's spacing rules.
package main

import "fmt"

func main() {
	fmt.Printf("%d %s %v %t %f %q %x %%\n", 42, "str", 3, true, 1.5, "q\"s", 255)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%b]\n", 42, 42, 42, 42, -255, 255, 8, 5)
	fmt.Printf("[%8s] [%-8s] [%.2s] [%q] [%x] [%X]\n", "go", "go", "golang", "tab\t", "hi", "hi")
	fmt.Printf("[%6.2f] [%-8.3f] [%.0f] [%e] [%g]\n", 3.14159, 2.0, 2.5, 123456.789, 0.000001)
	fmt.Printf("%v %v %v %v\n", 1, "a", false, 2.5)
	fmt.Printf("%t %v\n", false, true)
	fmt.Printf("%c%c%c %U\n", 'G', 'o', 0x4E16, 0x4E16)
	fmt.Printf("%d%%\n", 100)
	fmt.Printf("%3c|%-4q|\n", 'x', 'y')
	fmt.Printf("no newline")
	fmt.Printf("\n")
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", 1, true, 2.5)
}
// Output:
// 42 str 3 true 1.500000 "q\"s" ff %
// [   42] [42   ] [00042] [+42] [-ff] [FF] [10] [101]
// [      go] [go      ] [go] ["tab\t"] [6869] [6869]
// [  3.14] [2.000   ] [2] [1.234568e+05] [1e-06]
// 1 a false 2.5
// false true
// Go世 U+4E16
// 100%
//   x|'y' |
// no newline
// ab1 2c3.5 true
// 1 2
// a 1 true 2.5
