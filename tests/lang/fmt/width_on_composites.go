// Width, precision and flags apply to each element of slices, arrays, maps and struct fields.
package main

import "fmt"

type P struct {
	X, Y float64
	Name string
}

func main() {
	fmt.Printf("%6.2f\n", P{1, 2.5, "pt"})
	fmt.Printf("%5d|%-5d|%05d\n", []int{1, 2}, [2]int{3, 4}, []int{-5})
	fmt.Printf("%8s|%-4s|\n", []string{"ab", "c"}, map[string]string{"k": "v"})
	fmt.Printf("%+v|%+d\n", P{1, 2, "n"}, []int{1, -1})
	fmt.Printf("%x|%X\n", []string{"hi", "yo"}, P{10, 11, "z"})
	fmt.Printf("%.1f|%3v\n", map[string]float64{"pi": 3.14159}, []interface{}{1, "a", nil})
	fmt.Printf("%q|%v\n", []rune("héllo"), []rune("hé"))
	fmt.Printf("%c|%U\n", []rune("ab"), []rune("ab"))
}
// Output:
// {  1.00   2.50 %!f(string=    pt)}
// [    1     2]|[3     4    ]|[-0005]
// [      ab        c]|map[k   :v   ]|
// {X:1 Y:2 Name:n}|[+1 -1]
// [6869 796f]|{0X1.4P+03 0X1.6P+03 7A}
// map[%!f(string=p):3.1]|[  1   a <nil>]
// ['h' 'é' 'l' 'l' 'o']|[104 233]
// [a b]|[U+0061 U+0062]
