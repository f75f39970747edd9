// strconv natives: thin wrappers over the Go-exact formatter in
// stdlib/fmt/format.hpp, plus Go's argument checks and their panics.
#include "stdlib/strconv/strconv.hpp"

#include <string>

#include "stdlib/fmt/format.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/unicode/unicode.hpp"

namespace csp {

namespace {

bool bad_base(int64_t base) { return base < 2 || base > 36; }

}  // namespace

NativeStatus strconv_itoa(NativeCall& c) {
  std::string out;
  fmtlib::format_int(out, int_arg(c, 0), 10);
  return ret_str(c, out);
}

NativeStatus strconv_format_int(NativeCall& c) {
  if (bad_base(int_arg(c, 1))) return panic_with(c, "strconv: illegal AppendInt/FormatInt base");
  std::string out;
  fmtlib::format_int(out, int_arg(c, 0), static_cast<int>(int_arg(c, 1)));
  return ret_str(c, out);
}

NativeStatus strconv_format_uint(NativeCall& c) {
  if (bad_base(int_arg(c, 1))) return panic_with(c, "strconv: illegal AppendInt/FormatInt base");
  std::string out;
  fmtlib::format_uint(out, c.args[0].u, static_cast<int>(int_arg(c, 1)));
  return ret_str(c, out);
}

// FormatFloat(f float64, fmt byte, prec, bitSize int)
NativeStatus strconv_format_float(NativeCall& c) {
  double f = float_arg(c, 0);
  auto fmt = static_cast<char>(c.args[1].u & 0xFF);
  int64_t prec = int_arg(c, 2), bits = int_arg(c, 3);
  if (bits != 32 && bits != 64) return panic_with(c, "strconv: illegal AppendFloat/FormatFloat bitSize");
  std::string out;
  switch (fmt) {
    case 'b': case 'e': case 'E': case 'f': case 'g': case 'G': case 'x': case 'X': break;
    default:
      out += '%';
      out += fmt;
      return ret_str(c, out);
  }
  if (bits == 32) f = static_cast<float>(f);
  if (prec > 1'000'000'000) prec = 1'000'000'000;  // Go would run out of memory long before
  if (prec < -1) prec = -1;  // Go treats every negative precision as "shortest"
  fmtlib::format_float(out, f, fmt, static_cast<int>(prec), static_cast<int>(bits));
  return ret_str(c, out);
}

NativeStatus strconv_format_bool(NativeCall& c) {
  return ret_str(c, int_arg(c, 0) ? "true" : "false");
}

NativeStatus strconv_quote(NativeCall& c) {
  std::string out;
  fmtlib::quote(out, str_arg(c, 0), false);
  return ret_str(c, out);
}
NativeStatus strconv_quote_to_ascii(NativeCall& c) {
  std::string out;
  fmtlib::quote(out, str_arg(c, 0), true);
  return ret_str(c, out);
}
NativeStatus strconv_quote_rune(NativeCall& c) {
  std::string out;
  fmtlib::quote_rune(out, rune_arg(c, 0), false);
  return ret_str(c, out);
}
NativeStatus strconv_quote_rune_to_ascii(NativeCall& c) {
  std::string out;
  fmtlib::quote_rune(out, rune_arg(c, 0), true);
  return ret_str(c, out);
}
NativeStatus strconv_can_backquote(NativeCall& c) { return ret_bool(c, fmtlib::can_backquote(str_arg(c, 0))); }
NativeStatus strconv_is_print(NativeCall& c) {
  int32_t r = rune_arg(c, 0);
  return ret_bool(c, r >= 0 && fmtlib::is_print(static_cast<char32_t>(r)));
}
NativeStatus strconv_is_graphic(NativeCall& c) { return ret_bool(c, uni::has(rune_arg(c, 0), uni::kGraphic)); }

}  // namespace csp
