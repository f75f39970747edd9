// Every math function, bit for bit: each function runs over a deterministic
// stream of arguments (random bit patterns, special values, subnormals, huge
// trig arguments, points near multiples of Pi/4, near 1, near powers of two,
// integers and half-integers, the whole range of Exp, ...) and the program
// prints a checksum of the result bits per function plus a sample of
// the cases in full, so that a mismatch both fails the test and shows where.
//
// The same file is the large differential test: stdlib/math/gen/diff_math.sh
// sets `cases` high and `every` to 1 and compares every printed line with `go run`.
package main

import (
	"fmt"
	"math"
)

const (
	cases = 150 // random arguments per function, after the special values
	every = 47  // one case in `every` is printed in full
)

var state uint64 = 0x2545F4914F6CDD1D

// next is xorshift64*: a fixed, portable stream of 64-bit values.
func next() uint64 {
	state ^= state >> 12
	state ^= state << 25
	state ^= state >> 27
	return state * 2685821657736338717
}

func below(n int) int { return int(next() % uint64(n)) }

// build assembles a float64 from a sign, an unbiased exponent and mantissa bits.
func build(neg bool, exp int, mant uint64) float64 {
	b := uint64(exp+1023)<<52 | mant&(1<<52-1)
	if neg {
		b |= 1 << 63
	}
	return math.Float64frombits(b)
}

func coin() bool { return next()&1 == 1 }

// nudge moves f by a few units in the last place (by bit pattern).
func nudge(f float64) float64 {
	return math.Float64frombits(math.Float64bits(f) + uint64(below(9)) - 4)
}

var specials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 1.5, -1.5, 3, -3,
	math.Inf(1), math.Inf(-1), math.NaN(),
	math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF8000000000000),
	math.Float64frombits(0x7FF8000000000000), math.Float64frombits(0xFFF4000000000123),
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	math.Float64frombits(0x000FFFFFFFFFFFFF), math.Float64frombits(0x0010000000000000),
	math.MaxFloat64, -math.MaxFloat64, math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, math.E,
	1e300, -1e300, 1e-300, 1 << 29, 1<<29 - 0.5, 1 << 52, 1 << 53, 1 << 63, 1 << 64,
	0.49999999999999994, 4503599627370495.5, 0.7071067811865476, 0.7071067811865475,
	709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
	-708.3964185322641, 1023.9999999999999, 1024, -1022, -1074, -1075, -1076,
	0.66, 0.7, 0.625, 21, 22, 44, 0.34657359027997264, 1.0397207708399179,
	38.816242111356935, 2.414213562373095, 0.4142135623730951, -0.2928932188134524,
	1.862645149230957e-09, 5.551115123125783e-17, 3.725290298461914e-09, 1e-14,
	6381956970095103 * 0x1p797, 5.0 / 3, 1e22, 1e23,
}

// arg draws one argument from a mix of interesting families.
func arg() float64 {
	switch below(14) {
	case 0, 1:
		return math.Float64frombits(next()) // anything, NaNs included
	case 2:
		return build(coin(), below(2047)-1023, next()) // every binade, subnormals too
	case 3:
		return build(coin(), below(61)-30, next())
	case 4:
		return build(coin(), below(21)-8, next())
	case 5: // near multiples of Pi/4, small and beyond the 1<<29 threshold
		k := next() >> uint(below(4)*8+28)
		return nudge(float64(k) * (math.Pi / 4))
	case 6:
		return build(coin(), below(995)+29, next()) // huge trig arguments
	case 7: // near 1
		return math.Float64frombits(math.Float64bits(1) + next()>>uint(below(40)+24) - next()>>uint(below(40)+24))
	case 8: // integers and half-integers
		v := float64(below(4001)-2000) / 2
		return v
	case 9: // the range of Exp and a bit beyond
		return (2*float64(next()>>11)/(1<<53) - 1) * 760
	case 10:
		return build(coin(), -1023, next()) // subnormal
	case 11:
		return specials[below(len(specials))]
	case 12: // near powers of two
		return nudge(build(coin(), below(2046)-1022, 0))
	default: // near the ends of the reduction intervals of Exp/Expm1/Log1p
		return nudge(float64(below(200)-100) * (math.Ln2 / 2))
	}
}

// powY draws exponents for Pow: integral and half-integral ones take
// different paths from fractional ones.
func powY() float64 {
	switch below(8) {
	case 0, 1:
		return float64(below(129) - 64)
	case 2:
		return float64(below(129)-64) + 0.5
	case 3:
		return build(coin(), below(70), next()) // large, mostly integral
	case 4:
		return float64(next()>>uint(below(60)+4)) * float64(1-2*int(next()&1))
	default:
		return arg()
	}
}

// powX favours bases near 1, where large exponents stay finite.
func powX() float64 {
	if coin() {
		x := math.Float64frombits(math.Float64bits(1) + next()>>uint(below(30)+30) - next()>>uint(below(30)+30))
		if coin() {
			return -x
		}
		return x
	}
	return arg()
}

type fn1 struct {
	name string
	f    func(float64) float64
}

