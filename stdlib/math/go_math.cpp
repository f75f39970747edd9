// Go 1.19's math algorithms in C++ (see go_math.hpp). Each function keeps
// Go's operation order: floating-point arithmetic is not associative, and
// the point is to get Go's last bit. This file must not be compiled with
// floating-point contraction (a*b+c fused into an FMA would change results);
// the pragma below makes sure, whatever the build flags.
#include "stdlib/math/go_math.hpp"

#include <bit>
#include <cmath>
#include <limits>

#pragma GCC optimize("fp-contract=off")

namespace csp::gomath {

namespace {

constexpr uint64_t kMask = 0x7FF;
constexpr int kShift = 64 - 11 - 1;
constexpr int kBias = 1023;
constexpr uint64_t kSignMask = 1ULL << 63;
constexpr uint64_t kFracMask = (1ULL << kShift) - 1;
constexpr uint64_t kUvOne = 0x3FF0000000000000ULL;
constexpr double kMaxFloat64 = std::numeric_limits<double>::max();

constexpr double kPi = 0x1.921fb54442d18p+1;
constexpr double kPi2 = kPi / 2;  // exact: scaling by a power of two
constexpr double kPi4 = kPi / 4;
constexpr double k4OverPi = 0x1.45f306dc9c883p+0;      // 4/Pi rounded once, as Go's constant
constexpr double k3Pi4 = 0x1.2d97c7f3321d2p+1;         // 3*Pi/4
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;      // 1/Ln10
constexpr double kInvLn2 = 0x1.71547652b82fep+0;       // 1/Ln2

// Go's float64 -> int64 conversion on amd64 (CVTTSD2SQ): truncation, and
// 0x8000000000000000 for NaN and out-of-range values.
int64_t to_int(double x) {
  if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(x);
}

// CVTSD2SL: round to nearest even into int32; 0x80000000 when out of range.
int32_t cvtsd2sl(double x) {
  double r = std::nearbyint(x);
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) return INT32_MIN;
  return static_cast<int32_t>(r);
}

double normalize(double x, int64_t* exp) {
  constexpr double kSmallestNormal = 2.2250738585072014e-308;
  if (abs(x) < kSmallestNormal) {
    *exp = -52;
    return x * static_cast<double>(1ULL << 52);
  }
  *exp = 0;
  return x;
}

bool use_fma() {
  static const bool v = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return v;
}

}  // namespace

uint64_t float64_bits(double f) { return std::bit_cast<uint64_t>(f); }
double float64_from_bits(uint64_t b) { return std::bit_cast<double>(b); }

uint32_t float32_bits(double f) {
  uint64_t d = float64_bits(f);
  if ((d & 0x7FFFFFFFFFFFFFFFULL) > 0x7FF0000000000000ULL)  // NaN: keep sign and payload
    return static_cast<uint32_t>((d >> 32) & 0x80000000U) | 0x7F800000U |
           static_cast<uint32_t>((d >> 29) & 0x7FFFFFU);
  return std::bit_cast<uint32_t>(static_cast<float>(f));
}

double float32_from_bits(uint32_t b) {
  if ((b & 0x7FFFFFFFU) > 0x7F800000U)
    return float64_from_bits((static_cast<uint64_t>(b & 0x80000000U) << 32) | 0x7FF0000000000000ULL |
                             (static_cast<uint64_t>(b & 0x7FFFFFU) << 29));
  return static_cast<double>(std::bit_cast<float>(b));
}

double nan() { return float64_from_bits(kNaNBits); }
double inf(int64_t sign) { return float64_from_bits(sign >= 0 ? 0x7FF0000000000000ULL : 0xFFF0000000000000ULL); }
bool is_nan(double f) { return f != f; }
bool is_inf(double f, int64_t sign) { return (sign >= 0 && f > kMaxFloat64) || (sign <= 0 && f < -kMaxFloat64); }
bool signbit(double f) { return (float64_bits(f) & kSignMask) != 0; }
double copysign(double f, double sign) {
  return float64_from_bits((float64_bits(f) & ~kSignMask) | (float64_bits(sign) & kSignMask));
}
double abs(double f) { return float64_from_bits(float64_bits(f) & ~kSignMask); }

// Sqrt, Floor, Ceil, Trunc: SQRTSD and ROUNDSD on amd64, exact like libm's.
double sqrt(double x) { return std::sqrt(x); }
double floor(double x) { return std::floor(x); }
double ceil(double x) { return std::ceil(x); }
double trunc(double x) { return std::trunc(x); }
double fma(double x, double y, double z) { return std::fma(x, y, z); }

