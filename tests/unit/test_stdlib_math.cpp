// Unit tests for package math's C++ side (stdlib/math/go_math.hpp):
// every case in math_golden_cases.inc was computed by Go itself
// (stdlib/math/gen/gen_math_cases.go) and must match bit for bit, NaN
// payloads included.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <ios>
#include <string>

#include "stdlib/math/go_math.hpp"

namespace gm = csp::gomath;

namespace {

struct Unary {
  int fn;
  uint64_t x, want;
};
struct Binary {
  int fn;
  uint64_t x, y, want;
};
struct Pow10Case {
  int n;
  uint64_t want;
};

#include "math_golden_cases.inc"

double d(uint64_t b) { return gm::float64_from_bits(b); }

double unary(const char* name, double x) {
  std::string n = name;
  int64_t e;
  double frac;
  if (n == "Sqrt") return gm::sqrt(x);
  if (n == "Abs") return gm::abs(x);
  if (n == "Floor") return gm::floor(x);
  if (n == "Ceil") return gm::ceil(x);
  if (n == "Trunc") return gm::trunc(x);
  if (n == "Round") return gm::round(x);
  if (n == "RoundToEven") return gm::round_to_even(x);
  if (n == "Exp") return gm::exp(x);
  if (n == "Exp2") return gm::exp2(x);
  if (n == "Expm1") return gm::expm1(x);
  if (n == "Log") return gm::log(x);
  if (n == "Log2") return gm::log2(x);
  if (n == "Log10") return gm::log10(x);
  if (n == "Log1p") return gm::log1p(x);
  if (n == "Logb") return gm::logb(x);
  if (n == "Sin") return gm::sin(x);
  if (n == "Cos") return gm::cos(x);
  if (n == "Tan") return gm::tan(x);
  if (n == "Asin") return gm::asin(x);
  if (n == "Acos") return gm::acos(x);
  if (n == "Atan") return gm::atan(x);
  if (n == "Sinh") return gm::sinh(x);
  if (n == "Cosh") return gm::cosh(x);
  if (n == "Tanh") return gm::tanh(x);
  if (n == "Cbrt") return gm::cbrt(x);
  if (n == "Ilogb") return static_cast<double>(gm::ilogb(x));
  if (n == "FrexpFrac") return gm::frexp(x, &e);
  if (n == "FrexpExp") return (gm::frexp(x, &e), static_cast<double>(e));
  if (n == "ModfInt") return gm::modf(x, &frac);
  if (n == "ModfFrac") return (gm::modf(x, &frac), frac);
  // float32(x) in Go rounds like the C++ conversion (CVTSD2SS), NaN included.
  if (n == "Float32bits") return static_cast<double>(gm::float32_bits(static_cast<float>(x)));
  FAIL("unknown function " << n);
  return 0;
}

double binary(const char* name, double x, double y) {
  std::string n = name;
  if (n == "Pow") return gm::pow(x, y);
  if (n == "Atan2") return gm::atan2(x, y);
  if (n == "Hypot") return gm::hypot(x, y);
  if (n == "Mod") return gm::mod(x, y);
  if (n == "Remainder") return gm::remainder(x, y);
  if (n == "Max") return gm::max(x, y);
  if (n == "Min") return gm::min(x, y);
  if (n == "Dim") return gm::dim(x, y);
  if (n == "Copysign") return gm::copysign(x, y);
  if (n == "Nextafter") return gm::nextafter(x, y);
  if (n == "Ldexp") {
    if (gm::is_nan(y) || gm::is_inf(y, 0) || gm::abs(y) > 1e6) return gm::ldexp(x, 5);
    return gm::ldexp(x, static_cast<int64_t>(y));
  }
  FAIL("unknown function " << n);
  return 0;
}

// Functions whose results depend on Exp's FMA path: checked only when this
// CPU takes the same path as the one the table was generated on.
bool uses_exp(const std::string& n) {
  return n == "Exp" || n == "Sinh" || n == "Cosh" || n == "Tanh" || n == "Pow";
}
bool same_exp_path() { return kGeneratedWithFMA == (__builtin_cpu_supports("avx") && __builtin_cpu_supports("fma")); }

}  // namespace

TEST_CASE("math: unary functions match Go bit for bit") {
  int failures = 0;
  for (const Unary& c : kUnaryCases) {
    const char* name = kUnaryNames[c.fn];
    if (uses_exp(name) && !same_exp_path()) continue;
    uint64_t got = gm::float64_bits(unary(name, d(c.x)));
    if (got != c.want && ++failures <= 20)
      FAIL_CHECK(std::string(name) << "(" << d(c.x) << " / 0x" << std::hex << c.x << ") = 0x" << got << ", Go: 0x" << c.want);
  }
  CHECK(failures == 0);
}

TEST_CASE("math: binary functions match Go bit for bit") {
  int failures = 0;
  for (const Binary& c : kBinaryCases) {
    const char* name = kBinaryNames[c.fn];
    if (uses_exp(name) && !same_exp_path()) continue;
    uint64_t got = gm::float64_bits(binary(name, d(c.x), d(c.y)));
    if (got != c.want && ++failures <= 20)
      FAIL_CHECK(std::string(name) << "(" << d(c.x) << ", " << d(c.y) << ") = 0x" << std::hex << got << ", Go: 0x" << c.want);
  }
  CHECK(failures == 0);
}

TEST_CASE("math: Pow10") {
  for (const Pow10Case& c : kPow10Cases) CHECK(gm::float64_bits(gm::pow10(c.n)) == c.want);
}

TEST_CASE("math: float32 bits keep signalling NaNs") {
  CHECK(gm::float32_bits(gm::float32_from_bits(0x7f800001)) == 0x7f800001u);
  CHECK(gm::float32_bits(gm::float32_from_bits(0xffc00123)) == 0xffc00123u);
  CHECK(gm::float32_bits(gm::float32_from_bits(0x3f800000)) == 0x3f800000u);
  CHECK(gm::float64_bits(gm::nan()) == 0x7FF8000000000001ULL);
}
