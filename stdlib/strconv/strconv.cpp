// strconv natives: thin wrappers over the Go-exact formatter in
// stdlib/fmt/format.hpp, plus Go's argument checks and their panics.
#include "stdlib/strconv/strconv.hpp"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/fmt/format.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/strconv/parse.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/utf8/utf8.hpp"

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

namespace {
// Go's genericFtoa: Inf and NaN are spelled out whatever the format; an
// unknown format gives "%" and the format byte.
std::string ftoa(double f, char fmt, int64_t prec, int64_t bits) {
  std::string out;
  if (bits == 32) f = static_cast<float>(f);
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  switch (fmt) {
    case 'b': case 'e': case 'E': case 'f': case 'g': case 'G': case 'x': case 'X': break;
    default:
      out += '%';
      out += fmt;
      return out;
  }
  if (prec > 1'000'000'000) prec = 1'000'000'000;  // Go would run out of memory long before
  if (prec < -1) prec = -1;  // Go treats every negative precision as "shortest"
  fmtlib::format_float(out, f, fmt, static_cast<int>(prec), static_cast<int>(bits));
  return out;
}
}  // namespace

// FormatFloat(f float64, fmt byte, prec, bitSize int)
NativeStatus strconv_format_float(NativeCall& c) {
  int64_t bits = int_arg(c, 3);
  if (bits != 32 && bits != 64) return panic_with(c, "strconv: illegal AppendFloat/FormatFloat bitSize");
  return ret_str(c, ftoa(float_arg(c, 0), static_cast<char>(c.args[1].u & 0xFF), int_arg(c, 2), bits));
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

// ---- Append* -----------------------------------------------------------
// Each Go append() call is one ByteAppender::append, so the result's cap
// grows exactly as Go's does.

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

NativeStatus finish(NativeCall& c, ByteAppender& a) {
  if (!a.finish(c, &c.args[0])) return panic_with(c, "runtime error: growslice: len out of range");
  return NativeStatus::Ok;
}

// Go's appendEscapedRune (graphicOnly false).
void append_escaped_rune(ByteAppender& a, int32_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    a.append('\\');
    a.append(static_cast<char>(r));
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && fmtlib::is_print(static_cast<char32_t>(r))) {
      a.append(static_cast<char>(r));
      return;
    }
  } else if (r >= 0 && fmtlib::is_print(static_cast<char32_t>(r))) {
    std::string enc;
    fmtlib::encode_rune(enc, static_cast<char32_t>(r));
    a.append(enc);
    return;
  }
  switch (r) {
    case '\a': a.append("\\a"); return;
    case '\b': a.append("\\b"); return;
    case '\f': a.append("\\f"); return;
    case '\n': a.append("\\n"); return;
    case '\r': a.append("\\r"); return;
    case '\t': a.append("\\t"); return;
    case '\v': a.append("\\v"); return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    a.append("\\x");
    a.append(kLowerHex[(r >> 4) & 0xF]);
    a.append(kLowerHex[r & 0xF]);
    return;
  }
  if (!utf8::valid_rune(r)) r = 0xFFFD;
  auto u = static_cast<uint32_t>(r);
  if (u < 0x10000) {
    a.append("\\u");
    for (int s = 12; s >= 0; s -= 4) a.append(kLowerHex[(u >> s) & 0xF]);
  } else {
    a.append("\\U");
    for (int s = 28; s >= 0; s -= 4) a.append(kLowerHex[(u >> s) & 0xF]);
  }
}

// Go's appendQuotedWith(buf, s, '"', ascii_only, false).
void append_quoted(ByteAppender& a, std::string_view s, bool ascii_only) {
  if (a.cap() - a.len() < s.size()) a.realloc_exact(a.len() + 1 + s.size() + 1);
  a.append('"');
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int32_t r = b;
    int width = 1;
    if (b >= 0x80) {
      auto d = utf8::decode(s, i);
      r = d.rune;
      width = d.size;
    }
    if (width == 1 && r == utf8::kRuneError) {
      a.append("\\x");
      a.append(kLowerHex[b >> 4]);
      a.append(kLowerHex[b & 0xF]);
    } else {
      append_escaped_rune(a, r, '"', ascii_only);
    }
    i += static_cast<size_t>(width);
  }
  a.append('"');
}

// Go's appendQuotedRuneWith(buf, r, '\'', ascii_only, false).
void append_quoted_rune(ByteAppender& a, int32_t r, bool ascii_only) {
  a.append('\'');
  if (!utf8::valid_rune(r)) r = utf8::kRuneError;
  append_escaped_rune(a, r, '\'', ascii_only);
  a.append('\'');
}

