// Edge cases of the integer and float parsers: base and bit-size errors, underscores only
// with base 0, prefixes, clamped values on overflow, float syntax corners, float32 rounding,
// denormals, and the *NumError fields.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := []struct {
		s          string
		base, bits int
	}{
		{"0", 0, 0}, {"0x", 0, 64}, {"0b", 0, 64}, {"00", 0, 64}, {"08", 0, 64}, {"0_7", 0, 64},
		{"_1", 0, 64}, {"1_", 0, 64}, {"1__0", 0, 64}, {"0x_ff", 0, 64}, {"0X_F_F", 0, 64},
		{"-0b1_0", 0, 64}, {"+0o7", 0, 64}, {"0O7", 0, 8}, {"Z", 36, 64}, {"10", 1, 64},
		{"10", 37, 64}, {"", 99, 64}, {"5", 10, 65}, {"5", 10, -1}, {"-", 99, 64},
		{"127", 0, 8}, {"-128", 0, 8}, {"255", 10, 9}, {"-256", 10, 9}, {"1", 10, 1},
		{"-1", 10, 1}, {"-2", 10, 1}, {"99999999999999999999x", 10, 64},
		{"-9223372036854775809", 10, 64}, {"9223372036854775807", 10, 0}, {"++1", 10, 64},
		{"1 ", 10, 64}, {"١", 10, 64},
	}
	for _, c := range ints {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, c := range ints[:12] {
		v, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q) = %d, %v\n", c.s, v, err)
	}
	for _, s := range []string{"18446744073709551616", "256", "+1", "0xffffffff"} {
		for _, bits := range []int{8, 32, 64} {
			v, err := strconv.ParseUint(s, 0, bits)
			fmt.Println(s, bits, v, err)
		}
	}
	floats := []string{
		"1", "+1", "-0", "+0.0", "0e99999", "1e99999999999999", "1e-99999999999999", "1.e5",
		"1e", "1e+", "e5", ".", "-.", "+.5e-1", "1.5.5", "1__0.5", "_1.5", "1_.5", "1._5",
		"1e1_0", "0x1p0", "0x1P+3", "0x.8p1", "0x1.8", "0xp1", "0x1p", "0x_1p0", "0x1_0p-4",
		"0x1fffffffffffffp0", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
		"Infinity", "+INF", "-infinity", "infin", "infx", "nan", "NAN", "+nan", "-NaN", "in",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
		"2.2250738585072011e-308", "0.000000000000000000000000000000000000000001e42",
		"123456789012345678901234567890", "9007199254740993",
	}
	for _, s := range floats {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"16777217", "3.4028235e38", "3.4028236e38", "3.5e38", "1e-46", "1e-45",
		"0x1.fffffep127", "0x1.ffffffp127", "-1e39", "0.3"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
	_, err := strconv.ParseInt("12", 1, 64)
	ne := err.(*strconv.NumError)
	fmt.Printf("%q %q %q %v\n", ne.Func, ne.Num, ne.Err.Error(), ne.Unwrap() == ne.Err)
	_, err = strconv.Atoi("9999999999999999999")
	ne = err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange, ne.Err == strconv.ErrSyntax)
	fmt.Println(strconv.IntSize)
}
// Output:
// ParseInt("0", 0, 0) = 0, <nil>
// ParseInt("0x", 0, 64) = 0, strconv.ParseInt: parsing "0x": invalid syntax
// ParseInt("0b", 0, 64) = 0, strconv.ParseInt: parsing "0b": invalid syntax
// ParseInt("00", 0, 64) = 0, <nil>
// ParseInt("08", 0, 64) = 0, strconv.ParseInt: parsing "08": invalid syntax
// ParseInt("0_7", 0, 64) = 7, <nil>
// ParseInt("_1", 0, 64) = 0, strconv.ParseInt: parsing "_1": invalid syntax
// ParseInt("1_", 0, 64) = 0, strconv.ParseInt: parsing "1_": invalid syntax
// ParseInt("1__0", 0, 64) = 0, strconv.ParseInt: parsing "1__0": invalid syntax
// ParseInt("0x_ff", 0, 64) = 255, <nil>
// ParseInt("0X_F_F", 0, 64) = 255, <nil>
// ParseInt("-0b1_0", 0, 64) = -2, <nil>
// ParseInt("+0o7", 0, 64) = 7, <nil>
// ParseInt("0O7", 0, 8) = 7, <nil>
// ParseInt("Z", 36, 64) = 35, <nil>
// ParseInt("10", 1, 64) = 0, strconv.ParseInt: parsing "10": invalid base 1
// ParseInt("10", 37, 64) = 0, strconv.ParseInt: parsing "10": invalid base 37
// ParseInt("", 99, 64) = 0, strconv.ParseInt: parsing "": invalid syntax
// ParseInt("5", 10, 65) = 0, strconv.ParseInt: parsing "5": invalid bit size 65
// ParseInt("5", 10, -1) = 0, strconv.ParseInt: parsing "5": invalid bit size -1
// ParseInt("-", 99, 64) = 0, strconv.ParseInt: parsing "-": invalid syntax
// ParseInt("127", 0, 8) = 127, <nil>
// ParseInt("-128", 0, 8) = -128, <nil>
// ParseInt("255", 10, 9) = 255, <nil>
// ParseInt("-256", 10, 9) = -256, <nil>
// ParseInt("1", 10, 1) = 0, strconv.ParseInt: parsing "1": value out of range
// ParseInt("-1", 10, 1) = -1, <nil>
// ParseInt("-2", 10, 1) = -1, <nil>
// ParseInt("99999999999999999999x", 10, 64) = 9223372036854775807, strconv.ParseInt: parsing "99999999999999999999x": value out of range
// ParseInt("-9223372036854775809", 10, 64) = -9223372036854775808, strconv.ParseInt: parsing "-9223372036854775809": value out of range
// ParseInt("9223372036854775807", 10, 0) = 9223372036854775807, <nil>
// ParseInt("++1", 10, 64) = 0, strconv.ParseInt: parsing "++1": invalid syntax
// ParseInt("1 ", 10, 64) = 0, strconv.ParseInt: parsing "1 ": invalid syntax
// ParseInt("١", 10, 64) = 0, strconv.ParseInt: parsing "١": invalid syntax
// ParseUint("0") = 0, <nil>
// ParseUint("0x") = 0, strconv.ParseUint: parsing "0x": invalid syntax
// ParseUint("0b") = 0, strconv.ParseUint: parsing "0b": invalid syntax
// ParseUint("00") = 0, <nil>
// ParseUint("08") = 0, strconv.ParseUint: parsing "08": invalid syntax
// ParseUint("0_7") = 7, <nil>
// ParseUint("_1") = 0, strconv.ParseUint: parsing "_1": invalid syntax
// ParseUint("1_") = 0, strconv.ParseUint: parsing "1_": invalid syntax
// ParseUint("1__0") = 0, strconv.ParseUint: parsing "1__0": invalid syntax
// ParseUint("0x_ff") = 255, <nil>
// ParseUint("0X_F_F") = 255, <nil>
// ParseUint("-0b1_0") = 0, strconv.ParseUint: parsing "-0b1_0": invalid syntax
// 18446744073709551616 8 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 18446744073709551616 32 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 18446744073709551616 64 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 256 8 255 strconv.ParseUint: parsing "256": value out of range
// 256 32 256 <nil>
// 256 64 256 <nil>
// +1 8 0 strconv.ParseUint: parsing "+1": invalid syntax
// +1 32 0 strconv.ParseUint: parsing "+1": invalid syntax
// +1 64 0 strconv.ParseUint: parsing "+1": invalid syntax
// 0xffffffff 8 255 strconv.ParseUint: parsing "0xffffffff": value out of range
// 0xffffffff 32 4294967295 <nil>
// 0xffffffff 64 4294967295 <nil>
// 1 1 <nil>
// +1 1 <nil>
// -0 -0 <nil>
// +0.0 0 <nil>
// 0e99999 0 <nil>
// 1e99999999999999 +Inf strconv.ParseFloat: parsing "1e99999999999999": value out of range
// 1e-99999999999999 0 <nil>
// 1.e5 100000 <nil>
// 1e 0 strconv.ParseFloat: parsing "1e": invalid syntax
// 1e+ 0 strconv.ParseFloat: parsing "1e+": invalid syntax
// e5 0 strconv.ParseFloat: parsing "e5": invalid syntax
// . 0 strconv.ParseFloat: parsing ".": invalid syntax
// -. 0 strconv.ParseFloat: parsing "-.": invalid syntax
// +.5e-1 0.05 <nil>
// 1.5.5 0 strconv.ParseFloat: parsing "1.5.5": invalid syntax
// 1__0.5 0 strconv.ParseFloat: parsing "1__0.5": invalid syntax
// _1.5 0 strconv.ParseFloat: parsing "_1.5": invalid syntax
// 1_.5 0 strconv.ParseFloat: parsing "1_.5": invalid syntax
// 1._5 0 strconv.ParseFloat: parsing "1._5": invalid syntax
// 1e1_0 1e+10 <nil>
// 0x1p0 1 <nil>
// 0x1P+3 8 <nil>
// 0x.8p1 1 <nil>
// 0x1.8 0 strconv.ParseFloat: parsing "0x1.8": invalid syntax
// 0xp1 0 strconv.ParseFloat: parsing "0xp1": invalid syntax
// 0x1p 0 strconv.ParseFloat: parsing "0x1p": invalid syntax
// 0x_1p0 1 <nil>
// 0x1_0p-4 1 <nil>
// 0x1fffffffffffffp0 9.007199254740991e+15 <nil>
// 0x1.fffffffffffff8p1023 +Inf strconv.ParseFloat: parsing "0x1.fffffffffffff8p1023": value out of range
// 0x1p-1074 5e-324 <nil>
// 0x1p-1075 0 <nil>
// 0x1.8p-1075 5e-324 <nil>
// Infinity +Inf <nil>
// +INF +Inf <nil>
// -infinity -Inf <nil>
// infin 0 strconv.ParseFloat: parsing "infin": invalid syntax
// infx 0 strconv.ParseFloat: parsing "infx": invalid syntax
// nan NaN <nil>
// NAN NaN <nil>
// +nan 0 strconv.ParseFloat: parsing "+nan": invalid syntax
// -NaN 0 strconv.ParseFloat: parsing "-NaN": invalid syntax
// in 0 strconv.ParseFloat: parsing "in": invalid syntax
// 1.7976931348623157e308 1.7976931348623157e+308 <nil>
// 1.7976931348623158e308 1.7976931348623157e+308 <nil>
// 1.7976931348623159e308 +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range
// 4.9406564584124654e-324 5e-324 <nil>
// 2.4703282292062328e-324 5e-324 <nil>
// 2.4703282292062327e-324 0 <nil>
// 2.2250738585072011e-308 2.225073858507201e-308 <nil>
// 0.000000000000000000000000000000000000000001e42 1 <nil>
// 123456789012345678901234567890 1.2345678901234568e+29 <nil>
// 9007199254740993 9.007199254740992e+15 <nil>
// 16777217 1.6777216e+07 1.6777216e+07 <nil>
// 3.4028235e38 3.4028234663852886e+38 3.4028235e+38 <nil>
// 3.4028236e38 +Inf +Inf strconv.ParseFloat: parsing "3.4028236e38": value out of range
// 3.5e38 +Inf +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
// 1e-46 0 0 <nil>
// 1e-45 1.401298464324817e-45 1e-45 <nil>
// 0x1.fffffep127 3.4028234663852886e+38 3.4028235e+38 <nil>
// 0x1.ffffffp127 +Inf +Inf strconv.ParseFloat: parsing "0x1.ffffffp127": value out of range
// -1e39 -Inf -Inf strconv.ParseFloat: parsing "-1e39": value out of range
// 0.3 0.30000001192092896 0.3 <nil>
// "ParseInt" "12" "invalid base 1" true
// Atoi 9999999999999999999 true false
// 64
