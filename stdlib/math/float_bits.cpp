// The representation side of package math: bit patterns, classification,
// sign manipulation, binary exponents (Frexp, Ldexp, Logb, Ilogb) and
// stepping to the neighbouring float (Nextafter). None of these round
// except Ldexp, and Ldexp rounds exactly once, so Go's results are the
// mathematically defined ones; what needs care is the special values
// (NaNs pass through with their payload, signed zeros keep their sign).
#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

uint64_t float64_bits(double f) { return to_bits(f); }
double float64_from_bits(uint64_t b) { return from_bits(b); }

// A float32 travels through csp as a double. Converting with the FPU would
// quiet a signalling NaN; moving the fields by hand keeps sign and payload
// (the top 23 payload bits of the double are exactly those of the float).
uint32_t float32_bits(double f) {
  uint64_t b = to_bits(f);
  if (magnitude_bits(f) > kInfBits) {
    uint32_t sign = static_cast<uint32_t>(b >> 32) & 0x80000000U;
    uint32_t payload = static_cast<uint32_t>(b >> 29) & 0x7FFFFFU;
    return sign | 0x7F800000U | payload;
  }
  return std::bit_cast<uint32_t>(static_cast<float>(f));
}

double float32_from_bits(uint32_t b) {
  if ((b & 0x7FFFFFFFU) > 0x7F800000U) {
    uint64_t sign = static_cast<uint64_t>(b & 0x80000000U) << 32;
    uint64_t payload = static_cast<uint64_t>(b & 0x7FFFFFU) << 29;
    return from_bits(sign | kInfBits | payload);
  }
  return static_cast<double>(std::bit_cast<float>(b));
}

double nan() { return from_bits(kNaNBits); }
double inf(int64_t sign) { return from_bits(sign >= 0 ? kInfBits : kInfBits | kSignBit); }
bool is_nan(double f) { return f != f; }
bool is_inf(double f, int64_t sign) {
  if (magnitude_bits(f) != kInfBits) return false;
  return sign == 0 || (sign > 0) == !signbit(f);
}
bool signbit(double f) { return (to_bits(f) & kSignBit) != 0; }
double copysign(double f, double sign) { return from_bits((to_bits(f) & ~kSignBit) | (to_bits(sign) & kSignBit)); }
double abs(double f) { return from_bits(magnitude_bits(f)); }

// Split a finite nonzero x into m * 2^e with m in [0.5, 1). A subnormal is
// first scaled by 2^52 (exact) so that its leading bit reaches the
// exponent field.
double frexp(double f, int64_t* exp) {
  *exp = 0;
  if (f == 0 || !is_finite(f)) return f;
  int64_t adjust = 0;
  if (exponent_field(to_bits(f)) == 0) {
    f *= 0x1p52;
    adjust = -52;
  }
  uint64_t b = to_bits(f);
  *exp = exponent_field(b) - (kExponentBias - 1) + adjust;
  // Keep sign and mantissa; an exponent field of bias-1 means [0.5, 1).
  return from_bits((b & ~kExponentField) | (uint64_t{kExponentBias - 1} << kMantissaBits));
}

// frac * 2^exp rounded once. With frac = m * 2^e (m in [0.5, 1)) the
// result is m * 2^(e+exp): a normal result is exact and built directly;
// a subnormal one is formed exactly 2^60 too large and brought down by a
// single multiplication, which performs the only rounding.
double ldexp(double frac, int64_t exp) {
  if (frac == 0 || !is_finite(frac)) return frac;
  // Any shift beyond the whole exponent range gives 0 or Inf anyway;
  // clamping keeps the sum below from overflowing.
  if (exp > 5000) exp = 5000;
  if (exp < -5000) exp = -5000;
  int64_t e;
  double m = frexp(frac, &e);
  int64_t target = e + exp;  // result = m * 2^target
  if (target > 1024) return copysign(inf(1), frac);
  if (target >= -1021) return (m * 2) * two_to(target - 1);
  if (target < -1074) return copysign(0, frac);  // below half the smallest subnormal
  return (m * two_to(target + 60)) * 0x1p-60;
}

// The unbiased binary exponent of a finite nonzero x: x = m * 2^e with m in [1, 2).
namespace {
int64_t binary_exponent(double x) {
  int64_t e;
  frexp(x, &e);
  return e - 1;
}
}  // namespace

double logb(double x) {
  if (x == 0) return inf(-1);
  if (is_nan(x)) return x;
  if (!is_finite(x)) return inf(1);
  return static_cast<double>(binary_exponent(x));
}

int64_t ilogb(double x) {
  if (x == 0) return INT32_MIN;
  if (!is_finite(x)) return INT32_MAX;  // NaN and both infinities
  return binary_exponent(x);
}

// Within one sign, consecutive floats have consecutive bit patterns, so the
// neighbour of x towards y is one step up or down of |x|'s pattern. Zero
// steps to the smallest subnormal of y's sign.
double nextafter(double x, double y) {
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == y) return x;
  if (x == 0) return copysign(from_bits(1), y);
  bool away_from_zero = (y > x) == (x > 0);
  return from_bits(away_from_zero ? to_bits(x) + 1 : to_bits(x) - 1);
}

// The same on float32 patterns; Go's NaN result is float32(NaN()), the
// rounding of math.NaN() to float32.
double nextafter32(double x, double y) {
  if (is_nan(x) || is_nan(y)) return static_cast<float>(nan());
  if (x == y) return x;
  if (x == 0) return copysign(float32_from_bits(1), y);
  bool away_from_zero = (y > x) == (x > 0);
  uint32_t b = float32_bits(x);
  return float32_from_bits(away_from_zero ? b + 1 : b - 1);
}

}  // namespace csp::gomath
