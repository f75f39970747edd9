// The logarithms: Log (Go's amd64 assembly, an fdlibm algorithm), Log2 and
// Log10 (derived from Log as Go derives them), and Log1p (fdlibm's log1p).
#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {

constexpr double kLn2Hi = 0x1.62e42fee00000p-1;  // ln 2 = kLn2Hi + kLn2Lo; k*kLn2Hi is exact
constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;
constexpr double kInvLn2 = 0x1.71547652b82fep+0;   // 1/ln 2, rounded once
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;  // 1/ln 10, rounded once

// fdlibm's minimax coefficients for log(1+f) in terms of s = f/(2+f):
// log(1+f) = 2s + s*R(s^2), R(z) = Lg1*z + Lg2*z^2 + ... + Lg7*z^7.
// Log sums the odd powers of z and the even ones separately (two
// shorter Horner chains in z^2); Log1p uses a single chain.
constexpr double kLgOdd[] = {1.479819860511658591e-01, 1.818357216161805012e-01, 2.857142874366239149e-01,
                             6.666666666666735130e-01};                        // Lg7, Lg5, Lg3, Lg1
constexpr double kLgEven[] = {1.531383769920937332e-01, 2.222219843214978396e-01,
                              3.999999999940941908e-01};                       // Lg6, Lg4, Lg2
constexpr double kLgAll[] = {1.479819860511658591e-01, 1.531383769920937332e-01, 1.818357216161805012e-01,
                             2.222219843214978396e-01, 2.857142874366239149e-01, 3.999999999940941908e-01,
                             6.666666666666735130e-01};                        // Lg7 .. Lg1

}  // namespace

// Log, as Go's amd64 assembly computes it (fdlibm's method):
// write x = 2^k * (1+f) with 1+f in (sqrt(2)/2, sqrt(2)], let s = f/(2+f),
// so log(1+f) = log((1+s)/(1-s)) = 2s + s*R(s^2). With hfsq = f^2/2 this is
// f - hfsq + s*(hfsq + R), and log x = k*ln2_hi - ((hfsq - (s*(hfsq+R) +
// k*ln2_lo)) - f). The mantissa is taken straight from the bit pattern
// with the exponent field forced to that of [0.5, 1); a subnormal, whose
// exponent field is 0, therefore goes through unnormalized, as in Go.
double log(double x) {
  constexpr double kSqrtHalf = 7.07106781186547524401e-01;
  uint64_t b = to_bits(x);
  if ((b & ~kSignBit) == 0) return inf(-1);
  if (b & kSignBit) return nan();  // negative, or a NaN with the sign bit set
  if (b >= kInfBits) return x;     // +Inf, NaN
  double m = from_bits((b & kMantissaField) | (uint64_t{kExponentBias - 1} << kMantissaBits));  // [0.5, 1)
  double k = static_cast<double>(exponent_field(b) - (kExponentBias - 1));
  if (m <= kSqrtHalf) {  // move m into (sqrt(2)/2, sqrt(2)]
    m *= 2;
    k -= 1;
  }
  double f = m - 1;
  double s = f / (2 + f);
  double z = s * s;
  double w = z * z;
  double R = z * horner(w, kLgOdd) + w * horner(w, kLgEven);
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

double log10(double x) { return log(x) * kInvLn10; }

// log2(m * 2^e) = log(m)/ln 2 + e for m in [0.5, 1); exact powers of two
// are answered exactly.
double log2(double x) {
  int64_t e;
  double m = frexp(x, &e);
  if (m == 0.5) return static_cast<double>(e - 1);
  return log(m) * kInvLn2 + static_cast<double>(e);
}

// log(1+x), accurate for small x (fdlibm's log1p).
// Small |x| is answered by x or x - x^2/2. Otherwise u = 1+x is split as
// 2^k * (1+f) with 1+f in [sqrt(2)/2, sqrt(2)), and c is the rounding error
// of 1+x divided by u (zero when no rounding happened: for 1+x already in
// range, or |x| so large that u = x is taken). Then log(1+x) = k*ln2 +
// log(1+f) + c, with log(1+f) evaluated as in Log. A flag word (`mant`) is left zero exactly
// when f is 0 or just a few units in the last place below 0 (u rounded to
// just under 1); those take the short series f - f^2/2 + f^3/3 instead.
double log1p(double x) {
  constexpr double kSqrt2Minus1 = 4.142135623730950488017e-01;
  constexpr double kHalfSqrt2Minus1 = -2.928932188134524755992e-01;
  constexpr double kSmall = 0x1p-29;  // x - x^2/2 is exact enough
  constexpr double kTiny = 0x1p-54;   // log1p(x) rounds to x
  constexpr uint64_t kSqrt2Mantissa = 0x6a09e667f3bcd;  // mantissa bits of sqrt(2)

  if (x < -1 || is_nan(x)) return nan();
  if (x == -1) return inf(-1);
  if (is_inf(x, 1)) return inf(1);

  double ax = abs(x);
  int64_t k = 1;  // nonzero: x still has to be split
  double f = 0, c = 0;
  uint64_t mant = 0;  // see above: zero selects the short series
  if (ax < kSqrt2Minus1) {
    if (ax < kSmall) {
      if (ax < kTiny) return x;
      return x - x * x * 0.5;
    }
    if (x > kHalfSqrt2Minus1) {  // 1+x already in [sqrt(2)/2, sqrt(2)): f = x, k = 0
      k = 0;
      f = x;
      mant = 1;
    }
  }
  if (k != 0) {
    double u;
    if (ax < 0x1p53) {
      u = 1.0 + x;
      k = exponent_field(to_bits(u)) - kExponentBias;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);  // the rounding error of 1+x
      c /= u;
    } else {
      u = x;
      k = exponent_field(to_bits(u)) - kExponentBias;
    }
    mant = to_bits(u) & kMantissaField;
    if (mant < kSqrt2Mantissa) {
      u = from_bits(mant | kOneBits);  // [1, sqrt(2))
    } else {
      k++;
      u = from_bits(mant | (uint64_t{kExponentBias - 1} << kMantissaBits));  // [sqrt(2)/2, 1)
      mant = ((uint64_t{1} << kMantissaBits) - mant) >> 2;
    }
    f = u - 1.0;
  }

  double hfsq = 0.5 * f * f;
  double dk = static_cast<double>(k);
  if (mant == 0) {  // f tiny: log(1+f) = f - f^2/2 + f^3/3
    if (f == 0) {
      if (k == 0) return 0;
      c += dk * kLn2Lo;
      return dk * kLn2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return dk * kLn2Hi - ((R - (dk * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * horner(z, kLgAll);
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * kLn2Hi - ((hfsq - (s * (hfsq + R) + (dk * kLn2Lo + c))) - f);
}

}  // namespace csp::gomath
