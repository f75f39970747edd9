// Atan (Cephes atan.c by Stephen L. Moshier), and Asin, Acos and Atan2
// built on it.
#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {

// atan t for |t| <= 0.66: t + t^3 * P(t^2)/Q(t^2), Cephes' rational
// approximation (degree 4 over a monic degree 5).
double atan_kernel(double t) {
  static constexpr double P[] = {-8.750608600031904122785e-01, -1.615753718733365076637e+01,
                                 -7.500855792314704667340e+01, -1.228866684490136173410e+02,
                                 -6.485021904942025371773e+01};
  static constexpr double Q[] = {+2.485846490142306297962e+01, +1.650270098316988542046e+02,
                                 +4.328810604912902668951e+02, +4.853903996359136964868e+02,
                                 +1.945506571482613964425e+02};
  double tt = t * t;
  double r = tt * horner(tt, P) / horner_monic(tt, Q);
  return t * r + t;
}

// atan x for x >= 0 (also passes NaN through). Cephes' range reduction:
// above tan(3Pi/8), atan x = Pi/2 - atan(1/x); between 0.66 and tan(3Pi/8),
// atan x = Pi/4 + atan((x-1)/(x+1)). The constant Pi/2 - double(Pi/2)
// (0.5 of it for Pi/4) is added back last.
double atan_nonnegative(double x) {
  constexpr double kTan3PiOver8 = 2.41421356237309504880;
  constexpr double kHalfPiTail = 6.123233995736765886130e-17;  // Pi/2 - kHalfPi
  if (x <= 0.66) return atan_kernel(x);
  if (x > kTan3PiOver8) return kHalfPi - atan_kernel(1 / x) + kHalfPiTail;
  return kQuarterPi + atan_kernel((x - 1) / (x + 1)) + 0.5 * kHalfPiTail;
}

}  // namespace

double atan(double x) {
  if (x == 0) return x;
  return x > 0 ? atan_nonnegative(x) : -atan_nonnegative(-x);
}

// asin x = atan(x / sqrt(1 - x^2)); near |x| = 1 the complement
// Pi/2 - atan(sqrt(1 - x^2) / x) is better conditioned.
double asin(double x) {
  if (x == 0) return x;
  bool negative = x < 0;
  if (negative) x = -x;
  if (x > 1) return nan();
  double c = sqrt(1 - x * x);
  double a = x > 0.7 ? kHalfPi - atan_nonnegative(c / x) : atan_nonnegative(x / c);
  return negative ? -a : a;
}

double acos(double x) { return kHalfPi - asin(x); }

// The angle of (x, y): atan(y/x), moved by Pi into the left half-plane;
// zeros and infinities follow C99 Annex F.
double atan2(double y, double x) {
  if (is_nan(x) || is_nan(y)) return nan();
  if (y == 0) return copysign(x >= 0 && !signbit(x) ? 0.0 : kPi, y);
  if (x == 0) return copysign(kHalfPi, y);
  if (!is_finite(x)) {
    constexpr double kThreeQuarterPi = 0x1.2d97c7f3321d2p+1;  // 3Pi/4, rounded once
    if (x > 0) return copysign(is_finite(y) ? 0.0 : kQuarterPi, y);
    return copysign(is_finite(y) ? kPi : kThreeQuarterPi, y);
  }
  if (!is_finite(y)) return copysign(kHalfPi, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

}  // namespace csp::gomath
