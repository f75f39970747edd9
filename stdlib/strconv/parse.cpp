// The parsing cores of strconv (ParseUint, ParseInt, Atoi, ParseFloat).
//
// Each native returns the value Go's function returns together with a
// status (parse_status below); the Go side (strconv.go) turns a status into
// Go's *NumError. Go's value on failure is part of the contract: 0 for a
// syntax error, the clamped bound for an integer out of range, ±Inf for a
// float that overflows. Floats are rounded by std::from_chars (exact in
// libstdc++ 12: fast_float with a big-number fallback); the Go grammar
// (underscores, hex mantissas, inf/nan spellings) is checked here first.
#include "stdlib/strconv/parse.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "stdlib/native_util.hpp"

namespace csp {

namespace {

using sv = std::string_view;

// Keep in sync with the constants in strconv.go.
enum ParseStatus : int64_t { kOk = 0, kSyntax = 1, kRange = 2, kBase = 3, kBitSize = 4 };

constexpr int kIntSize = 64;

unsigned char lower(unsigned char c) { return c | ('x' - 'X'); }

// Go's rule for '_' in a number literal: only between digits, or between a
// base prefix and a digit. `s` is the text that was consumed (sign included).
bool underscore_ok(sv s) {
  char saw = '^';  // ^ start, 0 digit or prefix, _ underscore, ! anything else
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    unsigned char p = lower(static_cast<unsigned char>(s[1]));
    if (p == 'b' || p == 'o' || p == 'x') {
      i = 2;
      saw = '0';
      hex = p == 'x';
    }
  }
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

struct UintResult {
  uint64_t value;
  ParseStatus status;
};

// Go's ParseUint on the unsigned part of a number. Base 0 takes the base
// from the prefix and allows underscores. The first overflow ends the scan
// (a range error wins over a later bad digit), as in Go.
UintResult parse_uint(sv s, int64_t base, int64_t bit_size) {
  if (s.empty()) return {0, kSyntax};
  const sv whole = s;
  const bool base0 = base == 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      unsigned char p = s.size() >= 3 ? lower(static_cast<unsigned char>(s[1])) : 0;
      if (p == 'b') base = 2, s.remove_prefix(2);
      else if (p == 'o') base = 8, s.remove_prefix(2);
      else if (p == 'x') base = 16, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
  } else if (base < 2 || base > 36) {
    return {0, kBase};
  }
  if (bit_size == 0) bit_size = kIntSize;
  else if (bit_size < 0 || bit_size > 64) return {0, kBitSize};

  const uint64_t b = static_cast<uint64_t>(base);
  const uint64_t cutoff = std::numeric_limits<uint64_t>::max() / b + 1;  // n >= cutoff: n*b overflows
  const uint64_t max_val = bit_size == 64 ? ~uint64_t(0) : (uint64_t(1) << bit_size) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    uint64_t d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return {0, kSyntax};
    }
    if (d >= b) return {0, kSyntax};
    if (n >= cutoff) return {max_val, kRange};
    n *= b;
    uint64_t n1 = n + d;
    if (n1 < n || n1 > max_val) return {max_val, kRange};
    n = n1;
  }
  if (underscores && !underscore_ok(whole)) return {0, kSyntax};
  return {n, kOk};
}

struct IntResult {
  int64_t value;
  ParseStatus status;
};

// Go's ParseInt: a sign, then ParseUint, then the signed range check.
IntResult parse_int(sv s, int64_t base, int64_t bit_size) {
  if (s.empty()) return {0, kSyntax};
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  UintResult u = parse_uint(s, base, bit_size);
  if (u.status != kOk && u.status != kRange) return {0, u.status};
  if (bit_size == 0) bit_size = kIntSize;
  const uint64_t cutoff = uint64_t(1) << (bit_size - 1);
  if (!neg && u.value >= cutoff) return {static_cast<int64_t>(cutoff - 1), kRange};
  if (neg && u.value > cutoff) return {static_cast<int64_t>(-cutoff), kRange};
  auto v = static_cast<int64_t>(u.value);
  return {neg ? static_cast<int64_t>(0 - u.value) : v, kOk};
}

// ---- floats ------------------------------------------------------------

bool has_prefix_fold(sv s, sv lower_word) {
  if (s.size() < lower_word.size()) return false;
  for (size_t k = 0; k < lower_word.size(); ++k)
    if (lower(static_cast<unsigned char>(s[k])) != static_cast<unsigned char>(lower_word[k])) return false;
  return true;
}

struct FloatResult {
  double value;
  ParseStatus status;
};