double round(double x) {
  uint64_t bits = float64_bits(x);
  uint64_t e = (bits >> kShift) & kMask;
  if (e < kBias) {
    bits &= kSignMask;
    if (e == kBias - 1) bits |= kUvOne;
  } else if (e < kBias + kShift) {
    constexpr uint64_t half = 1ULL << (kShift - 1);
    e -= kBias;
    bits += half >> e;
    bits &= ~(kFracMask >> e);
  }
  return float64_from_bits(bits);
}

double round_to_even(double x) {
  uint64_t bits = float64_bits(x);
  uint64_t e = (bits >> kShift) & kMask;
  if (e >= kBias) {
    constexpr uint64_t half_minus_ulp = (1ULL << (kShift - 1)) - 1;
    e -= kBias;
    if (e < 64) {  // Go's shifts by >= 64 give 0
      uint64_t odd = kShift >= e ? (bits >> (kShift - e)) & 1 : 0;
      bits += (half_minus_ulp + odd) >> e;
      bits &= ~(kFracMask >> e);
    }
  } else if (e == kBias - 1 && (bits & kFracMask) != 0) {
    bits = (bits & kSignMask) | kUvOne;
  } else {
    bits &= kSignMask;
  }
  return float64_from_bits(bits);
}

double modf(double f, double* frac) {
  if (f < 1) {
    if (f < 0) {
      double fr;
      double i = modf(-f, &fr);
      *frac = -fr;
      return -i;
    }
    if (f == 0) {
      *frac = f;
      return f;
    }
    *frac = f;
    return 0;
  }
  uint64_t x = float64_bits(f);
  uint64_t e = ((x >> kShift) & kMask) - kBias;  // uint arithmetic, as Go's
  if (e < 64 - 12) x &= ~((1ULL << (64 - 12 - e)) - 1);
  double i = float64_from_bits(x);
  *frac = f - i;
  return i;
}

double frexp(double f, int64_t* exp) {
  *exp = 0;
  if (f == 0 || is_inf(f, 0) || is_nan(f)) return f;
  f = normalize(f, exp);
  uint64_t x = float64_bits(f);
  *exp += static_cast<int64_t>((x >> kShift) & kMask) - kBias + 1;
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(-1 + kBias) << kShift;
  return float64_from_bits(x);
}

double ldexp(double frac, int64_t exp) {
  if (frac == 0 || is_inf(frac, 0) || is_nan(frac)) return frac;
  int64_t e;
  frac = normalize(frac, &e);
  exp += e;
  uint64_t x = float64_bits(frac);
  exp += static_cast<int64_t>((x >> kShift) & kMask) - kBias;
  if (exp < -1075) return copysign(0, frac);
  if (exp > 1023) return frac < 0 ? inf(-1) : inf(1);
  double m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1.0 / static_cast<double>(1ULL << 53);
  }
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * float64_from_bits(x);
}

double mod(double x, double y) {
  if (y == 0 || is_inf(x, 0) || is_nan(x) || is_nan(y)) return nan();
  y = abs(y);
  int64_t yexp;
  double yfr = frexp(y, &yexp);
  double r = x;
  if (x < 0) r = -x;
  while (r >= y) {
    int64_t rexp;
    double rfr = frexp(r, &rexp);
    if (rfr < yfr) rexp = rexp - 1;
    r = r - ldexp(y, rexp - yexp);
  }
  if (x < 0) r = -r;
  return r;
}

