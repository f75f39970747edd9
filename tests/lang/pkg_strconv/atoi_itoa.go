// strconv.Itoa and Atoi, with *NumError texts for syntax and range errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-17", "+5", "0x10", "", " 1", "12a", "99999999999999999999", "-9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("1e99999999999999999999")
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
}
// Output:
// 0 -123 9223372036854775807
// "42" -> 42, <nil>
// "-17" -> -17, <nil>
// "+5" -> 5, <nil>
// "0x10" -> 0, strconv.Atoi: parsing "0x10": invalid syntax
// "" -> 0, strconv.Atoi: parsing "": invalid syntax
// " 1" -> 0, strconv.Atoi: parsing " 1": invalid syntax
// "12a" -> 0, strconv.Atoi: parsing "12a": invalid syntax
// "99999999999999999999" -> 9223372036854775807, strconv.Atoi: parsing "99999999999999999999": value out of range
// "-9223372036854775808" -> -9223372036854775808, <nil>
// Atoi x invalid syntax true
// true false
