// Sin, Cos and Tan, after Cephes (sin.c, tan.c by Stephen L. Moshier).
//
// All three reduce |x| to z in [-Pi/4, Pi/4] and an even octant j with
// |x| = z + j*Pi/4, so |x| = z + q*Pi/2 for the quadrant q = j/2, and then
// evaluate a polynomial (sin, cos) or rational (tan) approximation on z.
#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {

constexpr double kFourOverPi = 0x1.45f306dc9c883p+0;
// Beyond this the three-part subtraction below loses accuracy and the
// Payne-Hanek reduction (trig_reduce.cpp) takes over.
constexpr double kHugeArgument = 0x1p29;

// Cephes' sin and cos coefficients on [-Pi/4, Pi/4], highest power first:
// sin z = z + z^3 * S(z^2), cos z = 1 - z^2/2 + z^4 * C(z^2).
constexpr double kSinCoef[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                               2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                               8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCosCoef[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                               -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                               -1.38888888888730564116e-3,  4.16666666666665929218e-2};

// |x| (x >= 0) as z + octant*Pi/4 with an even octant. Below 2^29: the
// octant is x*4/Pi truncated, rounded up to even; Pi/4 is subtracted in
// three parts (Cephes' DP1..DP3; the first two have enough trailing zeros
// that y*part is exact), which keeps z accurate while y is small.
double reduce(double x, unsigned* octant) {
  constexpr double kPi4Part1 = 7.85398125648498535156e-1;
  constexpr double kPi4Part2 = 3.77489470793079817668e-8;
  constexpr double kPi4Part3 = 2.69515142907905952645e-15;
  if (x >= kHugeArgument) return reduce_huge(x, octant);
  uint64_t j = static_cast<uint64_t>(x * kFourOverPi);
  double y = static_cast<double>(j);
  if (j & 1) {
    j++;
    y++;
  }
  *octant = static_cast<unsigned>(j & 7);
  return ((x - y * kPi4Part1) - y * kPi4Part2) - y * kPi4Part3;
}

double sin_kernel(double z, double zz) { return z + z * zz * horner(zz, kSinCoef); }
double cos_kernel(double zz) { return 1.0 - 0.5 * zz + zz * zz * horner(zz, kCosCoef); }

// sin(z + q*Pi/2).
double sin_in_quadrant(double z, unsigned q) {
  double zz = z * z;
  switch (q & 3) {
    case 0: return sin_kernel(z, zz);
    case 1: return cos_kernel(zz);
    case 2: return -sin_kernel(z, zz);
    default: return -cos_kernel(zz);
  }
}

}  // namespace

double sin(double x) {
  if (x == 0 || is_nan(x)) return x;
  if (!is_finite(x)) return nan();
  unsigned octant;
  double z = reduce(abs(x), &octant);
  double s = sin_in_quadrant(z, octant / 2);
  return x < 0 ? -s : s;
}

// cos x = cos|x| = sin(|x| + Pi/2): one quadrant further.
double cos(double x) {
  if (!is_finite(x)) return nan();
  unsigned octant;
  double z = reduce(abs(x), &octant);
  return sin_in_quadrant(z, octant / 2 + 1);
}

// tan z = z + z^3 * P(z^2)/Q(z^2) on [-Pi/4, Pi/4] (Cephes), tan z itself
// for tiny z; in the odd quadrants tan(z + Pi/2) = -1/tan z.
double tan(double x) {
  static constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  static constexpr double Q[] = {1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                                 -5.38695755929454629881e7};  // leading coefficient 1
  if (x == 0 || is_nan(x)) return x;
  if (!is_finite(x)) return nan();
  bool negative = x < 0;
  unsigned octant;
  double z = reduce(negative ? -x : x, &octant);
  double zz = z * z;
  double t = z;
  if (zz > 1e-14) t = z + z * (zz * horner(zz, P) / horner_monic(zz, Q));
  if (octant & 2) t = -1 / t;
  return negative ? -t : t;
}

}  // namespace csp::gomath
