// The exponentials: Exp, Exp2 and Expm1.
//
// Go's Exp on amd64 is an assembly routine (Shibata's method) with two code
// paths, a plain one and one using fused multiply-adds when the CPU has
// AVX and FMA; both are reproduced here and chosen the same way. Exp2 and
// Expm1 are FreeBSD msun / Sun fdlibm algorithms.
#include <cmath>
#include <iterator>

#include "stdlib/math/fp_internal.hpp"
#include "stdlib/math/go_math.hpp"

namespace csp::gomath {

using namespace detail;

namespace {

// ln 2 split in two: kLn2Hi has enough trailing zero bits that k*kLn2Hi
// is exact for every k the callers produce, kLn2Lo is the rest (fdlibm's
// ln2_hi/ln2_lo).
constexpr double kLn2Hi = 0x1.62e42fee00000p-1;
constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;

bool cpu_has_fma() {
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
}

// CVTSD2SL: round to the nearest int32, ties to even; 1<<31 when out of range.
int64_t nearest_int32(double x) {
  double r = std::nearbyint(x);
  if (!(r >= -0x1p31 && r < 0x1p31)) return INT32_MIN;
  return static_cast<int64_t>(r);
}

// (e^u - 1)/u = 1 + u/2! + u^2/3! + ... + u^7/8!, coefficients highest first.
constexpr double kExpTaylor[] = {1.0 / 40320, 1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1.0};

}  // namespace

// Exp, as Go's amd64 assembly computes it.
// Reduce: k = round(x * log2(e)), r = x - k*ln2 (ln 2 in two parts, a head
// whose low 12 mantissa bits are zero, so that k*head is exact, and a tail). Evaluate e^(r/16) - 1 by
// its Taylor series through u^8 (|u| <= ln2/32 makes that accurate), then
// square four times in the form v -> v*(v+2), which is (1+v)^2 - 1 and
// keeps the small quantity v instead of 1+v; adding 1 gives e^r. Finally
// scale by 2^k; when that lands below the normal range, the scaling is
// split so that the one inexact multiplication is the last.
double exp(double x) {
  constexpr double kLog2E = 0x1.71547652b82fep+0;
  constexpr double kShibataLn2Hi = 0.69314718055966295651160180568695068359375;
  constexpr double kShibataLn2Lo = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;  // above this e^x > MaxFloat64
  constexpr int kSquarings = 4;                        // r/16 = r / 2^kSquarings

  if (!is_finite(x)) return to_bits(x) == (kInfBits | kSignBit) ? 0.0 : x;  // -Inf -> 0; NaN, +Inf as is
  if (x > kOverflow) return inf(1);

  int64_t k = nearest_int32(kLog2E * x);
  double kf = static_cast<double>(k);
  double u, v;
  if (cpu_has_fma()) {
    u = std::fma(-kShibataLn2Lo, kf, std::fma(-kShibataLn2Hi, kf, x)) * 0.0625;
    double p = kExpTaylor[0];
    for (std::size_t i = 1; i < std::size(kExpTaylor); ++i) p = std::fma(p, u, kExpTaylor[i]);
    v = u * p;
    for (int i = 0; i < kSquarings - 1; ++i) v = v * (v + 2.0);
    v = std::fma(v, v + 2.0, 1.0);  // the last squaring and the +1 fused
  } else {
    u = ((x - kf * kShibataLn2Hi) - kf * kShibataLn2Lo) * 0.0625;
    v = u * horner(u, kExpTaylor);
    for (int i = 0; i < kSquarings; ++i) v = v * (v + 2.0);
    v = v + 1.0;
  }

  // v * 2^k
  if (k + kExponentBias >= 0x7FF) return inf(1);
  if (k + kExponentBias > 0) return v * two_to(k);
  if (k < -1022 - 53) return 0;  // far below the smallest subnormal
  return (v * two_to(k + 1022)) * two_to(-1022);
}

namespace {

// e^(hi - lo) for |hi - lo| <= ln2/2, fdlibm's kernel. With r = hi - lo,
// the function R(r) = r*(e^r + 1)/(e^r - 1) is even and close to 2, and
// r^2 * P(r^2) is a minimax fit of R - 2. Setting c = r - r^2 * P(r^2)
// turns R into e^r = 1 + r + r*c/(2 - c), which is evaluated as
// 1 - ((lo - r*c/(2-c)) - hi) so that the small correction lo joins before
// the large terms.
double exp_reduced(double hi, double lo) {
  static constexpr double P[] = {
      4.13813679705723846039e-08, -1.65339022054652515390e-06, 6.61375632143793436117e-05,
      -2.77777777770155933842e-03, 1.66666666666666657415e-01,
  };
  double r = hi - lo;
  double r2 = r * r;
  double c = r - r2 * horner(r2, P);
  return 1 - ((lo - (r * c) / (2 - c)) - hi);
}

}  // namespace

// 2^x = 2^k * e^(t*ln2) with k the integer nearest x (halves away from
// zero) and t = x - k in [-1/2, 1/2]; t*ln2 is carried as hi - lo with ln 2
// in two parts, and e^(hi-lo) comes from the fdlibm kernel above.
double exp2(double x) {
  constexpr double kOverflow = 1.0239999999999999e+03;
  constexpr double kUnderflow = -1.0740e+03;
  if (is_nan(x) || is_inf(x, 1)) return x;
  if (is_inf(x, -1)) return 0;
  if (x > kOverflow) return inf(1);
  if (x < kUnderflow) return 0;
  int64_t k = 0;
  if (x > 0) k = go_int64(x + 0.5);
  if (x < 0) k = go_int64(x - 0.5);
  double t = x - static_cast<double>(k);
  return ldexp(exp_reduced(t * kLn2Hi, -t * kLn2Lo), k);
}

// e^x - 1 without the cancellation near 0 (fdlibm's expm1).
// 1. Reduce x = k*ln2 + r, |r| <= ln2/2, keeping r as hi - lo and c, the
//    rounding error of that subtraction.
// 2. On [-ln2/2, ln2/2] use a rational form: with h = r/2 and s = r*h,
//    R1 = 1 + s*Q(s) approximates (6/r)*(coth(r/2) - 2/r) (a minimax fit);
//    with t = 3 - R1*h and e = s*(R1 - t)/(6 - r*t), expm1(r) = r + s - r*e.
// 3. expm1(x) = 2^k * (expm1(r) + 1) - 1, assembled in the order that loses
//    least for each range of k (fdlibm's case split).
double expm1(double x) {
  constexpr double kOverflow = 7.09782712893383973096e+02;
  constexpr double k56Ln2 = 3.88162421113569373274e+01;       // beyond: e^x - 1 rounds to -1 or overflows
  constexpr double kThreeHalvesLn2 = 1.03972077083991796413e+00;
  constexpr double kHalfLn2 = 3.46573590279972654709e-01;
  constexpr double kInvLn2 = 1.44269504088896338700e+00;
  constexpr double kTiny = 0x1p-54;  // expm1(x) rounds to x
  static constexpr double Q[] = {
      -2.01099218183624371326e-07, 4.00821782732936239552e-06, -7.93650757867487942473e-05,
      1.58730158725481460165e-03, -3.33333333333331316428e-02,
  };

  if (is_nan(x) || is_inf(x, 1)) return x;
  if (is_inf(x, -1)) return -1;
  bool negative = x < 0;
  double ax = negative ? -x : x;
  if (ax >= k56Ln2) {
    if (negative) return -1;
    if (ax >= kOverflow) return inf(1);
  }

  // Step 1.
  int64_t k = 0;
  double c = 0;
  if (ax > kHalfLn2) {
    double hi, lo;
    if (ax < kThreeHalvesLn2) {  // k = +-1: subtract ln2 directly
      k = negative ? -1 : 1;
      hi = negative ? x + kLn2Hi : x - kLn2Hi;
      lo = negative ? -kLn2Lo : kLn2Lo;
    } else {
      k = go_int64(negative ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
      double kf = static_cast<double>(k);
      hi = x - kf * kLn2Hi;
      lo = kf * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (ax < kTiny) {
    return x;
  }

  // Step 2.
  double half = 0.5 * x;
  double s = x * half;
  double r1 = 1 + s * horner(s, Q);
  double t = 3 - r1 * half;
  double e = s * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - s);

  // Step 3: e becomes the total correction, r - expm1(r) with c folded in.
  e = x * (e - c) - c;
  e -= s;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {  // the final -1 is negligible or nearly so: scale first
    return shift_exponent(1 - (e - x), k) - 1;
  }
  if (k < 20) {  // 1 - 2^-k is exact; subtract before scaling
    return (1 - two_to(-k) - (e - x)) * two_to(k);
  }
  return ((x - (e + two_to(-k))) + 1) * two_to(k);
}

}  // namespace csp::gomath
