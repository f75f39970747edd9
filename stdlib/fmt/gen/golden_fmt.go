// golden_fmt.go runs real Go fmt/strconv over many verbs x flags x widths x
// precisions x edge values and writes the results as C++ test data, so the
// C++ formatting library is checked byte for byte against Go.
//
// Usage: cd stdlib/fmt/gen && go run golden_fmt.go [-o ../../../tests/unit/fmt_golden_cases.inc] [-scale 1]
// A larger -scale writes a much bigger table for local stress runs (don't
// commit those).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"unsafe"
)

// val is one Go operand plus its C++ constructor expression.
type val struct {
	v   any
	cpp string
}

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c) // always 3 digits: never absorbs a following digit
		}
	}
	b.WriteByte('"')
	// sv keeps embedded NULs and spares the compiler a constexpr strlen
	// (long ones add up to its evaluation limit).
	if strings.IndexByte(s, 0) >= 0 || len(s) > 12 {
		b.WriteString("sv")
	}
	return b.String()
}

func cdouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NAN_"
	case math.IsInf(f, 1):
		return "INF_"
	case math.IsInf(f, -1):
		return "(-INF_)"
	}
	return strconv.FormatFloat(f, 'x', -1, 64)
}

func mk(v any) val {
	t := fmt.Sprintf("%T", v)
	q := cstr(t)
	switch x := v.(type) {
	case nil:
		return val{v, "N()"}
	case bool:
		return val{v, fmt.Sprintf("T(%v)", x)}
	case int:
		return val{v, fmt.Sprintf("I(%dLL,%s)", x, q)}
	case int8:
		return val{v, fmt.Sprintf("I(%d,%s)", x, q)}
	case int16:
		return val{v, fmt.Sprintf("I(%d,%s)", x, q)}
	case int32:
		return val{v, fmt.Sprintf("I(%d,%s)", x, q)}
	case int64:
		if x == math.MinInt64 {
			return val{v, fmt.Sprintf("I(INT64_MIN,%s)", q)}
		}
		return val{v, fmt.Sprintf("I(%dLL,%s)", x, q)}
	case uint:
		return val{v, fmt.Sprintf("U(%dULL,%s)", x, q)}
	case uint8:
		return val{v, fmt.Sprintf("U(%d,%s)", x, q)}
	case uint16:
		return val{v, fmt.Sprintf("U(%d,%s)", x, q)}
	case uint32:
		return val{v, fmt.Sprintf("U(%dU,%s)", x, q)}
	case uint64:
		return val{v, fmt.Sprintf("U(%dULL,%s)", x, q)}
	case uintptr:
		return val{v, fmt.Sprintf("U(%dULL,%s)", x, q)}
	case float32:
		return val{v, fmt.Sprintf("D32(%s)", cdouble(float64(x)))}
	case float64:
		return val{v, fmt.Sprintf("D(%s)", cdouble(x))}
	case complex64:
		return val{v, fmt.Sprintf("Z(%s,%s,64)", cdouble(float64(real(x))), cdouble(float64(imag(x))))}
	case complex128:
		return val{v, fmt.Sprintf("Z(%s,%s,128)", cdouble(real(x)), cdouble(imag(x)))}
	case string:
		return val{v, fmt.Sprintf("S(%s)", cstr(x))}
	case []byte:
		addr := 0
		if x != nil {
			addr = 1 // non-nil marker; %p is not tested for slices
		}
		return val{v, fmt.Sprintf("B(%s,%d)", cstr(string(x)), addr)}
	case unsafe.Pointer:
		return val{v, fmt.Sprintf("P(%dULL,%s)", uintptr(x), q)}
	case *int:
		return val{v, fmt.Sprintf("P(%dULL,%s)", uintptr(unsafe.Pointer(x)), q)}
	}
	panic(fmt.Sprintf("unsupported %T", v))
}

// The generated file is four constant tables (not code) so that it
// compiles quickly.
var argsOut, casesOut, floatOut, builtinOut strings.Builder
var nCases, nArgs int

func emitCase(mode byte, format string, want string, args []val) {
	for _, a := range args {
		argsOut.WriteString(a.cpp)
		argsOut.WriteString(",\n")
	}
	fmt.Fprintf(&casesOut, "{'%c',%s,%s,%d,%d},\n", mode, cstr(format), cstr(want), nArgs, len(args))
	nArgs += len(args)
	nCases++
}

func printf(format string, args ...val) {
	a := make([]any, len(args))
	for i, v := range args {
		a[i] = v.v
	}
	emitCase('f', format, fmt.Sprintf(format, a...), args)
}

