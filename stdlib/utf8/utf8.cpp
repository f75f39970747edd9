// unicode/utf8 over strings, following Go's decoder exactly: a malformed,
// overlong, surrogate or out-of-range sequence decodes as (RuneError, 1).
#include "stdlib/utf8/utf8.hpp"

#include "stdlib/fmt/format.hpp"
#include "stdlib/native_util.hpp"

namespace csp::utf8 {

Decoded decode(std::string_view s, size_t pos) {
  if (pos >= s.size()) return {kRuneError, 0};
  auto d = fmtlib::decode_rune(s, pos);
  return {static_cast<int32_t>(d.rune), d.width};
}

Decoded decode_last(std::string_view s, size_t end) {
  if (end == 0) return {kRuneError, 0};
  size_t start = end - 1;
  auto b = static_cast<unsigned char>(s[start]);
  if (b < kRuneSelf) return {b, 1};
  size_t lim = end >= 4 ? end - 4 : 0;
  // Go: for start--; start >= lim; start-- { if RuneStart(s[start]) break }
  ptrdiff_t st = static_cast<ptrdiff_t>(start) - 1;
  for (; st >= static_cast<ptrdiff_t>(lim); --st)
    if ((static_cast<unsigned char>(s[st]) & 0xC0) != 0x80) break;
  if (st < 0) st = 0;
  Decoded d = decode(s.substr(0, end), static_cast<size_t>(st));
  if (static_cast<size_t>(st) + d.size != end) return {kRuneError, 1};
  return d;
}

int rune_len(int64_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10FFFF) return 4;
  return -1;
}

bool valid_rune(int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

bool valid_string(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    Decoded d = decode(s, i);
    if (d.rune == kRuneError && d.size == 1) return false;
    i += d.size;
  }
  return true;
}

int64_t rune_count(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) i += decode(s, i).size;
  return n;
}

bool full_rune(std::string_view s) {
  size_t n = s.size();
  if (n == 0) return false;
  auto b0 = static_cast<unsigned char>(s[0]);
  size_t need = b0 < 0x80 ? 1 : b0 < 0xC2 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 1;
  if (n >= need) return true;  // ASCII, invalid, or complete
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  else if (b0 == 0xED) hi = 0x9F;
  else if (b0 == 0xF0) lo = 0x90;
  else if (b0 == 0xF4) hi = 0x8F;
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (n > 1 && (at(1) < lo || hi < at(1))) return true;
  if (n > 2 && (at(2) < 0x80 || 0xBF < at(2))) return true;
  return false;
}

}  // namespace csp::utf8

namespace csp {

NativeStatus utf8_rune_len(NativeCall& c) { return ret_int(c, utf8::rune_len(rune_arg(c, 0))); }
NativeStatus utf8_rune_count_in_string(NativeCall& c) { return ret_int(c, utf8::rune_count(str_arg(c, 0))); }
NativeStatus utf8_valid_string(NativeCall& c) { return ret_bool(c, utf8::valid_string(str_arg(c, 0))); }
NativeStatus utf8_valid_rune(NativeCall& c) { return ret_bool(c, utf8::valid_rune(rune_arg(c, 0))); }
NativeStatus utf8_full_rune_in_string(NativeCall& c) { return ret_bool(c, utf8::full_rune(str_arg(c, 0))); }
NativeStatus utf8_rune_start(NativeCall& c) { return ret_bool(c, (c.args[0].u & 0xC0) != 0x80); }

NativeStatus utf8_decode_rune_in_string(NativeCall& c) {
  utf8::Decoded d = utf8::decode(str_arg(c, 0));
  c.args[0].i = d.rune;
  c.args[1].i = d.size;
  return NativeStatus::Ok;
}

NativeStatus utf8_decode_last_rune_in_string(NativeCall& c) {
  utf8::Decoded d = utf8::decode_last(str_arg(c, 0));
  c.args[0].i = d.rune;
  c.args[1].i = d.size;
  return NativeStatus::Ok;
}

}  // namespace csp
