// Powers and roots: Pow, Pow10, Cbrt and Hypot.
#include <cmath>
#include <utility>

#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {

// y is an odd integer. Every float of magnitude 2^53 or more is even.
bool is_odd_integer(double y) {
  if (!(abs(y) < 0x1p53)) return false;
  double whole = std::trunc(y);
  return whole == y && go_int64(whole) % 2 != 0;
}

// 0^y and (-0)^y, y nonzero and not NaN: the sign survives only for odd y.
double pow_of_zero(double zero, double y) {
  if (y < 0) return is_odd_integer(y) ? copysign(inf(1), zero) : inf(1);
  return is_odd_integer(y) ? zero : 0.0;
}

// x^y for y infinite, or |y| >= 2^63 (then an even integer): 1 for x = -1,
// otherwise 0 or +Inf according to whether |x| < 1 and the sign of y.
double pow_of_huge(double x, bool positive_y) {
  if (x == -1) return 1;
  return (abs(x) < 1) == positive_y ? 0.0 : inf(1);
}

}  // namespace

// x^y. The special cases (C99 Annex F, in Go's order of precedence) come
// first. For finite x and y, write |y| = n + g with n an integer and g in
// (-1/2, 1/2]; then x^|y| = e^(g*log x) * x^n. The integer power is taken
// by binary powering on the parts of x = m * 2^e (m in [0.5, 1)): the
// mantissa is squared and renormalized into [0.5, 1) at every step while
// the exponent is accumulated as an integer, so nothing overflows until the
// final Ldexp. A negative y inverts the result at the end.
double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0) return pow_of_zero(x, y);
  if (!is_finite(y)) return pow_of_huge(x, y > 0);
  if (!is_finite(x)) {
    if (x < 0) return pow(1 / x, -y);  // (-Inf)^y = (-0)^-y
    return y < 0 ? 0.0 : inf(1);
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);

  double n = std::trunc(abs(y));
  double g = abs(y) - n;
  if (g != 0 && x < 0) return nan();  // a negative base needs an integral exponent
  if (n >= 0x1p63) return pow_of_huge(x, y > 0);

  double acc = 1.0;     // the result is acc * 2^acc_exp
  int64_t acc_exp = 0;
  if (g != 0) {
    if (g > 0.5) {  // keep |g| <= 1/2
      g--;
      n++;
    }
    acc = exp(g * log(x));
  }
  int64_t base_exp;
  double base = frexp(x, &base_exp);
  constexpr int64_t kExpLimit = 1 << 12;
  for (int64_t bits = go_int64(n); bits != 0; bits >>= 1) {
    if (base_exp < -kExpLimit || base_exp > kExpLimit) {
      // x^(2^j) alone is already far outside the float range: so is the
      // result, and Ldexp below will saturate it.
      acc_exp += base_exp;
      break;
    }
    if (bits & 1) {
      acc *= base;
      acc_exp += base_exp;
    }
    base *= base;
    base_exp <<= 1;
    if (base < 0.5) {
      base += base;
      base_exp--;
    }
  }
  if (y < 0) {
    acc = 1 / acc;
    acc_exp = -acc_exp;
  }
  return ldexp(acc, acc_exp);
}

// 10^n from two tables of exact decimal powers: 10^(32q) * 10^r for n >= 0,
// 10^(-32q) / 10^r for n < 0 (r < 32), so at most two roundings.
double pow10(int64_t n) {
  static constexpr double kSmall[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                                      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                      1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static constexpr double kBig[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static constexpr double kTinyPow[] = {1e-00, 1e-32, 1e-64,  1e-96,  1e-128, 1e-160,
                                        1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (n >= 0 && n <= 308) return kBig[n / 32] * kSmall[n % 32];
  if (n < 0 && n >= -323) return kTinyPow[-n / 32] / kSmall[-n % 32];
  return n > 0 ? inf(1) : 0.0;
}

// Cube root (FreeBSD msun's cbrt, after fdlibm).
// 1. A first estimate good to about 5 bits: dividing the bit pattern by 3
//    divides the biased exponent by 3; adding B1 to the high word restores
//    the bias and centres the error (for subnormals, scale by 2^54 first
//    and use B2 = B1 - 54/3 * 2^20).
// 2. One step of a rational iteration (constants from fdlibm) brings it to
//    about 23 bits.
// 3. Cut t to its high 22 bits and add one unit at bit 30, so that t is
//    just above cbrt(x) and t*t is exact.
// 4. One Newton step in the form t + t*(x/t^2 - t)/(2t + x/t^2).
double cbrt(double x) {
  constexpr uint64_t B1 = 715094163;  // (1023 - 1023/3 - 0.03306235651) * 2^20
  constexpr uint64_t B2 = 696219795;  // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
  constexpr double C = 5.42857142857142815906e-01;   // 19/35
  constexpr double D = -7.05306122448979611050e-01;  // -864/1225
  constexpr double E = 1.41428571428571436819e+00;   // 99/70
  constexpr double F = 1.60714285714285720630e+00;   // 45/28
  constexpr double G = 3.57142857142857150787e-01;   // 5/14
  constexpr double kSmallestNormal = 0x1p-1022;

  if (x == 0 || !is_finite(x)) return x;
  bool negative = x < 0;
  if (negative) x = -x;

  double t;  // step 1
  if (x < kSmallestNormal) {
    t = x * 0x1p54;
    t = from_bits(to_bits(t) / 3 + (B2 << 32));
  } else {
    t = from_bits(to_bits(x) / 3 + (B1 << 32));
  }
  double r = t * t / x;  // step 2
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((to_bits(t) & ~((uint64_t{1} << 30) - 1)) + (uint64_t{1} << 30));  // step 3
  double t2 = t * t;  // step 4
  double q = x / t2;
  q = (q - t) / ((t + t) + q);
  t = t + t * q;
  return negative ? -t : t;
}

// sqrt(p^2 + q^2) without overflow (Go's amd64 assembly): with a >= b the
// magnitudes, a * sqrt(1 + (b/a)^2). An infinity wins over NaN.
double hypot(double p, double q) {
  uint64_t pb = magnitude_bits(p), qb = magnitude_bits(q);
  if (pb >= kInfBits || qb >= kInfBits) return (pb == kInfBits || qb == kInfBits) ? inf(1) : nan();
  if (pb == 0 && qb == 0) return 0;
  double a = from_bits(pb), b = from_bits(qb);
  if (a < b) std::swap(a, b);
  double ratio = b / a;
  return a * std::sqrt(ratio * ratio + 1.0);
}

}  // namespace csp::gomath
