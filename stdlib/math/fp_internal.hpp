// Building blocks shared by the files of package math: the fields of an
// IEEE-754 binary64, the way Go converts a float64 to an integer on amd64,
// and polynomial evaluation in a fixed order.
//
// Everything in package math must reproduce Go's last bit, so each
// floating-point operation is written out in the order Go performs it.
// Contracting a*b+c into one fused multiply-add would change results, so
// every math source includes this header, and contraction is switched off
// here whatever the build flags say.
#pragma once

#pragma GCC optimize("fp-contract=off")

#include <bit>
#include <cstddef>
#include <cstdint>

namespace csp::gomath::detail {

inline constexpr int kMantissaBits = 52;
inline constexpr int kExponentBias = 1023;
inline constexpr uint64_t kSignBit = 1ULL << 63;
inline constexpr uint64_t kMantissaField = (1ULL << kMantissaBits) - 1;
inline constexpr uint64_t kExponentField = 0x7FFULL << kMantissaBits;
inline constexpr uint64_t kInfBits = kExponentField;  // +Inf; anything above (sign cleared) is NaN
inline constexpr uint64_t kOneBits = uint64_t{kExponentBias} << kMantissaBits;

inline constexpr double kPi = 0x1.921fb54442d18p+1;
inline constexpr double kHalfPi = 0x1.921fb54442d18p+0;     // Pi/2, exact halving of kPi
inline constexpr double kQuarterPi = 0x1.921fb54442d18p-1;  // Pi/4

inline uint64_t to_bits(double x) { return std::bit_cast<uint64_t>(x); }
inline double from_bits(uint64_t b) { return std::bit_cast<double>(b); }

// The biased exponent field, 0 for zeros and subnormals, 2047 for Inf/NaN.
inline int exponent_field(uint64_t bits) { return static_cast<int>((bits >> kMantissaBits) & 0x7FF); }

// |x| as a bit pattern, for range tests that must not trip over NaN.
inline uint64_t magnitude_bits(double x) { return to_bits(x) & ~kSignBit; }
inline bool is_finite(double x) { return magnitude_bits(x) < kInfBits; }

// 2^e for a normal exponent, -1022 <= e <= 1023.
inline double two_to(int64_t e) { return from_bits(static_cast<uint64_t>(e + kExponentBias) << kMantissaBits); }

// x * 2^k computed on the exponent field. Exact as long as the result stays
// normal; callers guarantee that, which lets them scale past 2^1023 in one step.
inline double shift_exponent(double x, int64_t k) {
  return from_bits(to_bits(x) + (static_cast<uint64_t>(k) << kMantissaBits));
}

// int64(x) as Go compiles it on amd64 (CVTTSD2SQ): truncation toward zero,
// and the "integer indefinite" 1<<63 for NaN and anything out of range.
inline int64_t go_int64(double x) {
  if (!(x >= -0x1p63 && x < 0x1p63)) return INT64_MIN;
  return static_cast<int64_t>(x);
}

// c[0]*x^(n-1) + ... + c[n-1] by Horner's rule, innermost coefficient first
// (Cephes' polevl). The nested form a + x*(b + x*c) written the other way
// round performs the same roundings, since + and * commute exactly.
template <std::size_t N>
inline double horner(double x, const double (&c)[N]) {
  double acc = c[0];
  for (std::size_t i = 1; i < N; ++i) acc = acc * x + c[i];
  return acc;
}

// The same with an implicit leading coefficient 1 (Cephes' p1evl).
template <std::size_t N>
inline double horner_monic(double x, const double (&c)[N]) {
  double acc = x + c[0];
  for (std::size_t i = 1; i < N; ++i) acc = acc * x + c[i];
  return acc;
}

// Shared between the trigonometric functions: x >= 2^29 reduced modulo
// Pi/4 with enough bits of 4/Pi (trig_reduce.cpp). Returns the reduced
// argument in [-Pi/4, Pi/4] and sets *octant to an even octant in 0..6.
double reduce_huge(double x, unsigned* octant);

}  // namespace csp::gomath::detail
