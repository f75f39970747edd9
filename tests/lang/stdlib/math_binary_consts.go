package main

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%s %v %#016x\n", name, v, math.Float64bits(v))
}

func binary(name string, f func(x, y float64) float64) {
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)
	nan := math.NaN()
	show(name+"(0,-0)", f(0, negZero))
	show(name+"(-0,0)", f(negZero, 0))
	show(name+"(-0,-0)", f(negZero, negZero))
	show(name+"(2,3)", f(2, 3))
	show(name+"(-2,3)", f(-2, 3))
	show(name+"(-2,0.5)", f(-2, 0.5))
	show(name+"(7.5,-2)", f(7.5, -2))
	show(name+"(-7.5,2)", f(-7.5, 2))
	show(name+"(5,0)", f(5, 0))
	show(name+"(0,-3)", f(0, -3))
	show(name+"(-0,-3)", f(negZero, -3))
	show(name+"(-0,-2)", f(negZero, -2))
	show(name+"(Inf,1)", f(inf, 1))
	show(name+"(1,Inf)", f(1, inf))
	show(name+"(-Inf,-Inf)", f(-inf, -inf))
	show(name+"(-Inf,3)", f(-inf, 3))
	show(name+"(-1,Inf)", f(-1, inf))
	show(name+"(0.5,-Inf)", f(0.5, -inf))
	show(name+"(NaN,1)", f(nan, 1))
	show(name+"(1,NaN)", f(1, nan))
	show(name+"(NaN,Inf)", f(nan, inf))
	show(name+"(1e308,10)", f(1e308, 10))
	show(name+"(1.0000001,1e10)", f(1.0000001, 1e10))
	show(name+"(10,-320)", f(10, -320))
	show(name+"(3,1e19)", f(3, 1e19))
}

func main() {
	binary("Pow", func(x, y float64) float64 { return math.Pow(x, y) })
	binary("Atan2", func(x, y float64) float64 { return math.Atan2(x, y) })
	binary("Hypot", func(x, y float64) float64 { return math.Hypot(x, y) })
	binary("Mod", func(x, y float64) float64 { return math.Mod(x, y) })
	binary("Remainder", func(x, y float64) float64 { return math.Remainder(x, y) })
	binary("Max", func(x, y float64) float64 { return math.Max(x, y) })
	binary("Min", func(x, y float64) float64 { return math.Min(x, y) })
	binary("Dim", func(x, y float64) float64 { return math.Dim(x, y) })
	binary("Copysign", func(x, y float64) float64 { return math.Copysign(x, y) })
	binary("Nextafter", func(x, y float64) float64 { return math.Nextafter(x, y) })

	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, float32(math.SmallestNonzeroFloat32), float32(math.Pi))
	const big = math.MaxUint64 / 3
	fmt.Println(big, math.Pi*1e10, math.MaxInt64-math.MaxInt32)

	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN())
	fmt.Println(math.IsNaN(math.NaN()), math.IsNaN(1), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(1), 0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(0), math.Signbit(math.NaN()), math.Signbit(-math.NaN()))
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(1), math.Float64bits(-0.1), math.Float64bits(math.NaN()))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18), math.Float64frombits(1), math.Float64frombits(0x7ff0000000000000))
	fmt.Printf("%#x %#x %#x\n", math.Float32bits(1.5), math.Float32bits(-0.1), math.Float32bits(float32(math.NaN())))
	fmt.Println(math.Float32frombits(0x3fc00000), math.Float32frombits(1), math.Float32frombits(0x7f800000))
	fmt.Printf("%#x %#x\n", math.Float32bits(math.Float32frombits(0x7f800001)), math.Float32bits(math.Float32frombits(0xffc00abc)))
	fmt.Println(math.Pow10(0), math.Pow10(-1), math.Pow10(22), math.Pow10(23), math.Pow10(308), math.Pow10(309), math.Pow10(-323), math.Pow10(-324))
	fr, ex := math.Frexp(1024)
	fmt.Println(fr, ex, math.Ldexp(0.5, 11), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1, 1024))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Ilogb(0), math.Ilogb(8), math.Ilogb(math.NaN()))
	fmt.Println(math.FMA(0.1, 10, -1), math.Nextafter32(1, 2), math.Nextafter32(0, -1))
	fmt.Println(math.Round(-0.5), math.Round(2.5), math.RoundToEven(2.5), math.RoundToEven(-3.5), math.Round(0.49999999999999994))
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3), math.Remainder(-7, 3))
}