double remainder(double x, double y) {
  constexpr double kTiny = 4.45014771701440276618e-308;
  constexpr double kHalfMax = kMaxFloat64 / 2;
  if (is_nan(x) || is_nan(y) || is_inf(x, 0) || y == 0) return nan();
  if (is_inf(y, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x == y) return sign ? -0.0 : 0.0;
  if (y <= kHalfMax) x = mod(x, y + y);
  if (y < kTiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    double y_half = 0.5 * y;
    if (x > y_half) {
      x -= y;
      if (x >= y_half) x -= y;
    }
  }
  if (sign) x = -x;
  return x;
}

double dim(double x, double y) {
  double v = x - y;
  if (v <= 0) return 0;
  return v;
}

// archMax / archMin (dim_amd64.s).
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

// archExp (exp_amd64.s): Shibata's method, both of its code paths.
double exp(double x) {
  constexpr double kLog2E = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double c[] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                          8.3333333333333333333e-3, 1.3888888888888888889e-3,
                          1.9841269841269841270e-4, 2.4801587301587301587e-5};
  uint64_t bx = float64_bits(x);
  if ((bx & ~kSignMask) >= 0x7FF0000000000000ULL) {  // not finite
    if (bx == 0xFFF0000000000000ULL) return 0;        // -Inf
    return x;                                          // NaN or +Inf
  }
  if (x > kOverflow) return inf(1);
  int32_t e = cvtsd2sl(kLog2E * x);
  double k = e;
  double x0 = x, x1;
  if (use_fma()) {
    x0 = std::fma(-kLn2U, k, x0);
    x0 = std::fma(-kLn2L, k, x0);
    x0 *= 0.0625;
    x1 = c[8];
    x1 = std::fma(x1, x0, c[7]);
    x1 = std::fma(x1, x0, c[6]);
    x1 = std::fma(x1, x0, c[5]);
    x1 = std::fma(x1, x0, c[4]);
    x1 = std::fma(x1, x0, c[3]);
    x1 = std::fma(x1, x0, c[0]);
    x1 = std::fma(x1, x0, c[1]);
    x0 = x0 * x1;
    x1 = x0 + c[2];
    x0 = x0 * x1;
    x1 = x0 + c[2];
    x0 = x0 * x1;
    x1 = x0 + c[2];
    x0 = x0 * x1;
    x1 = x0 + c[2];
    x0 = std::fma(x0, x1, c[1]);
  } else {
    x0 = x0 - k * kLn2U;
    x0 = x0 - k * kLn2L;
    x0 *= 0.0625;
    x1 = c[8] * x0;
    x1 = (x1 + c[7]) * x0;
    x1 = (x1 + c[6]) * x0;
    x1 = (x1 + c[5]) * x0;
    x1 = (x1 + c[4]) * x0;
    x1 = (x1 + c[3]) * x0;
    x1 = (x1 + c[0]) * x0;
    x1 = x1 + c[1];
    x0 = x0 * x1;
    for (int n = 0; n < 4; ++n) {
      x1 = c[2] + x0;
      x0 = x0 * x1;
    }
    x0 = x0 + c[1];
  }
  // fr * 2**e
  int32_t b = static_cast<int32_t>(static_cast<uint32_t>(e) + 0x3FF);
  if (b <= 0) {
    if (b < -52) return 0;
    b += 0x3FE;
    x0 *= float64_from_bits(static_cast<uint64_t>(static_cast<uint32_t>(b)) << 52);
    b = 1;
  } else if (b >= 0x7FF) {
    return inf(1);
  }
  return x0 * float64_from_bits(static_cast<uint64_t>(static_cast<uint32_t>(b)) << 52);
}

