// ParseInt and ParseUint with bases (0 = from prefix), bit sizes and range errors which
// return the clamped value.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 64}, {"0xff", 0, 64},
		{"0b101", 0, 8}, {"0o17", 0, 16}, {"017", 0, 16}, {"1_000", 0, 32}, {"1_000", 10, 32},
		{"zz", 36, 64}, {"12", 2, 64}, {"9223372036854775808", 10, 64}, {"-", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
}
// Output:
// 127 10 8 127 <nil>
// 128 10 8 127 strconv.ParseInt: parsing "128": value out of range
// -129 10 8 -128 strconv.ParseInt: parsing "-129": value out of range
// ff 16 64 255 <nil>
// 0xff 0 64 255 <nil>
// 0b101 0 8 5 <nil>
// 0o17 0 16 15 <nil>
// 017 0 16 15 <nil>
// 1_000 0 32 1000 <nil>
// 1_000 10 32 0 strconv.ParseInt: parsing "1_000": invalid syntax
// zz 36 64 1295 <nil>
// 12 2 64 0 strconv.ParseInt: parsing "12": invalid syntax
// 9223372036854775808 10 64 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// - 10 64 0 strconv.ParseInt: parsing "-": invalid syntax
// 18446744073709551615 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 255 strconv.ParseUint: parsing "300": value out of range
