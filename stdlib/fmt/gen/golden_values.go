// Generates tests/unit/value_format_cases.inc: Go's output for composite
// values (structs, pointers, slices, arrays, maps, interfaces, methods) that
// tests/unit/test_value_format.cpp builds by hand with the same ids.
//
//	go run stdlib/fmt/gen/golden_values.go > tests/unit/value_format_cases.inc
package main

import (
	"fmt"
	"math"
	"strings"
)

type T struct {
	A int
	B string
}
type P struct{ X, Y int }
type Celsius float64
type Named []int
type Inner struct {
	N []int
	M map[string]int
}
type S struct{ N int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.N) }

type PS struct{ N int }

func (s *PS) String() string { return fmt.Sprintf("PS<%d>", s.N) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type Err struct{}

func (Err) Error() string  { return "err!" }
func (Err) String() string { return "not used" }

type Hidden struct {
	A S
	b S
}

func cpp(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\\' || c < 0x20 || c >= 0x7f || c == '?' {
			fmt.Fprintf(&b, "\\%03o", c)
		} else {
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	cases := []struct {
		id, f string
		v     any
	}{
		{"struct_v", "%v", T{1, "x"}},
		{"struct_plusv", "%+v", T{1, "x"}},
		{"struct_sharpv", "%#v", T{1, "x"}},
		{"struct_T", "%T", T{}},
		{"struct_d", "%d", T{1, "x"}},
		{"struct_s", "%s", T{1, "x"}},
		{"ptr_struct_v", "%v", &T{1, "x"}},
		{"ptr_struct_plusv", "%+v", &T{1, "x"}},
		{"ptr_struct_sharpv", "%#v", &T{1, "x"}},
		{"struct_p", "%p", T{}},
		{"slice_v", "%v", []int{1, 2, 3}},
		{"slice_sharpv", "%#v", []int{1, 2, 3}},
		{"slice_nil_v", "%v", []int(nil)},
		{"slice_nil_sharpv", "%#v", []int(nil)},
		{"slice_empty_sharpv", "%#v", []int{}},
		{"slice_5d", "%5d", []int{1, 2}},
		{"slice_x", "%x", []int{10, 255}},
		{"slice_s", "%s", []int{1}},
		{"slice_plusd", "%+d", []int{1, -1}},
		{"slice_minus4v", "%-4v|", []int{1, 2}},
		{"array_v", "%v", [3]int{1, 2, 3}},
		{"array_bool_sharpv", "%#v", [2]bool{true, false}},
		{"strs_v", "%v", []string{"a", "b"}},
		{"strs_q", "%q", []string{"a", "b"}},
		{"strs_sharpv", "%#v", []string{"a"}},
		{"bytes_s", "%s", []byte("hi")},
		{"bytes_x", "%x", []byte("hi")},
		{"bytes_v", "%v", []byte("hi")},
		{"bytes_sharpv", "%#v", []byte("hi")},
		{"bytes_q", "%q", []byte("hi")},
		{"map_v", "%v", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"map_sharpv", "%#v", map[string]int{"b": 2, "a": 1}},
		{"map_int_v", "%v", map[int]string{3: "c", -1: "a", 2: "b"}},
		{"map_nil_v", "%v", map[string]int(nil)},
		{"map_nil_sharpv", "%#v", map[string]int(nil)},
		{"map_float_v", "%v", map[float64]int{math.NaN(): 1, 2.5: 2, -1: 3}},
		{"map_bool_v", "%v", map[bool]int{true: 1, false: 0}},
		{"map_struct_v", "%v", map[P]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}},
		{"map_d", "%d", map[string]int{"a": 1}},
		{"inner_v", "%v", Inner{[]int{1}, map[string]int{"z": 1}}},
		{"inner_plusv", "%+v", Inner{nil, nil}},
		{"inner_sharpv", "%#v", Inner{nil, nil}},
		{"anys_v", "%v", []any{1, "a", nil, 2.5, T{1, "x"}}},
		{"anys_sharpv", "%#v", []any{1, "a", nil}},
		{"nil_ifaces_v", "%v", struct {
			A any
			B error
		}{nil, nil}},
		{"nil_ifaces_sharpv", "%#v", struct {
			A any
			B error
		}{nil, nil}},
		{"celsius_v", "%v", Celsius(21.5)},
		{"celsius_T", "%T", Celsius(1)},
		{"celsius_sharpv", "%#v", Celsius(2)},
		{"celsius_slice_v", "%v", []Celsius{1.5}},
		{"complex_slice_v", "%v", []complex128{1 + 2i}},
		{"floats_2f", "%.2f", []float64{1, 2.345}},
		{"named_v", "%v", Named{1, 2}},
		{"named_sharpv", "%#v", Named{1, 2}},
		{"named_T", "%T", Named{}},
		{"mapslice_T", "%T", map[string][]int{}},
		{"anys_T", "%T", []any{}},
		{"anon_T", "%T", struct {
			A int
			B string
		}{}},
		{"anon_sharpv", "%#v", struct {
			A int
			B string
		}{1, "x"}},
		{"nested_v", "%v", [][]int{{1}, {2, 3}}},
		{"mapofslice_v", "%v", map[string][]int{"a": {1, 2}}},
		{"array_08_3f", "%08.3f", [1]float64{3.14159}},
		{"bools_t", "%t", []bool{true}},
		{"runes_c", "%c", []rune("hé")},
		{"runes_U", "%U", []rune("a")},
		{"runes_v", "%v", []rune("ab")},
		{"ptr_slice_v", "%v", &[]int{1}},
		{"ptr_map_v", "%v", &map[string]int{"a": 1}},
		{"nilptrs_v", "%v", []*int{nil}},
		{"nilptrs_sharpv", "%#v", []*int{nil}},
		{"empty_struct_v", "%v", struct{}{}},
		{"unexported_v", "%v", struct {
			p int
			Q string
		}{1, "q"}},
		{"stringer_v", "%v", S{1}},
		{"stringer_d", "%d", S{1}},
		{"stringer_slice_s", "%s", []S{{1}, {2}}},
		{"stringer_hidden", "%v", Hidden{S{1}, S{2}}},
		{"stringer_sharpv", "%#v", S{1}},
		{"stringer_ptr", "%v", &S{3}},
		{"stringer_nilptr", "%v", (*S)(nil)},
		{"ptrstringer_value", "%v", PS{4}},
		{"ptrstringer_ptr", "%v", &PS{4}},
		{"boom", "%v", Boom{}},
		{"boom_in_slice", "%v", []Boom{{}}},
		{"error_v", "%v", Err{}},
		{"stringer_x", "%x", S{1}},
		{"stringer_width", "%6v|", S{1}},
		{"stringer_map", "%v", map[S]int{{2}: 1, {1}: 2}},
		{"stringer_T", "%T", S{}},
	}
	fmt.Println("// Generated by stdlib/fmt/gen/golden_values.go from Go's own fmt; do not edit.")
	for _, c := range cases {
		fmt.Printf("{%s, %s},\n", cpp(c.id), cpp(fmt.Sprintf(c.f, c.v)))
	}
}
