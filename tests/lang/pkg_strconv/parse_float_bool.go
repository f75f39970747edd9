// ParseFloat (incl. special values, hex floats, range errors) and ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5e3", "1e400", "-1e400", "inf", "-Inf", "NaN", "0x1p-2",
		"1_000.5", ".5", "5.", "abc", "", "1e-400", "0.1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	_, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
// Output:
// 3.14 3.14 <nil>
// -0.5e3 -500 <nil>
// 1e400 +Inf strconv.ParseFloat: parsing "1e400": value out of range
// -1e400 -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// inf +Inf <nil>
// -Inf -Inf <nil>
// NaN NaN <nil>
// 0x1p-2 0.25 <nil>
// 1_000.5 1000.5 <nil>
// .5 0.5 <nil>
// 5. 5 <nil>
// abc 0 strconv.ParseFloat: parsing "abc": invalid syntax
//  0 strconv.ParseFloat: parsing "": invalid syntax
// 1e-400 0 <nil>
// 0.1 0.1 <nil>
// 0.10000000149011612 <nil> 0.1
// strconv.ParseFloat: parsing "1e39": value out of range
// 1 true <nil>
// t true <nil>
// T true <nil>
// TRUE true <nil>
// true true <nil>
// True true <nil>
// 0 false <nil>
// f false <nil>
// FALSE false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
//  false strconv.ParseBool: parsing "": invalid syntax
