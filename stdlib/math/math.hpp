// Package math's natives (the algorithms are in go_math.hpp). Each takes
// and returns float64 slots; Float32bits & co. see float32 values as the
// doubles csp keeps them in.
#pragma once

#include "vm/program.hpp"

namespace csp {

#define CSP_MATH_NATIVES(X)                                                                    \
  X(Sqrt, sqrt) X(Abs, abs) X(Floor, floor) X(Ceil, ceil) X(Trunc, trunc) X(Round, round)      \
  X(RoundToEven, round_to_even) X(Pow, pow) X(Pow10, pow10) X(Exp, exp) X(Exp2, exp2)          \
  X(Expm1, expm1) X(Log, log) X(Log2, log2) X(Log10, log10) X(Log1p, log1p) X(Logb, logb)      \
  X(Ilogb, ilogb) X(Sin, sin) X(Cos, cos) X(Tan, tan) X(Asin, asin) X(Acos, acos)              \
  X(Atan, atan) X(Atan2, atan2) X(Sinh, sinh) X(Cosh, cosh) X(Tanh, tanh) X(Hypot, hypot)      \
  X(Mod, mod) X(Remainder, remainder) X(Max, max) X(Min, min) X(Dim, dim) X(Copysign, copysign) \
  X(Signbit, signbit) X(Inf, inf) X(NaN, nan) X(IsNaN, is_nan) X(IsInf, is_inf)                \
  X(Float64bits, float64_bits) X(Float64frombits, float64_from_bits)                            \
  X(Float32bits, float32_bits) X(Float32frombits, float32_from_bits) X(Cbrt, cbrt)             \
  X(FMA, fma) X(Nextafter, nextafter) X(Nextafter32, nextafter32) X(Frexp, frexp)              \
  X(Ldexp, ldexp) X(Modf, modf)

#define CSP_X(go_name, fn) NativeStatus math_##fn(NativeCall& c);
CSP_MATH_NATIVES(CSP_X)
#undef CSP_X

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable math_natives;

}  // namespace csp
