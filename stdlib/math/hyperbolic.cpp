// Sinh, Cosh and Tanh: from Exp where that is accurate, from rational
// approximations near 0 where e^x - e^-x would cancel.
#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {
// Beyond this e^-x is below half an ulp of e^x, so sinh and cosh are e^x/2.
constexpr double kExpDominates = 21;
}  // namespace

// sinh |x| = (e^x - 1/e^x)/2 above 1/2; below, the rational approximation
// x * P(x^2)/Q(x^2) of the classic Bell Labs / Plan 9 libm (after Hart et
// al., Computer Approximations).
double sinh(double x) {
  static constexpr double P[] = {-0.2630563213397497062819489e+2, -0.2894211355989563807284660366e+4,
                                 -0.8991272022039509355398013511e+5, -0.6307673640497716991184787251e+6};
  static constexpr double Q[] = {-0.173678953558233699533450911e+3, 0.1521517378790019070696485176e+5,
                                 -0.6307673640497716991212077277e+6};  // leading coefficient 1
  bool negative = x < 0;
  if (negative) x = -x;
  double r;
  if (x > kExpDominates) {
    r = exp(x) * 0.5;
  } else if (x > 0.5) {
    double e = exp(x);
    r = (e - 1 / e) * 0.5;
  } else {
    double xx = x * x;
    r = horner(xx, P) * x / horner_monic(xx, Q);
  }
  return negative ? -r : r;
}

double cosh(double x) {
  x = abs(x);
  if (x > kExpDominates) return exp(x) * 0.5;
  double e = exp(x);
  return (e + 1 / e) * 0.5;
}

// Cephes' tanh: saturate to +-1 past MAXLOG/2; from |x| >= 0.625 use
// 1 - 2/(e^(2|x|) + 1); below, x + x^3 * P(x^2)/Q(x^2).
double tanh(double x) {
  static constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  static constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                                 4.84406305325125486048e3};  // leading coefficient 1
  constexpr double kMaxLog = 8.8029691931113054295988e+01;  // ln(2^127)
  double ax = abs(x);
  if (ax > 0.5 * kMaxLog) return x < 0 ? -1.0 : 1.0;
  if (ax >= 0.625) {
    double t = 1 - 2 / (exp(2 * ax) + 1);
    return x < 0 ? -t : t;
  }
  if (x == 0) return x;
  double xx = x * x;
  return x + x * xx * horner(xx, P) / horner_monic(xx, Q);
}

}  // namespace csp::gomath