// The lengths of the append() calls with which Go's genericFtoa writes
// `out` (the text FormatFloat gives for format `fmt`), recovered from the
// text itself: the decimal digits Go formats never end in '0', so the
// zeros it pads with one append at a time are the trailing ones.
std::vector<size_t> float_chunks(std::string_view out, char fmt) {
  std::vector<size_t> chunks;
  size_t p = 0, n = out.size();
  auto chunk = [&](size_t len) {
    if (len) chunks.push_back(len);
    p += len;
  };
  auto single = [&] { chunk(1); };
  bool special = out == "NaN" || out == "+Inf" || out == "-Inf";
  bool known = fmt == 'b' || fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'g' || fmt == 'G' ||
               fmt == 'x' || fmt == 'X';
  if (special || !known) {
    chunk(n);
    return chunks;
  }
  if (out[p] == '-') single();
  if (fmt == 'b') {
    chunk(out.find('p', p) - p);
    single();
    if (p < n && out[p] == '+') single();
    chunk(n - p);
    return chunks;
  }
  if (fmt == 'x' || fmt == 'X') {
    chunk(3);  // 0x1
    if (p < n && out[p] == '.') {
      single();
      while (p < n && out[p] != 'p' && out[p] != 'P') single();
    }
    single();  // p
    single();  // sign
    chunk(n - p);
    return chunks;
  }
  bool exp_form = fmt == 'e' || fmt == 'E' ||
                  ((fmt == 'g' || fmt == 'G') && out.find_first_of("eE", p) != std::string_view::npos);
  if (exp_form) {
    single();  // first digit
    size_t e = out.find_first_of("eE", p);
    if (out[p] == '.') {
      single();
      std::string_view frac = out.substr(p, e - p);
      size_t t = frac.find_last_not_of('0');
      t = t == std::string_view::npos ? 0 : t + 1;
      chunk(t);
      while (p < e) single();
    }
    single();  // e
    single();  // sign
    chunk(n - p);
    return chunks;
  }
  size_t dot = out.find('.', p);
  size_t int_end = dot == std::string_view::npos ? n : dot;
  std::string_view ip = out.substr(p, int_end - p);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : out.substr(dot + 1);
  if (ip == "0") {
    single();
  } else if (frac.find_first_not_of('0') != std::string_view::npos) {
    chunk(ip.size());
  } else {
    chunk(ip.find_last_not_of('0') + 1);
    while (p < int_end) single();
  }
  while (p < n) single();  // '.' and each fraction digit
  return chunks;
}

}  // namespace

// AppendInt(dst []byte, i int64, base int) []byte
NativeStatus strconv_append_int(NativeCall& c) {
  int64_t v = int_arg(c, 1), base = int_arg(c, 2);
  if (bad_base(base)) return panic_with(c, "strconv: illegal AppendInt/FormatInt base");
  std::string digits;
  fmtlib::format_int(digits, v, static_cast<int>(base));
  ByteAppender a(slice_arg(c, 0));
  a.append(digits);
  return finish(c, a);
}

NativeStatus strconv_append_uint(NativeCall& c) {
  int64_t base = int_arg(c, 2);
  if (bad_base(base)) return panic_with(c, "strconv: illegal AppendInt/FormatInt base");
  std::string digits;
  fmtlib::format_uint(digits, c.args[1].u, static_cast<int>(base));
  ByteAppender a(slice_arg(c, 0));
  a.append(digits);
  return finish(c, a);
}

NativeStatus strconv_append_bool(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  a.append(int_arg(c, 1) ? "true" : "false");
  return finish(c, a);
}

// AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
NativeStatus strconv_append_float(NativeCall& c) {
  auto fmt = static_cast<char>(c.args[2].u & 0xFF);
  int64_t bits = int_arg(c, 4);
  if (bits != 32 && bits != 64) return panic_with(c, "strconv: illegal AppendFloat/FormatFloat bitSize");
  std::string out = ftoa(float_arg(c, 1), fmt, int_arg(c, 3), bits);
  ByteAppender a(slice_arg(c, 0));
  size_t pos = 0;
  for (size_t len : float_chunks(out, fmt)) {
    a.append(std::string_view(out).substr(pos, len));
    pos += len;
  }
  return finish(c, a);
}

NativeStatus strconv_append_quote(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  append_quoted(a, str_arg(c, 1), false);
  return finish(c, a);
}
NativeStatus strconv_append_quote_to_ascii(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  append_quoted(a, str_arg(c, 1), true);
  return finish(c, a);
}
NativeStatus strconv_append_quote_rune(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  append_quoted_rune(a, rune_arg(c, 1), false);
  return finish(c, a);
}
NativeStatus strconv_append_quote_rune_to_ascii(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  append_quoted_rune(a, rune_arg(c, 1), true);
  return finish(c, a);
}

namespace {
constexpr NativeDef kStrconvNatives[] = {
    {"strconv.AppendBool", strconv_append_bool},
    {"strconv.AppendFloat", strconv_append_float},
    {"strconv.AppendInt", strconv_append_int},
    {"strconv.AppendQuote", strconv_append_quote},
    {"strconv.AppendQuoteRune", strconv_append_quote_rune},
    {"strconv.AppendQuoteRuneToASCII", strconv_append_quote_rune_to_ascii},
    {"strconv.AppendQuoteToASCII", strconv_append_quote_to_ascii},
    {"strconv.AppendUint", strconv_append_uint},
    {"strconv.CanBackquote", strconv_can_backquote},
    {"strconv.FormatBool", strconv_format_bool},
    {"strconv.FormatFloat", strconv_format_float},
    {"strconv.FormatInt", strconv_format_int},
    {"strconv.FormatUint", strconv_format_uint},
    {"strconv.IsGraphic", strconv_is_graphic},
    {"strconv.IsPrint", strconv_is_print},
    {"strconv.Itoa", strconv_itoa},
    {"strconv.parseFloat", strconv_parse_float},
    {"strconv.parseInt", strconv_parse_int},
    {"strconv.parseUint", strconv_parse_uint},
    {"strconv.Quote", strconv_quote},
    {"strconv.QuoteRune", strconv_quote_rune},
    {"strconv.QuoteRuneToASCII", strconv_quote_rune_to_ascii},
    {"strconv.QuoteToASCII", strconv_quote_to_ascii},
};
}  // namespace

const NativeTable strconv_natives = kStrconvNatives;

}  // namespace csp
