// Package math as Go 1.19 computes it on amd64, bit for bit. Programs
// compare printed floats with Go's, so "close" is not enough: each function
// follows the algorithm Go uses (FreeBSD msun / Sun fdlibm and Cephes
// methods, and for Exp, Log, Hypot, Max and Min Go's amd64 assembly) with
// its floating-point operations in the same order. The C++ library is used
// only where the result is exact or correctly rounded by definition (Sqrt,
// FMA, the integer roundings, Mod, Remainder).
//
// One file per family: float_bits.cpp (bit patterns, Frexp, Ldexp,
// Nextafter), rounding.cpp (exact operations), exp.cpp, log.cpp,
// powers.cpp (Pow, Cbrt, Hypot), trig.cpp with trig_reduce.cpp,
// inverse_trig.cpp and hyperbolic.cpp; fp_internal.hpp has what they share.
// gen/diff_math.sh compares every function with `go run` over many inputs.
#pragma once

#include <cstdint>

namespace csp::gomath {

inline constexpr uint64_t kNaNBits = 0x7FF8000000000001ULL;  // math.NaN()

uint64_t float64_bits(double f);
double float64_from_bits(uint64_t b);
// float32 <-> bits without the FPU's quieting of signalling NaNs: a float32
// value travels as a double in csp, and Float32frombits(0x7f800001) must
// come back from Float32bits unchanged, as in Go.
uint32_t float32_bits(double f);
double float32_from_bits(uint32_t b);

double nan();
double inf(int64_t sign);
bool is_nan(double f);
bool is_inf(double f, int64_t sign);
bool signbit(double f);
double copysign(double f, double sign);
double abs(double f);

double sqrt(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double round_to_even(double x);
double modf(double f, double* frac);
double frexp(double f, int64_t* exp);
double ldexp(double frac, int64_t exp);
double mod(double x, double y);
double remainder(double x, double y);
double dim(double x, double y);
double max(double x, double y);
double min(double x, double y);
double fma(double x, double y, double z);

double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double logb(double x);
int64_t ilogb(double x);
double pow(double x, double y);
double pow10(int64_t n);
double cbrt(double x);
double hypot(double p, double q);

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double nextafter(double x, double y);
double nextafter32(double x, double y);

}  // namespace csp::gomath