// "inf", "infinity" (either with a sign) and "nan", in any case: Go's
// special(). Returns false when s is not exactly one of these.
bool parse_special(sv s, double* out) {
  double sign = 1;
  sv t = s;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    if (t[0] == '-') sign = -1;
    t.remove_prefix(1);
  } else if (has_prefix_fold(t, "nan") && t.size() == 3) {
    *out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if ((t.size() == 3 && has_prefix_fold(t, "inf")) || (t.size() == 8 && has_prefix_fold(t, "infinity"))) {
    *out = sign * std::numeric_limits<double>::infinity();
    return true;
  }
  return false;
}

// A float literal in Go's syntax, rewritten for from_chars: digits and at
// most one '.', then the exponent as Go accumulates it (it stops growing at
// 10000, which is out of every float's range anyway).
struct FloatText {
  bool neg = false;
  bool hex = false;
  std::string mant;  // digits with the '.', no underscores
  int64_t exp = 0;   // decimal (or, for hex, binary) exponent
  int64_t lead = 0;  // the exponent of the first non-zero digit, in digits
  bool zero = true;  // every digit is 0
};

bool read_float(sv s, FloatText& ft) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    ft.neg = s[i] == '-';
    ++i;
  }
  char exp_char = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(static_cast<unsigned char>(s[i + 1])) == 'x') {
    ft.hex = true;
    exp_char = 'p';
    i += 2;
  }
  bool underscores = false, saw_dot = false, saw_digits = false;
  int64_t ndigits = 0, dot_at = 0;
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool digit = (c >= '0' && c <= '9') || (ft.hex && lower(c) >= 'a' && lower(c) <= 'f');
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (saw_dot) break;
      saw_dot = true;
      dot_at = ndigits;
      ft.mant += '.';
    } else if (digit) {
      saw_digits = true;
      if (c != '0' && ft.zero) {
        ft.zero = false;
        ft.lead = ndigits;  // fixed up below, once the point is known
      }
      ++ndigits;
      ft.mant += static_cast<char>(c);
    } else {
      break;
    }
  }
  if (!saw_digits) return false;
  if (!saw_dot) dot_at = ndigits;
  ft.lead = dot_at - ft.lead - 1;
  if (i < s.size() && lower(static_cast<unsigned char>(s[i])) == exp_char) {
    ++i;
    if (i >= s.size()) return false;
    int64_t esign = 1;
    if (s[i] == '+') {
      ++i;
    } else if (s[i] == '-') {
      ++i;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    int64_t e = 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s[i] - '0');
    }
    ft.exp = e * esign;
  } else if (ft.hex) {
    return false;  // a hex mantissa needs its p exponent
  }
  if (i != s.size()) return false;
  if (underscores && !underscore_ok(s)) return false;
  return true;
}

template <class F>
FloatResult convert(const FloatText& ft) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double sign = ft.neg ? -1.0 : 1.0;
  std::string text = ft.mant;
  text += ft.hex ? 'p' : 'e';
  text += std::to_string(ft.exp);
  F v{};
  auto fmt = ft.hex ? std::chars_format::hex : std::chars_format::general;
  auto r = std::from_chars(text.data(), text.data() + text.size(), v, fmt);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars leaves v alone: tell overflow from underflow by the
    // magnitude of the leading digit (both bounds are far from 1).
    int64_t mag = ft.hex ? ft.lead * 4 + ft.exp : ft.lead + ft.exp;
    if (mag >= 0) return {sign * kInf, kRange};
    return {sign * 0.0, kOk};
  }
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return {0, kSyntax};
  double d = ft.neg ? -static_cast<double>(v) : static_cast<double>(v);
  if (std::isinf(d)) return {d, kRange};
  return {d, kOk};
}

FloatResult parse_float(sv s, int64_t bit_size) {
  double special;
  if (parse_special(s, &special)) return {special, kOk};
  FloatText ft;
  if (!read_float(s, ft)) return {0, kSyntax};
  if (ft.zero) return {ft.neg ? -0.0 : 0.0, kOk};
  return bit_size == 32 ? convert<float>(ft) : convert<double>(ft);
}

}  // namespace

// parseUint(s string, base, bitSize int) (uint64, int)
NativeStatus strconv_parse_uint(NativeCall& c) {
  UintResult r = parse_uint(str_arg(c, 0), int_arg(c, 1), int_arg(c, 2));
  c.args[0].u = r.value;
  c.args[1].i = r.status;
  return NativeStatus::Ok;
}

// parseInt(s string, base, bitSize int) (int64, int)
NativeStatus strconv_parse_int(NativeCall& c) {
  IntResult r = parse_int(str_arg(c, 0), int_arg(c, 1), int_arg(c, 2));
  c.args[0].i = r.value;
  c.args[1].i = r.status;
  return NativeStatus::Ok;
}

// parseFloat(s string, bitSize int) (float64, int)
NativeStatus strconv_parse_float(NativeCall& c) {
  FloatResult r = parse_float(str_arg(c, 0), int_arg(c, 1));
  c.args[0].f = r.value;
  c.args[1].i = r.status;
  return NativeStatus::Ok;
}

}  // namespace csp
