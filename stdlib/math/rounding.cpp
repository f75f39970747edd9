// Functions whose exact result is always representable, or that round once
// by definition: Sqrt, FMA, the integer roundings, Modf, Mod, Remainder,
// Dim, Max and Min. Their values are fixed by the mathematics, so the C++
// library's correctly rounded versions give Go's bits; what this file adds
// is Go's choices at the special values (which NaN comes back, the sign of
// a zero, and Modf's NaN fraction for infinities).
#include <cmath>
#include <initializer_list>

#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

// Go compiles these to SQRTSD and ROUNDSD (SSE4.1) on amd64; the C++
// library computes the same values.
double sqrt(double x) { return std::sqrt(x); }
double floor(double x) { return std::floor(x); }
double ceil(double x) { return std::ceil(x); }
double trunc(double x) { return std::trunc(x); }

// FMA is the VFMADD instruction in Go. Given NaNs it returns the first of
// x, y, z that is one, quieted; the C library's choice can differ.
double fma(double x, double y, double z) {
  constexpr uint64_t kQuietBit = 1ULL << 51;
  for (double v : {x, y, z})
    if (is_nan(v)) return from_bits(to_bits(v) | kQuietBit);
  return std::fma(x, y, z);
}

// Round half away from zero, and to even; Go passes NaNs and infinities
// through untouched (a signalling NaN stays signalling).
double round(double x) { return is_finite(x) ? std::round(x) : x; }
double round_to_even(double x) { return is_finite(x) ? std::nearbyint(x) : x; }

// f = int + frac with both parts carrying f's sign. Go computes the
// positive case and negates, so a negative whole number has fraction -0,
// and an infinity has a NaN fraction (Inf - Inf).
double modf(double f, double* frac) {
  if (f < 0) {
    double int_part = modf(-f, frac);
    *frac = -*frac;
    return -int_part;
  }
  if (f < 1) {  // [0, 1), including -0, which stays -0 in both parts
    *frac = f;
    return f == 0 ? f : 0.0;
  }
  double int_part = is_finite(f) ? std::trunc(f) : f;
  *frac = f - int_part;
  return int_part;
}

// x - n*y with n = trunc(x/y). The result is exact (it is representable,
// and fmod computes it without rounding), with x's sign.
double mod(double x, double y) {
  if (y == 0 || !is_finite(x) || is_nan(y)) return nan();
  return std::fmod(x, y);
}

// x - n*y with n the integer nearest x/y, ties to even: IEEE's remainder,
// also exact; a zero result carries x's sign.
double remainder(double x, double y) {
  if (is_nan(x) || is_nan(y) || !is_finite(x) || y == 0) return nan();
  if (!is_finite(y)) return x;
  return std::remainder(x, y);
}

// max(x-y, 0); a NaN difference is returned as computed.
double dim(double x, double y) {
  double d = x - y;
  return d <= 0 ? 0.0 : d;
}

// Max and Min (Go's amd64 assembly): an infinity of the winning sign beats
// NaN, NaN beats everything else, and +0 is larger than -0.
double max(double x, double y) {
  if (is_inf(x, 1) || is_inf(y, 1)) return inf(1);
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0 && y == 0) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double min(double x, double y) {
  if (is_inf(x, -1) || is_inf(y, -1)) return inf(-1);
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0 && y == 0) return signbit(x) ? x : y;
  return x < y ? x : y;
}

}  // namespace csp::gomath
