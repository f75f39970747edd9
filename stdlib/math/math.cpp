// math natives: unpack the slots, call the Go-exact implementation, write
// the result over the first argument.
#include "stdlib/math/math.hpp"

#include "stdlib/math/go_math.hpp"
#include "stdlib/native_util.hpp"

namespace csp {

namespace {

using F1 = double (*)(double);
using F2 = double (*)(double, double);

template <F1 F>
NativeStatus f1(NativeCall& c) { return ret_float(c, F(float_arg(c, 0))); }
template <F2 F>
NativeStatus f2(NativeCall& c) { return ret_float(c, F(float_arg(c, 0), float_arg(c, 1))); }

}  // namespace

NativeStatus math_sqrt(NativeCall& c) { return f1<gomath::sqrt>(c); }
NativeStatus math_abs(NativeCall& c) { return f1<gomath::abs>(c); }
NativeStatus math_floor(NativeCall& c) { return f1<gomath::floor>(c); }
NativeStatus math_ceil(NativeCall& c) { return f1<gomath::ceil>(c); }
NativeStatus math_trunc(NativeCall& c) { return f1<gomath::trunc>(c); }
NativeStatus math_round(NativeCall& c) { return f1<gomath::round>(c); }
NativeStatus math_round_to_even(NativeCall& c) { return f1<gomath::round_to_even>(c); }
NativeStatus math_pow(NativeCall& c) { return f2<gomath::pow>(c); }
NativeStatus math_pow10(NativeCall& c) { return ret_float(c, gomath::pow10(int_arg(c, 0))); }
NativeStatus math_exp(NativeCall& c) { return f1<gomath::exp>(c); }
NativeStatus math_exp2(NativeCall& c) { return f1<gomath::exp2>(c); }
NativeStatus math_expm1(NativeCall& c) { return f1<gomath::expm1>(c); }
NativeStatus math_log(NativeCall& c) { return f1<gomath::log>(c); }
NativeStatus math_log2(NativeCall& c) { return f1<gomath::log2>(c); }
NativeStatus math_log10(NativeCall& c) { return f1<gomath::log10>(c); }
NativeStatus math_log1p(NativeCall& c) { return f1<gomath::log1p>(c); }
NativeStatus math_logb(NativeCall& c) { return f1<gomath::logb>(c); }
NativeStatus math_ilogb(NativeCall& c) { return ret_int(c, gomath::ilogb(float_arg(c, 0))); }
NativeStatus math_sin(NativeCall& c) { return f1<gomath::sin>(c); }
NativeStatus math_cos(NativeCall& c) { return f1<gomath::cos>(c); }
NativeStatus math_tan(NativeCall& c) { return f1<gomath::tan>(c); }
NativeStatus math_asin(NativeCall& c) { return f1<gomath::asin>(c); }
NativeStatus math_acos(NativeCall& c) { return f1<gomath::acos>(c); }
NativeStatus math_atan(NativeCall& c) { return f1<gomath::atan>(c); }
NativeStatus math_atan2(NativeCall& c) { return f2<gomath::atan2>(c); }
NativeStatus math_sinh(NativeCall& c) { return f1<gomath::sinh>(c); }
NativeStatus math_cosh(NativeCall& c) { return f1<gomath::cosh>(c); }
NativeStatus math_tanh(NativeCall& c) { return f1<gomath::tanh>(c); }
NativeStatus math_hypot(NativeCall& c) { return f2<gomath::hypot>(c); }
NativeStatus math_mod(NativeCall& c) { return f2<gomath::mod>(c); }
NativeStatus math_remainder(NativeCall& c) { return f2<gomath::remainder>(c); }
NativeStatus math_max(NativeCall& c) { return f2<gomath::max>(c); }
NativeStatus math_min(NativeCall& c) { return f2<gomath::min>(c); }
NativeStatus math_dim(NativeCall& c) { return f2<gomath::dim>(c); }
NativeStatus math_copysign(NativeCall& c) { return f2<gomath::copysign>(c); }
NativeStatus math_signbit(NativeCall& c) { return ret_bool(c, gomath::signbit(float_arg(c, 0))); }
NativeStatus math_inf(NativeCall& c) { return ret_float(c, gomath::inf(int_arg(c, 0))); }
NativeStatus math_nan(NativeCall& c) { return ret_float(c, gomath::nan()); }
NativeStatus math_is_nan(NativeCall& c) { return ret_bool(c, gomath::is_nan(float_arg(c, 0))); }
NativeStatus math_is_inf(NativeCall& c) { return ret_bool(c, gomath::is_inf(float_arg(c, 0), int_arg(c, 1))); }
NativeStatus math_float64_bits(NativeCall& c) {
  c.args[0].u = gomath::float64_bits(float_arg(c, 0));
  return NativeStatus::Ok;
}
NativeStatus math_float64_from_bits(NativeCall& c) { return ret_float(c, gomath::float64_from_bits(c.args[0].u)); }
NativeStatus math_float32_bits(NativeCall& c) {
  c.args[0].u = gomath::float32_bits(float_arg(c, 0));
  return NativeStatus::Ok;
}
NativeStatus math_float32_from_bits(NativeCall& c) {
  return ret_float(c, gomath::float32_from_bits(static_cast<uint32_t>(c.args[0].u)));
}
NativeStatus math_cbrt(NativeCall& c) { return f1<gomath::cbrt>(c); }
NativeStatus math_fma(NativeCall& c) {
  return ret_float(c, gomath::fma(float_arg(c, 0), float_arg(c, 1), float_arg(c, 2)));
}
NativeStatus math_nextafter(NativeCall& c) { return f2<gomath::nextafter>(c); }
NativeStatus math_nextafter32(NativeCall& c) { return f2<gomath::nextafter32>(c); }
// Frexp(f) (frac float64, exp int); Modf(f) (int, frac float64).
NativeStatus math_frexp(NativeCall& c) {
  int64_t e;
  c.args[0].f = gomath::frexp(float_arg(c, 0), &e);
  c.args[1].i = e;
  return NativeStatus::Ok;
}
NativeStatus math_ldexp(NativeCall& c) { return ret_float(c, gomath::ldexp(float_arg(c, 0), int_arg(c, 1))); }
NativeStatus math_modf(NativeCall& c) {
  double frac;
  c.args[0].f = gomath::modf(float_arg(c, 0), &frac);
  c.args[1].f = frac;
  return NativeStatus::Ok;
}

namespace {
constexpr NativeDef kMathNatives[] = {
#define CSP_X(go_name, fn) {"math." #go_name, math_##fn},
    CSP_MATH_NATIVES(CSP_X)
#undef CSP_X
};
}  // namespace

const NativeTable math_natives = kMathNatives;

}  // namespace csp