func vals(xs ...any) []val {
	r := make([]val, len(xs))
	for i, x := range xs {
		r[i] = mk(x)
	}
	return r
}

func builtinChild() {
	// Print each float on its own line to stderr with the builtin.
	for _, s := range flag.Args() {
		bits, _ := strconv.ParseUint(s, 16, 64)
		println(math.Float64frombits(bits))
	}
}

func main() {
	outPath := flag.String("o", "../../../tests/unit/fmt_golden_cases.inc", "output file")
	scale := flag.Float64("scale", 1, "sampling scale")
	child := flag.Bool("builtin-child", false, "internal")
	flag.Parse()
	if *child {
		builtinChild()
		return
	}
	rng := rand.New(rand.NewSource(1))

	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, -2.5, 0.1, 1.0 / 3, 2.0 / 3, 1e20, 1e21, 1e-5, 1e-4,
		123456789.0, 1234567.0, 100000, 1e6, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64 * 4503599627370496,
		math.NaN(), math.Inf(1), math.Inf(-1), 3.14159, -2.71828, 0.000123456, 9.999999, 0.05, 1e100, 123.456, 0.125,
		999999.5, 9.5, 0.95, 1e23, 5e-7, 12345.678e10}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 1e-10, math.MaxFloat32, -3.4e38, 1.5, float32(math.Inf(1)), 1e-45, 123456.7}
	ints := []any{0, 1, -1, 42, -42, 127, -128, 255, 1234567, int64(math.MinInt64), int64(math.MaxInt64), uint64(math.MaxUint64),
		uint8(200), int8(-5), int32(0x10FFFF), int32(0x110000), 0xD800, 'x', '☺', 0x7f, 10, 0xFEFF, uint16(0xE9), uintptr(0xc000123456),
		int16(-32768), uint32(0x1F600), -0x263A}
	strs := []string{"", "hello", "日本語", "a\tb", "\x00\x01\x7f", "\xff\xfe", "a\xc0\x80b", "`back`", "quote\"s", "\u2028",
		"\ufeff", "\U0001F600", "e\u0301", "abcdefghijklmnopqrstuvwxyz", "new\nline", "\\", "\xed\xa0\x80", "\U0010FFFF\u00ad"}

	type group struct {
		vs    []val
		verbs string
	}
	var groups []group
	var fv []val
	for _, f := range floats {
		fv = append(fv, mk(f))
	}
	for _, f := range f32s {
		fv = append(fv, mk(f))
	}
	groups = append(groups, group{fv, "vbeEfFgGxXdsT"})
	groups = append(groups, group{vals(complex(1, 2), complex(-1.5, -0.5), complex64(complex(0.1, 0.2)), complex(math.NaN(), math.Inf(1)),
		complex(0, 0), complex(1e21, -1e-7)), "vbeEfgGxXdT"})
	groups = append(groups, group{vals(ints...), "vdboOxXcqUsfT"})
	var sv []val
	for _, s := range strs {
		sv = append(sv, mk(s))
	}
	groups = append(groups, group{sv, "vsxXqdT"})
	groups = append(groups, group{vals(true, false), "vtdsT"})
	groups = append(groups, group{vals([]byte("hi\xff"), []byte{}, []byte(nil), []byte("日本")), "vdsxXqotT"})
	groups = append(groups, group{vals(unsafe.Pointer(uintptr(0x1234abc)), (*int)(nil), (*int)(unsafe.Pointer(uintptr(0xc000010000)))), "vpdxXsbT"})
	groups = append(groups, group{vals(nil), "vdsT"})

	flagsets := []string{"", "+", "-", "#", " ", "0", "+0", "-0", " #", "+#", "#0", "- ", "+-#0 ", "0 "}
	widths := []string{"", "1", "5", "12", "25"}
	precs := []string{"", ".", ".0", ".1", ".3", ".12"}

	keep := 0.055 * *scale
	for _, g := range groups {
		for _, v := range g.vs {
			for _, verb := range g.verbs {
				for _, fl := range flagsets {
					for _, w := range widths {
						for _, p := range precs {
							simple := fl == "" && w == "" && p == ""
							if !simple && rng.Float64() >= keep {
								continue
							}
							printf("%"+fl+w+p+string(verb), v)
						}
					}
				}
			}
		}
	}

	// Hand-picked directives: errors, '*', indexes, mixed operands.
	i1, s1, f1 := mk(1), mk("x"), mk(2.5)
	printf("%d %s", i1)
	printf("%d", i1, s1)
	printf("%d", i1, s1, mk(nil), f1)
	printf("hi", i1)
	printf("%")
	printf("%-")
	printf("%5.")
	printf("%.*d", mk(-1), mk(5))
	printf("%*d", mk(-5), mk(5))
	printf("%*d", mk("x"), mk(5))
	printf("%*d", mk(10000000), mk(5))
	printf("%.*f", mk(2), mk(3.14159))
	printf("%.*f", mk(uint8(3)), mk(3.14159))
	printf("%*.*f|", mk(10), mk(2), mk(3.14159))
	printf("%-*d|", mk(4), mk(7))
	printf("%[2]d %[1]d", i1, mk(2))
	printf("%[3]d", i1, mk(2))
	printf("%[0]d", i1)
	printf("%[x]d", i1)
	printf("%[1", i1)
	printf("%[2]*[1]d", mk(12), mk(5))
	printf("%[3]*.[2]*[1]f", mk(12.0), mk(2), mk(6))
	printf("%[1]d %d %d", i1, mk(2), mk(3))
	printf("%[2]2d", i1, mk(2))
	printf("%[2].2d", i1, mk(2))
	printf("%d %d %#[1]x %#x", mk(16), mk(17))
	printf("%.2s|%.0s|%.10s", mk("日本語"), mk("abc"), mk("ab"))
	printf("%5%|%-5%|%d", i1)
	printf("%☺", i1)
	printf("%!", i1)
	printf("%z %Z", mk(3.5), mk(true))
	printf("%v %v", mk(nil), mk(nil))
	printf("%d %q", mk(nil), mk(nil))
	printf("%5t|%-8v|%08v", mk(true), mk(false), mk(true))
	printf("%5d%%", mk(50))
	printf("%w", mk(3))
	printf("%v|%+v|%#v|%T", mk(complex64(complex(1, -2))), mk(3.0), mk(uint(7)), mk(int8(3)))
	printf("%010.3f|%-010.3f|%+010.3f|% 010.3f", mk(-3.14159), mk(-3.14159), mk(3.14159), mk(3.14159))
	printf("%#g|%#.3g|%#v|%#e|%#.0f|%#.0e|%#x|%#X", mk(1.0), mk(100.0), mk(2.0), mk(1.0), mk(3.0), mk(3.0), mk(1.0), mk(1.5))
	printf("%#g|%#g|%#g|%#.4g|%#g", mk(0.0), mk(1e-7), mk(123456789.0), mk(1e6), mk(float32(0.1)))
	printf("%x|% x|%#x|% #x|%X|% #X", mk("hello"), mk("hello"), mk("hello"), mk("hello"), mk("hello"), mk("hello"))
	printf("%8.3x|%-8.3x|%08x", mk("hello"), mk("hello"), mk("hi"))
	printf("%c|%c|%c|%5c|%-5c|", mk('A'), mk(0x1F600), mk(-1), mk('x'), mk('y'))
	printf("%U|%#U|%#U|%.6U|%#10U|%#-10U|%#08U", mk('x'), mk('☺'), mk(0x7), mk(0x1F), mk('x'), mk('x'), mk('x'))
	printf("%q|%+q|%#q|%#+q|%q", mk('\''), mk('☺'), mk('x'), mk('☺'), mk(0xD800))
	printf("%6.2f|%-8.3e|%+.0g|%G|%E", mk(1.0/3), mk(12345.678), mk(2.5), mk(1e-10), mk(1e300))
	printf("%o|%#o|%O|%#O|%b|%#b|%#x|%#X", mk(8), mk(8), mk(8), mk(-8), mk(5), mk(5), mk(-255), mk(255))
	printf("%.0d|%.0d|%5.0d|%-5.0d|%05.0d", mk(0), mk(1), mk(0), mk(0), mk(0))
	printf("%08.3d|%-08d|%+08d|% 08d|%+.3d", mk(-5), mk(-5), mk(5), mk(5), mk(7))
	printf("%s %v %d", mk([]byte("ab")), mk([]byte("ab")), mk([]byte("ab")))
	printf("%d %s", mk(1))
	printf("%!d(string=hi)", mk(1))
	printf("%.3v|%.3q|%10.4v|%-10.2q|", mk("abcdef"), mk("abcdef"), mk("abcdef"), mk("abcdef"))
	printf("%v %v %v %v", mk(1e20), mk(1e21), mk(0.1+0.2), mk(3.0))
	x1, x2 := 0.1, 0.2
	printf("%v %v", mk(x1+x2), mk(float32(x1)+float32(x2)))
	printf("%v %.3v %10.3v %-10v|", mk(1e-5), mk(123456.0), mk(3.14159), mk(2.5))

	// Print and Println spacing.
	prints := [][]any{
		{}, {1}, {1, 2}, {"a", "b"}, {1, "a", 2}, {"a", 1, 2, "b"}, {1.5, true, nil}, {nil, nil}, {"", ""},
		{[]byte("x"), 1}, {complex(1, 1), "s", 3.0}, {int8(-1), uint(2), "z", 'c'},
	}
	for _, p := range prints {
		a := vals(p...)
		emitCase('p', "", fmt.Sprint(p...), a)
		emitCase('l', "", fmt.Sprintln(p...), a)
	}

	// strconv.FormatFloat directly, on random values.
	nFloat := int(1200 * *scale)
	var builtinBits []string
	for k := 0; k < nFloat; k++ {
		var f float64
		switch k % 4 {
		case 0:
			f = math.Float64frombits(rng.Uint64())
		case 1:
			f = float64(rng.Int63n(1_000_000_000)) / math.Pow(10, float64(rng.Intn(15)))
		case 2:
			f = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(60)-30))
		case 3:
			f = float64(math.Float32frombits(rng.Uint32()))
		}
		if math.IsNaN(f) {
			continue
		}
		bits := 64
		if k%4 == 3 || rng.Intn(8) == 0 {
			bits = 32
		}
		emit := func(fc byte, prec int) {
			want := strconv.FormatFloat(f, fc, prec, bits)
			fmt.Fprintf(&floatOut, "{0x%xULL,'%c',%d,%d,%s},\n", math.Float64bits(f), fc, prec, bits, cstr(want))
		}
		emit('g', -1)
		emit('e', -1)
		if math.Abs(f) < 1e25 {
			emit('f', rng.Intn(25))
			emit('f', -1)
		}
		emit('e', rng.Intn(22))
		emit('g', 1+rng.Intn(20))
		if k%5 == 0 {
			emit('x', rng.Intn(16)-1)
			emit('b', -1)
		}
		if k%3 == 0 && bits == 64 {
			builtinBits = append(builtinBits, fmt.Sprintf("%x", math.Float64bits(f)))
		}
	}
	// Exact ties and huge precisions, where rounding mode matters.
	for _, f := range []float64{0.5, 1.5, 2.5, 0.125, 0.375, 1.25, 1e23, 5e-324, math.MaxFloat64, 0.1} {
		for _, fc := range []byte{'e', 'f', 'g'} {
			for _, prec := range []int{0, 1, 2, 17, 30, 60} {
				fmt.Fprintf(&floatOut, "{0x%xULL,'%c',%d,%d,%s},\n", math.Float64bits(f), fc, prec, 64, cstr(strconv.FormatFloat(f, fc, prec, 64)))
			}
		}
	}

	// Builtin println of floats (runtime format), captured from a child.
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e300, 1e-300, 5e-324, math.MaxFloat64, 123456789, 0.1, 9.9999999, 99999995,
		math.Inf(1), math.Inf(-1), math.NaN()} {
		builtinBits = append(builtinBits, fmt.Sprintf("%x", math.Float64bits(f)))
	}
	cmd := exec.Command(os.Args[0], append([]string{"-builtin-child"}, builtinBits...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		panic(err)
	}
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	for k, l := range lines {
		fmt.Fprintf(&builtinOut, "{0x%sULL,%s},\n", builtinBits[k], cstr(l))
	}

	var out strings.Builder
	out.WriteString("// Generated by stdlib/fmt/gen/golden_fmt.go from Go " + strings.TrimPrefix(runtime.Version(), "go") + "; do not edit.\n")
	out.WriteString("constexpr GArg golden_args[] = {\n" + argsOut.String() + "};\n")
	out.WriteString("constexpr GCase golden_cases[] = {\n" + casesOut.String() + "};\n")
	out.WriteString("constexpr GFloat golden_floats[] = {\n" + floatOut.String() + "};\n")
	out.WriteString("constexpr GBuiltin golden_builtins[] = {\n" + builtinOut.String() + "};\n")

	if err := os.WriteFile(*outPath, []byte(out.String()), 0o644); err != nil {
		panic(err)
	}
	fmt.Fprintf(os.Stderr, "%d printf cases, %d bytes\n", nCases, out.Len())
}