namespace {

double expmulti(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01;
  constexpr double P2 = -2.77777777770155933842e-03;
  constexpr double P3 = 6.61375632143793436117e-05;
  constexpr double P4 = -1.65339022054652515390e-06;
  constexpr double P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

}  // namespace

double exp2(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double Overflow = 1.0239999999999999e+03;
  constexpr double Underflow = -1.0740e+03;
  if (is_nan(x) || is_inf(x, 1)) return x;
  if (is_inf(x, -1)) return 0;
  if (x > Overflow) return inf(1);
  if (x < Underflow) return 0;
  int64_t k = 0;
  if (x > 0) k = to_int(x + 0.5);
  else if (x < 0) k = to_int(x - 0.5);
  double t = x - static_cast<double>(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

double expm1(double x) {
  constexpr double Othreshold = 7.09782712893383973096e+02;
  constexpr double Ln2X56 = 3.88162421113569373274e+01;
  constexpr double Ln2HalfX3 = 1.03972077083991796413e+00;
  constexpr double Ln2Half = 3.46573590279972654709e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double InvLn2 = 1.44269504088896338700e+00;
  constexpr double Tiny = 1.0 / static_cast<double>(1ULL << 54);
  constexpr double Q1 = -3.33333333333331316428e-02;
  constexpr double Q2 = 1.58730158725481460165e-03;
  constexpr double Q3 = -7.93650757867487942473e-05;
  constexpr double Q4 = 4.00821782732936239552e-06;
  constexpr double Q5 = -2.01099218183624371326e-07;
  if (is_inf(x, 1) || is_nan(x)) return x;
  if (is_inf(x, -1)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return inf(1);
  }
  double c = 0;
  int64_t k = 0;
  if (absx > Ln2Half) {
    double hi, lo;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      if (!sign) k = to_int(InvLn2 * x + 0.5);
      else k = to_int(InvLn2 * x - 0.5);
      double t = static_cast<double>(k);
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = float64_from_bits(float64_bits(y) + (static_cast<uint64_t>(k) << 52));
    return y - 1;
  }
  if (k < 20) {
    double tt = float64_from_bits(0x3ff0000000000000ULL - (0x20000000000000ULL >> k));
    double y = tt - (e - x);
    y = float64_from_bits(float64_bits(y) + (static_cast<uint64_t>(k) << 52));
    return y;
  }
  t = float64_from_bits(static_cast<uint64_t>(0x3ff - k) << 52);
  double y = x - (e + t);
  y += 1;
  y = float64_from_bits(float64_bits(y) + (static_cast<uint64_t>(k) << 52));
  return y;
}

// archLog (log_amd64.s). Its frexp reads the exponent field directly, so
// subnormal arguments take the same (slightly different) path as in Go.
double log(double x) {
  constexpr double HSqrt2 = 7.07106781186547524401e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01;
  constexpr double L2 = 3.999999999940941908e-01;
  constexpr double L3 = 2.857142874366239149e-01;
  constexpr double L4 = 2.222219843214978396e-01;
  constexpr double L5 = 1.818357216161805012e-01;
  constexpr double L6 = 1.531383769920937332e-01;
  constexpr double L7 = 1.479819860511658591e-01;
  uint64_t bx = float64_bits(x);
  if ((bx & ~kSignMask) == 0) return inf(-1);
  if (static_cast<int64_t>(bx) < 0) return nan();
  if (bx >= 0x7FF0000000000000ULL) return x;  // +Inf or NaN
  double f1 = float64_from_bits((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
  double k = static_cast<double>(static_cast<int32_t>((bx >> 52) & 0x7FF) - 0x3FE);
  if (!(HSqrt2 < f1)) {  // CMPSD "not less than" on (HSqrt2, f1): k -= 1; f1 *= 2
    k -= 1.0;
    f1 *= 2.0;
  }
  double f = f1 - 1.0;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double log10(double x) { return log(x) * kInvLn10; }

double log2(double x) {
  int64_t e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return static_cast<double>(e - 1);
  return log(frac) * kInvLn2 + static_cast<double>(e);
}

double log1p(double x) {
  constexpr double Sqrt2M1 = 4.142135623730950488017e-01;
  constexpr double Sqrt2HalfM1 = -2.928932188134524755992e-01;
  constexpr double Small = 1.0 / static_cast<double>(1 << 29);
  constexpr double Tiny = 1.0 / static_cast<double>(1ULL << 54);
  constexpr double Two53 = static_cast<double>(1ULL << 53);
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double Lp1 = 6.666666666666735130e-01;
  constexpr double Lp2 = 3.999999999940941908e-01;
  constexpr double Lp3 = 2.857142874366239149e-01;
  constexpr double Lp4 = 2.222219843214978396e-01;
  constexpr double Lp5 = 1.818357216161805012e-01;
  constexpr double Lp6 = 1.531383769920937332e-01;
  constexpr double Lp7 = 1.479819860511658591e-01;
  if (x < -1 || is_nan(x)) return nan();
  if (x == -1) return inf(-1);
  if (is_inf(x, 1)) return inf(1);
  double absx = abs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = float64_bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      if (k > 0) c = 1.0 - (u - x);
      else c = x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = float64_bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffffULL;
    if (iu < 0x0006a09e667f3bcdULL) {
      u = float64_from_bits(iu | 0x3ff0000000000000ULL);
    } else {
      k++;
      u = float64_from_bits(iu | 0x3fe0000000000000ULL);
      iu = (0x0010000000000000ULL - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double s, R, z;
  double dk = static_cast<double>(k);
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += dk * Ln2Lo;
      return dk * Ln2Hi + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return dk * Ln2Hi - ((R - (dk * Ln2Lo + c)) - f);
  }
  s = f / (2.0 + f);
  z = s * s;
  R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + (dk * Ln2Lo + c))) - f);
}

namespace {
int64_t ilogb_raw(double x) {
  int64_t e;
  x = normalize(x, &e);
  return static_cast<int64_t>((float64_bits(x) >> kShift) & kMask) - kBias + e;
}
}  // namespace

double logb(double x) {
  if (x == 0) return inf(-1);
  if (is_inf(x, 0)) return inf(1);
  if (is_nan(x)) return x;
  return static_cast<double>(ilogb_raw(x));
}

int64_t ilogb(double x) {
  if (x == 0) return INT32_MIN;
  if (is_nan(x) || is_inf(x, 0)) return INT32_MAX;
  return ilogb_raw(x);
}

namespace {
bool is_odd_int(double x) {
  double xf;
  double xi = modf(x, &xf);
  return xf == 0 && (to_int(xi) & 1) == 1;
}
}  // namespace

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0) {
    if (y < 0) return is_odd_int(y) ? copysign(inf(1), x) : inf(1);
    if (y > 0) return is_odd_int(y) ? x : 0;
  } else if (is_inf(y, 0)) {
    if (x == -1) return 1;
    if ((abs(x) < 1) == is_inf(y, 1)) return 0;
    return inf(1);
  } else if (is_inf(x, 0)) {
    if (is_inf(x, -1)) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return inf(1);
  } else if (y == 0.5) {
    return sqrt(x);
  } else if (y == -0.5) {
    return 1 / sqrt(x);
  }
  double yf;
  double yi = modf(abs(y), &yf);
  if (yf != 0 && x < 0) return nan();
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((abs(x) < 1) == (y > 0)) return 0;
    return inf(1);
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int64_t xe;
  double x1 = frexp(x, &xe);
  for (int64_t i = to_int(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

double pow10(int64_t n) {
  static constexpr double tab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                   1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static constexpr double pos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static constexpr double neg32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160,
                                     1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308) return pos32[n / 32] * tab[n % 32];
  if (-323 <= n && n <= 0) return neg32[-n / 32] / tab[-n % 32];
  if (n > 0) return inf(1);
  return 0;
}

double cbrt(double x) {
  constexpr uint64_t B1 = 715094163;
  constexpr uint64_t B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01;
  constexpr double D = -7.05306122448979611050e-01;
  constexpr double E = 1.41428571428571436819e+00;
  constexpr double F = 1.60714285714285720630e+00;
  constexpr double G = 3.57142857142857150787e-01;
  constexpr double SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || is_nan(x) || is_inf(x, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = float64_from_bits(float64_bits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = static_cast<double>(1ULL << 54);
    t *= x;
    t = float64_from_bits(float64_bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = float64_from_bits((float64_bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  if (sign) t = -t;
  return t;
}

// archHypot (hypot_amd64.s).
double hypot(double p, double q) {
  uint64_t bp = float64_bits(p) & ~kSignMask, bq = float64_bits(q) & ~kSignMask;
  constexpr uint64_t kInf = 0x7FF0000000000000ULL;
  if (bp >= kInf || bq >= kInf) {
    if (bp == kInf || bq == kInf) return inf(1);
    return nan();
  }
  if ((bp | bq) == 0) return 0;
  double a = float64_from_bits(bp), b = float64_from_bits(bq);
  double hi = a > b ? a : b;  // MAXSD, MINSD on non-NaN values
  double lo = b < a ? b : a;
  lo = lo / hi;
  lo = lo * lo;
  lo = lo + 1.0;
  lo = std::sqrt(lo);
  return hi * lo;
}

// ---- trigonometry (sin.go, tan.go, trig_reduce.go) ----

namespace {

constexpr double kSin[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                           2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                           8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCos[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                           -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                           -1.38888888888730564116e-3,  4.16666666666665929218e-2};
constexpr double PI4A = 7.85398125648498535156e-1;
constexpr double PI4B = 3.77489470793079817668e-8;
constexpr double PI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

constexpr uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Go's shifts: a count of 64 or more gives 0.
uint64_t shl(uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; }
uint64_t shr(uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; }

// Payne-Hanek reduction for x >= 2**29: x mod Pi/4 and the octant.
double trig_reduce(double x, uint64_t* j) {
  if (x < kPi4) {
    *j = 0;
    return x;
  }
  uint64_t ix = float64_bits(x);
  int64_t exp = static_cast<int64_t>((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= 1ULL << kShift;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  unsigned __int128 p2 = static_cast<unsigned __int128>(z2) * ix;
  unsigned __int128 p1 = static_cast<unsigned __int128>(z1) * ix;
  uint64_t z2hi = static_cast<uint64_t>(p2 >> 64);
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  *j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(std::countl_zero(hi));
  uint64_t e = static_cast<uint64_t>(kBias - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  double z = float64_from_bits(hi);
  if ((*j & 1) == 1) {
    *j += 1;
    *j &= 7;
    z--;
  }
  return z * kPi4;
}

// The octant and reduced argument for |x| < 2**29 (sin, cos, tan share it).
double reduce_small(double x, uint64_t* j, bool mod8) {
  *j = static_cast<uint64_t>(x * k4OverPi);
  double y = static_cast<double>(*j);
  if ((*j & 1) == 1) {
    *j += 1;
    y++;
  }
  if (mod8) *j &= 7;
  return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double sin_poly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cos_poly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

}  // namespace

double cos(double x) {
  if (is_nan(x) || is_inf(x, 0)) return nan();
  bool sign = false;
  x = abs(x);
  uint64_t j;
  double z = x >= kReduceThreshold ? trig_reduce(x, &j) : reduce_small(x, &j, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  if (sign) y = -y;
  return y;
}

double sin(double x) {
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x, 0)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z = x >= kReduceThreshold ? trig_reduce(x, &j) : reduce_small(x, &j, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  if (sign) y = -y;
  return y;
}

double tan(double x) {
  static constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  static constexpr double Q[] = {1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                                 2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x, 0)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z = x >= kReduceThreshold ? trig_reduce(x, &j) : reduce_small(x, &j, false);
  double zz = z * z;
  double y;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if ((j & 2) == 2) y = -1 / y;
  if (sign) y = -y;
  return y;
}

namespace {

double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01;
  constexpr double P1 = -1.615753718733365076637e+01;
  constexpr double P2 = -7.500855792314704667340e+01;
  constexpr double P3 = -1.228866684490136173410e+02;
  constexpr double P4 = -6.485021904942025371773e+01;
  constexpr double Q0 = +2.485846490142306297962e+01;
  constexpr double Q1 = +1.650270098316988542046e+02;
  constexpr double Q2 = +4.328810604912902668951e+02;
  constexpr double Q3 = +4.853903996359136964868e+02;
  constexpr double Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

double satan(double x) {
  constexpr double Morebits = 6.123233995736765886130e-17;
  constexpr double Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return kPi2 - xatan(1 / x) + Morebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

}  // namespace

double asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return nan();
  double temp = sqrt(1 - x * x);
  if (x > 0.7) temp = kPi2 - satan(temp / x);
  else temp = satan(x / temp);
  if (sign) temp = -temp;
  return temp;
}

double acos(double x) { return kPi2 - asin(x); }

double atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double atan2(double y, double x) {
  if (is_nan(y) || is_nan(x)) return nan();
  if (y == 0) {
    if (x >= 0 && !signbit(x)) return copysign(0, y);
    return copysign(kPi, y);
  }
  if (x == 0) return copysign(kPi2, y);
  if (is_inf(x, 0)) {
    if (is_inf(x, 1)) return is_inf(y, 0) ? copysign(kPi4, y) : copysign(0, y);
    return is_inf(y, 0) ? copysign(k3Pi4, y) : copysign(kPi, y);
  }
  if (is_inf(y, 0)) return copysign(kPi2, y);
  double q = atan(y / x);
  if (x < 0) {
    if (q <= 0) return q + kPi;
    return q - kPi;
  }
  return q;
}

double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6;
  constexpr double P1 = -0.8991272022039509355398013511e+5;
  constexpr double P2 = -0.2894211355989563807284660366e+4;
  constexpr double P3 = -0.2630563213397497062819489e+2;
  constexpr double Q0 = -0.6307673640497716991212077277e+6;
  constexpr double Q1 = 0.1521517378790019070696485176e+5;
  constexpr double Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  if (sign) temp = -temp;
  return temp;
}

double cosh(double x) {
  x = abs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  static constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  static constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double MAXLOG = 8.8029691931113054295988e+01;
  double z = abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    if (x < 0) z = -z;
    return z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double nextafter(double x, double y) {
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == y) return x;
  if (x == 0) return copysign(float64_from_bits(1), y);
  if ((y > x) == (x > 0)) return float64_from_bits(float64_bits(x) + 1);
  return float64_from_bits(float64_bits(x) - 1);
}

double nextafter32(double x, double y) {
  if (is_nan(x) || is_nan(y)) return static_cast<float>(nan());
  if (x == y) return x;
  if (x == 0) return copysign(float32_from_bits(1), y);
  if ((y > x) == (x > 0)) return float32_from_bits(float32_bits(x) + 1);
  return float32_from_bits(float32_bits(x) - 1);
}

}  // namespace csp::gomath