// Output:
// Pow(0,-0) 1 0x3ff0000000000000
// Pow(-0,0) 1 0x3ff0000000000000
// Pow(-0,-0) 1 0x3ff0000000000000
// Pow(2,3) 8 0x4020000000000000
// Pow(-2,3) -8 0xc020000000000000
// Pow(-2,0.5) NaN 0xfff8000000000000
// Pow(7.5,-2) 0.017777777777777778 0x3f923456789abcdf
// Pow(-7.5,2) 56.25 0x404c200000000000
// Pow(5,0) 1 0x3ff0000000000000
// Pow(0,-3) +Inf 0x7ff0000000000000
// Pow(-0,-3) -Inf 0xfff0000000000000
// Pow(-0,-2) +Inf 0x7ff0000000000000
// Pow(Inf,1) +Inf 0x7ff0000000000000
// Pow(1,Inf) 1 0x3ff0000000000000
// Pow(-Inf,-Inf) 0 0x0000000000000000
// Pow(-Inf,3) -Inf 0xfff0000000000000
// Pow(-1,Inf) 1 0x3ff0000000000000
// Pow(0.5,-Inf) +Inf 0x7ff0000000000000
// Pow(NaN,1) NaN 0x7ff8000000000001
// Pow(1,NaN) 1 0x3ff0000000000000
// Pow(NaN,Inf) NaN 0x7ff8000000000001
// Pow(1e308,10) +Inf 0x7ff0000000000000
// Pow(1.0000001,1e10) +Inf 0x7ff0000000000000
// Pow(10,-320) 1e-320 0x00000000000007e8
// Pow(3,1e19) +Inf 0x7ff0000000000000
// Atan2(0,-0) 3.141592653589793 0x400921fb54442d18
// Atan2(-0,0) -0 0x8000000000000000
// Atan2(-0,-0) -3.141592653589793 0xc00921fb54442d18
// Atan2(2,3) 0.5880026035475675 0x3fe2d0ead6066395
// Atan2(-2,3) -0.5880026035475675 0xbfe2d0ead6066395
// Atan2(-2,0.5) -1.3258176636680323 0xbff5368c951e9cfc
// Atan2(7.5,-2) 1.8313987185422376 0x3ffd4d68be213419
// Atan2(-7.5,2) -1.3101939350475555 0xbff4f68dea672617
// Atan2(5,0) 1.5707963267948966 0x3ff921fb54442d18
// Atan2(0,-3) 3.141592653589793 0x400921fb54442d18
// Atan2(-0,-3) -3.141592653589793 0xc00921fb54442d18
// Atan2(-0,-2) -3.141592653589793 0xc00921fb54442d18
// Atan2(Inf,1) 1.5707963267948966 0x3ff921fb54442d18
// Atan2(1,Inf) 0 0x0000000000000000
// Atan2(-Inf,-Inf) -2.356194490192345 0xc002d97c7f3321d2
// Atan2(-Inf,3) -1.5707963267948966 0xbff921fb54442d18
// Atan2(-1,Inf) -0 0x8000000000000000
// Atan2(0.5,-Inf) 3.141592653589793 0x400921fb54442d18
// Atan2(NaN,1) NaN 0x7ff8000000000001
// Atan2(1,NaN) NaN 0x7ff8000000000001
// Atan2(NaN,Inf) NaN 0x7ff8000000000001
// Atan2(1e308,10) 1.5707963267948966 0x3ff921fb54442d18
// Atan2(1.0000001,1e10) 1.0000001000000001e-10 0x3ddb7ce007f5a848
// Atan2(10,-320) 3.110352820159525 0x4008e200a8ccda2c
// Atan2(3,1e19) 3e-19 0x3c1622d6fbc91e01
// Hypot(0,-0) 0 0x0000000000000000
// Hypot(-0,0) 0 0x0000000000000000
// Hypot(-0,-0) 0 0x0000000000000000
// Hypot(2,3) 3.6055512754639896 0x400cd82b446159f4
// Hypot(-2,3) 3.6055512754639896 0x400cd82b446159f4
// Hypot(-2,0.5) 2.0615528128088303 0x40007e0f66afed07
// Hypot(7.5,-2) 7.762087348130012 0x401f0c60a033a7b3
// Hypot(-7.5,2) 7.762087348130012 0x401f0c60a033a7b3
// Hypot(5,0) 5 0x4014000000000000
// Hypot(0,-3) 3 0x4008000000000000
// Hypot(-0,-3) 3 0x4008000000000000
// Hypot(-0,-2) 2 0x4000000000000000
// Hypot(Inf,1) +Inf 0x7ff0000000000000
// Hypot(1,Inf) +Inf 0x7ff0000000000000
// Hypot(-Inf,-Inf) +Inf 0x7ff0000000000000
// Hypot(-Inf,3) +Inf 0x7ff0000000000000
// Hypot(-1,Inf) +Inf 0x7ff0000000000000
// Hypot(0.5,-Inf) +Inf 0x7ff0000000000000
// Hypot(NaN,1) NaN 0x7ff8000000000001
// Hypot(1,NaN) NaN 0x7ff8000000000001
// Hypot(NaN,Inf) +Inf 0x7ff0000000000000
// Hypot(1e308,10) 1e+308 0x7fe1ccf385ebc8a0
// Hypot(1.0000001,1e10) 1e+10 0x4202a05f20000000
// Hypot(10,-320) 320.1562118716424 0x4074027fd804ff38
// Hypot(3,1e19) 1e+19 0x43e158e460913d00
// Mod(0,-0) NaN 0x7ff8000000000001
// Mod(-0,0) NaN 0x7ff8000000000001
// Mod(-0,-0) NaN 0x7ff8000000000001
// Mod(2,3) 2 0x4000000000000000
// Mod(-2,3) -2 0xc000000000000000
// Mod(-2,0.5) -0 0x8000000000000000
// Mod(7.5,-2) 1.5 0x3ff8000000000000
// Mod(-7.5,2) -1.5 0xbff8000000000000
// Mod(5,0) NaN 0x7ff8000000000001
// Mod(0,-3) 0 0x0000000000000000
// Mod(-0,-3) -0 0x8000000000000000
// Mod(-0,-2) -0 0x8000000000000000
// Mod(Inf,1) NaN 0x7ff8000000000001
// Mod(1,Inf) 1 0x3ff0000000000000
// Mod(-Inf,-Inf) NaN 0x7ff8000000000001
// Mod(-Inf,3) NaN 0x7ff8000000000001
// Mod(-1,Inf) -1 0xbff0000000000000
// Mod(0.5,-Inf) 0.5 0x3fe0000000000000
// Mod(NaN,1) NaN 0x7ff8000000000001
// Mod(1,NaN) NaN 0x7ff8000000000001
// Mod(NaN,Inf) NaN 0x7ff8000000000001
// Mod(1e308,10) 6 0x4018000000000000
// Mod(1.0000001,1e10) 1.0000001 0x3ff000001ad7f29b
// Mod(10,-320) 10 0x4024000000000000
// Mod(3,1e19) 3 0x4008000000000000
// Remainder(0,-0) NaN 0x7ff8000000000001
// Remainder(-0,0) NaN 0x7ff8000000000001
// Remainder(-0,-0) NaN 0x7ff8000000000001
// Remainder(2,3) -1 0xbff0000000000000
// Remainder(-2,3) 1 0x3ff0000000000000
// Remainder(-2,0.5) -0 0x8000000000000000
// Remainder(7.5,-2) -0.5 0xbfe0000000000000
// Remainder(-7.5,2) 0.5 0x3fe0000000000000
// Remainder(5,0) NaN 0x7ff8000000000001
// Remainder(0,-3) 0 0x0000000000000000
// Remainder(-0,-3) -0 0x8000000000000000
// Remainder(-0,-2) -0 0x8000000000000000
// Remainder(Inf,1) NaN 0x7ff8000000000001
// Remainder(1,Inf) 1 0x3ff0000000000000
// Remainder(-Inf,-Inf) NaN 0x7ff8000000000001
// Remainder(-Inf,3) NaN 0x7ff8000000000001
// Remainder(-1,Inf) -1 0xbff0000000000000
// Remainder(0.5,-Inf) 0.5 0x3fe0000000000000
// Remainder(NaN,1) NaN 0x7ff8000000000001
// Remainder(1,NaN) NaN 0x7ff8000000000001
// Remainder(NaN,Inf) NaN 0x7ff8000000000001
// Remainder(1e308,10) -4 0xc010000000000000
// Remainder(1.0000001,1e10) 1.0000001 0x3ff000001ad7f29b
// Remainder(10,-320) 10 0x4024000000000000
// Remainder(3,1e19) 3 0x4008000000000000
// Max(0,-0) 0 0x0000000000000000
// Max(-0,0) 0 0x0000000000000000
// Max(-0,-0) -0 0x8000000000000000
// Max(2,3) 3 0x4008000000000000
// Max(-2,3) 3 0x4008000000000000
// Max(-2,0.5) 0.5 0x3fe0000000000000
// Max(7.5,-2) 7.5 0x401e000000000000
// Max(-7.5,2) 2 0x4000000000000000
// Max(5,0) 5 0x4014000000000000
// Max(0,-3) 0 0x0000000000000000
// Max(-0,-3) -0 0x8000000000000000
// Max(-0,-2) -0 0x8000000000000000
// Max(Inf,1) +Inf 0x7ff0000000000000
// Max(1,Inf) +Inf 0x7ff0000000000000
// Max(-Inf,-Inf) -Inf 0xfff0000000000000
// Max(-Inf,3) 3 0x4008000000000000
// Max(-1,Inf) +Inf 0x7ff0000000000000
// Max(0.5,-Inf) 0.5 0x3fe0000000000000
// Max(NaN,1) NaN 0x7ff8000000000001
// Max(1,NaN) NaN 0x7ff8000000000001
// Max(NaN,Inf) +Inf 0x7ff0000000000000
// Max(1e308,10) 1e+308 0x7fe1ccf385ebc8a0
// Max(1.0000001,1e10) 1e+10 0x4202a05f20000000
// Max(10,-320) 10 0x4024000000000000
// Max(3,1e19) 1e+19 0x43e158e460913d00
// Min(0,-0) -0 0x8000000000000000
// Min(-0,0) -0 0x8000000000000000
// Min(-0,-0) -0 0x8000000000000000
// Min(2,3) 2 0x4000000000000000
// Min(-2,3) -2 0xc000000000000000
// Min(-2,0.5) -2 0xc000000000000000
// Min(7.5,-2) -2 0xc000000000000000
// Min(-7.5,2) -7.5 0xc01e000000000000
// Min(5,0) 0 0x0000000000000000
// Min(0,-3) -3 0xc008000000000000
// Min(-0,-3) -3 0xc008000000000000
// Min(-0,-2) -2 0xc000000000000000
// Min(Inf,1) 1 0x3ff0000000000000
// Min(1,Inf) 1 0x3ff0000000000000
// Min(-Inf,-Inf) -Inf 0xfff0000000000000
// Min(-Inf,3) -Inf 0xfff0000000000000
// Min(-1,Inf) -1 0xbff0000000000000
// Min(0.5,-Inf) -Inf 0xfff0000000000000
// Min(NaN,1) NaN 0x7ff8000000000001
// Min(1,NaN) NaN 0x7ff8000000000001
// Min(NaN,Inf) NaN 0x7ff8000000000001
// Min(1e308,10) 10 0x4024000000000000
// Min(1.0000001,1e10) 1.0000001 0x3ff000001ad7f29b
// Min(10,-320) -320 0xc074000000000000
// Min(3,1e19) 3 0x4008000000000000
// Dim(0,-0) 0 0x0000000000000000
// Dim(-0,0) 0 0x0000000000000000
// Dim(-0,-0) 0 0x0000000000000000
// Dim(2,3) 0 0x0000000000000000
// Dim(-2,3) 0 0x0000000000000000
// Dim(-2,0.5) 0 0x0000000000000000
// Dim(7.5,-2) 9.5 0x4023000000000000
// Dim(-7.5,2) 0 0x0000000000000000
// Dim(5,0) 5 0x4014000000000000
// Dim(0,-3) 3 0x4008000000000000
// Dim(-0,-3) 3 0x4008000000000000
// Dim(-0,-2) 2 0x4000000000000000
// Dim(Inf,1) +Inf 0x7ff0000000000000
// Dim(1,Inf) 0 0x0000000000000000
// Dim(-Inf,-Inf) NaN 0xfff8000000000000
// Dim(-Inf,3) 0 0x0000000000000000
// Dim(-1,Inf) 0 0x0000000000000000
// Dim(0.5,-Inf) +Inf 0x7ff0000000000000
// Dim(NaN,1) NaN 0x7ff8000000000001
// Dim(1,NaN) NaN 0x7ff8000000000001
// Dim(NaN,Inf) NaN 0x7ff8000000000001
// Dim(1e308,10) 1e+308 0x7fe1ccf385ebc8a0
// Dim(1.0000001,1e10) 0 0x0000000000000000
// Dim(10,-320) 330 0x4074a00000000000
// Dim(3,1e19) 0 0x0000000000000000
// Copysign(0,-0) -0 0x8000000000000000
// Copysign(-0,0) 0 0x0000000000000000
// Copysign(-0,-0) -0 0x8000000000000000
// Copysign(2,3) 2 0x4000000000000000
// Copysign(-2,3) 2 0x4000000000000000
// Copysign(-2,0.5) 2 0x4000000000000000
// Copysign(7.5,-2) -7.5 0xc01e000000000000
// Copysign(-7.5,2) 7.5 0x401e000000000000
// Copysign(5,0) 5 0x4014000000000000
// Copysign(0,-3) -0 0x8000000000000000
// Copysign(-0,-3) -0 0x8000000000000000
// Copysign(-0,-2) -0 0x8000000000000000
// Copysign(Inf,1) +Inf 0x7ff0000000000000
// Copysign(1,Inf) 1 0x3ff0000000000000
// Copysign(-Inf,-Inf) -Inf 0xfff0000000000000
// Copysign(-Inf,3) +Inf 0x7ff0000000000000
// Copysign(-1,Inf) 1 0x3ff0000000000000
// Copysign(0.5,-Inf) -0.5 0xbfe0000000000000
// Copysign(NaN,1) NaN 0x7ff8000000000001
// Copysign(1,NaN) 1 0x3ff0000000000000
// Copysign(NaN,Inf) NaN 0x7ff8000000000001
// Copysign(1e308,10) 1e+308 0x7fe1ccf385ebc8a0
// Copysign(1.0000001,1e10) 1.0000001 0x3ff000001ad7f29b
// Copysign(10,-320) -10 0xc024000000000000
// Copysign(3,1e19) 3 0x4008000000000000
// Nextafter(0,-0) 0 0x0000000000000000
// Nextafter(-0,0) -0 0x8000000000000000
// Nextafter(-0,-0) -0 0x8000000000000000
// Nextafter(2,3) 2.0000000000000004 0x4000000000000001
// Nextafter(-2,3) -1.9999999999999998 0xbfffffffffffffff
// Nextafter(-2,0.5) -1.9999999999999998 0xbfffffffffffffff
// Nextafter(7.5,-2) 7.499999999999999 0x401dffffffffffff
// Nextafter(-7.5,2) -7.499999999999999 0xc01dffffffffffff
// Nextafter(5,0) 4.999999999999999 0x4013ffffffffffff
// Nextafter(0,-3) -5e-324 0x8000000000000001
// Nextafter(-0,-3) -5e-324 0x8000000000000001
// Nextafter(-0,-2) -5e-324 0x8000000000000001
// Nextafter(Inf,1) 1.7976931348623157e+308 0x7fefffffffffffff
// Nextafter(1,Inf) 1.0000000000000002 0x3ff0000000000001
// Nextafter(-Inf,-Inf) -Inf 0xfff0000000000000
// Nextafter(-Inf,3) -1.7976931348623157e+308 0xffefffffffffffff
// Nextafter(-1,Inf) -0.9999999999999999 0xbfefffffffffffff
// Nextafter(0.5,-Inf) 0.49999999999999994 0x3fdfffffffffffff
// Nextafter(NaN,1) NaN 0x7ff8000000000001
// Nextafter(1,NaN) NaN 0x7ff8000000000001
// Nextafter(NaN,Inf) NaN 0x7ff8000000000001
// Nextafter(1e308,10) 9.999999999999998e+307 0x7fe1ccf385ebc89f
// Nextafter(1.0000001,1e10) 1.0000001000000003 0x3ff000001ad7f29c
// Nextafter(10,-320) 9.999999999999998 0x4023ffffffffffff
// Nextafter(3,1e19) 3.0000000000000004 0x4008000000000001
// 2.718281828459045 3.141592653589793 1.618033988749895 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069
// 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 1.7976931348623157e+308 5e-324 3.4028234663852886e+38 1.401298464324817e-45
// 9223372036854775807 -9223372036854775808 127 -128 32767 -32768
// 2147483647 -2147483648 9223372036854775807 -9223372036854775808
// 18446744073709551615 255 65535 4294967295 18446744073709551615
// 3.4028235e+38 1e-45 3.1415927
// 6148914691236517205 3.1415926535897934e+10 9223372034707292160
// +Inf -Inf +Inf NaN
// true false true false true
// true false false true
// 0x3ff0000000000000 0xbfb999999999999a 0x7ff8000000000001
// 3.141592653589793 5e-324 +Inf
// 0x3fc00000 0xbdcccccd 0x7fc00000
// 1.5 1e-45 +Inf
// 0x7f800001 0xffc00abc
// 1 0.1 1e+22 1e+23 1e+308 +Inf 1e-323 0
// 0.5 11 1024 5e-324 0 +Inf
// -3 -0.25 -2147483648 3 2147483647
// 5.551115123125783e-17 1.0000001 -1e-45
// -1 3 2 -4 0
// NaN NaN -1 1 1 -1