type fn2 struct {
	name string
	f    func(float64, float64) float64
}

var unary = []fn1{
	{"Sqrt", math.Sqrt}, {"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
	{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
	{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log},
	{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
	{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin},
	{"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh},
	{"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
	{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
	{"FrexpFrac", func(x float64) float64 { f, _ := math.Frexp(x); return f }},
	{"FrexpExp", func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }},
	{"ModfInt", func(x float64) float64 { i, _ := math.Modf(x); return i }},
	{"ModfFrac", func(x float64) float64 { _, f := math.Modf(x); return f }},
	{"Signbit", func(x float64) float64 {
		if math.Signbit(x) {
			return 1
		}
		return 0
	}},
	{"IsNaN", func(x float64) float64 {
		if math.IsNaN(x) {
			return 1
		}
		return 0
	}},
	{"IsInf", func(x float64) float64 {
		r := 0.0
		if math.IsInf(x, 1) {
			r += 1
		}
		if math.IsInf(x, -1) {
			r += 2
		}
		if math.IsInf(x, 0) {
			r += 4
		}
		return r
	}},
	{"Float32bits", func(x float64) float64 { return float64(math.Float32bits(float32(x))) }},
	{"Float32frombits", func(x float64) float64 {
		f := math.Float32frombits(uint32(math.Float64bits(x) >> 17))
		if f != f { // NaN payloads are compared as float32 patterns
			return float64(math.Float32bits(f))
		}
		return float64(f)
	}},
}

var binary = []fn2{
	{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
	{"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
	{"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
	{"Nextafter32", func(x, y float64) float64 { return float64(math.Nextafter32(float32(x), float32(y))) }},
	{"Ldexp", func(x, y float64) float64 {
		n := int(math.Float64bits(y)%4500) - 2250
		if math.Float64bits(y)%7 == 0 {
			n = int(int64(math.Float64bits(y)) >> 20)
		}
		return math.Ldexp(x, n)
	}},
}

// report prints the checksum of one function's results and a sample of its cases.
type report struct {
	name  string
	sum   uint64
	count int
}

func (r *report) add(in string, out float64) {
	b := math.Float64bits(out)
	r.sum = (r.sum ^ b) * 1099511628211
	r.sum ^= r.sum >> 29
	if r.count%every == every-1 {
		fmt.Printf("%s(%s) = %016x\n", r.name, in, b)
	}
	r.count++
}

func (r *report) done() { fmt.Printf("%s: %d cases, sum %016x\n", r.name, r.count, r.sum) }

func hex(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	for _, u := range unary {
		r := &report{name: u.name}
		for _, x := range specials {
			r.add(hex(x), u.f(x))
		}
		for i := 0; i < cases; i++ {
			x := arg()
			r.add(hex(x), u.f(x))
		}
		r.done()
	}
	for _, b := range binary {
		r := &report{name: b.name}
		for i := 0; i < len(specials); i += 3 {
			for j := 0; j < len(specials); j += 2 {
				x, y := specials[i], specials[j]
				r.add(hex(x)+","+hex(y), b.f(x, y))
			}
		}
		for i := 0; i < cases; i++ {
			x, y := arg(), arg()
			if b.name == "Pow" {
				x, y = powX(), powY()
			}
			r.add(hex(x)+","+hex(y), b.f(x, y))
		}
		r.done()
	}
	// Huge arguments just past a multiple of Pi/4: the reduced argument has
	// many leading zero bits, which Go's Payne-Hanek reduction treats specially.
	r := &report{name: "TrigHuge"}
	for found := 0; found < cases/25; {
		x := build(coin(), below(995)+29, next())
		s, c := math.Sin(x), math.Cos(x)
		if math.Abs(s) < 2e-4 || math.Abs(c) < 2e-4 {
			found++
			r.add(hex(x), s)
			r.add(hex(x), c)
			r.add(hex(x), math.Tan(x))
		}
	}
	r.done()
	r = &report{name: "FMA"}
	few := []float64{math.NaN(), specials[15], specials[16], math.Inf(1), math.Inf(-1), 0, 1, -2}
	for _, x := range few {
		for _, y := range few {
			for _, z := range few {
				r.add(hex(x)+","+hex(y)+","+hex(z), math.FMA(x, y, z))
			}
		}
	}
	for i := 0; i < cases; i++ {
		x, y, z := arg(), arg(), arg()
		if coin() { // make the product and the addend cancel
			z = -nudge(x * y)
		}
		r.add(hex(x)+","+hex(y)+","+hex(z), math.FMA(x, y, z))
	}
	r.done()
	r = &report{name: "Pow10"}
	for n := -400; n <= 400; n++ {
		r.add(fmt.Sprint(n), math.Pow10(n))
	}
	r.done()
	fmt.Println(math.Float64bits(math.Inf(1)) == 0x7FF0000000000000, math.Float64bits(math.NaN()))
	fmt.Println(math.Float32bits(math.Float32frombits(0x7F800001)), math.Float32bits(math.Float32frombits(0xFFC00123)))
}
