// unicode/utf8 over strings, following Go's decoder exactly: a malformed,
// overlong, surrogate or out-of-range sequence decodes as (RuneError, 1).
#include "stdlib/utf8/utf8.hpp"

#include <string>

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

// ---- []byte ------------------------------------------------------------
// The byte-slice functions copy the bytes they look at (at most a rune's
// worth for the decoders) and reuse the string versions.

NativeStatus utf8_valid(NativeCall& c) { return ret_bool(c, utf8::valid_string(bytes_of(slice_arg(c, 0)))); }
NativeStatus utf8_rune_count(NativeCall& c) { return ret_int(c, utf8::rune_count(bytes_of(slice_arg(c, 0)))); }
NativeStatus utf8_full_rune(NativeCall& c) { return ret_bool(c, utf8::full_rune(bytes_of(slice_arg(c, 0), 0, 4))); }

NativeStatus utf8_decode_rune(NativeCall& c) {
  utf8::Decoded d = utf8::decode(bytes_of(slice_arg(c, 0), 0, 4));
  c.args[0].i = d.rune;
  c.args[1].i = d.size;
  return NativeStatus::Ok;
}

NativeStatus utf8_decode_last_rune(NativeCall& c) {
  const SliceObj* p = slice_arg(c, 0);
  uint64_t n = slice_len(p);
  utf8::Decoded d = utf8::decode_last(bytes_of(p, n > 4 ? n - 4 : 0));
  c.args[0].i = d.rune;
  c.args[1].i = d.size;
  return NativeStatus::Ok;
}

namespace {
// Go's EncodeRune into a string (invalid runes become U+FFFD).
std::string encode_rune(int32_t r) {
  auto i = static_cast<uint32_t>(r);
  if (i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF)) i = utf8::kRuneError;
  std::string out;
  if (i < 0x80) {
    out += static_cast<char>(i);
  } else if (i < 0x800) {
    out += static_cast<char>(0xC0 | (i >> 6));
    out += static_cast<char>(0x80 | (i & 0x3F));
  } else if (i < 0x10000) {
    out += static_cast<char>(0xE0 | (i >> 12));
    out += static_cast<char>(0x80 | ((i >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (i & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (i >> 18));
    out += static_cast<char>(0x80 | ((i >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((i >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (i & 0x3F));
  }
  return out;
}
}  // namespace

// EncodeRune(p []byte, r rune) int: Go checks p[n-1] first, so a short p
// panics with that index before anything is written.
NativeStatus utf8_encode_rune(NativeCall& c) {
  const SliceObj* p = slice_arg(c, 0);
  std::string enc = encode_rune(rune_arg(c, 1));
  uint64_t len = slice_len(p);
  if (len < enc.size())
    return panic_with(c, "runtime error: index out of range [" + std::to_string(enc.size() - 1) +
                             "] with length " + std::to_string(len));
  for (size_t k = 0; k < enc.size(); ++k) store_byte(slice_bytes(p) + k, static_cast<uint8_t>(enc[k]));
  return ret_int(c, static_cast<int64_t>(enc.size()));
}

// AppendRune(p []byte, r rune) []byte: one append of the encoding.
NativeStatus utf8_append_rune(NativeCall& c) {
  ByteAppender a(slice_arg(c, 0));
  a.append(encode_rune(rune_arg(c, 1)));
  if (!a.finish(c, &c.args[0])) return panic_with(c, "runtime error: growslice: len out of range");
  return NativeStatus::Ok;
}

namespace {
constexpr NativeDef kUtf8Natives[] = {
    {"unicode/utf8.AppendRune", utf8_append_rune},
    {"unicode/utf8.DecodeLastRune", utf8_decode_last_rune},
    {"unicode/utf8.DecodeLastRuneInString", utf8_decode_last_rune_in_string},
    {"unicode/utf8.DecodeRune", utf8_decode_rune},
    {"unicode/utf8.DecodeRuneInString", utf8_decode_rune_in_string},
    {"unicode/utf8.EncodeRune", utf8_encode_rune},
    {"unicode/utf8.FullRune", utf8_full_rune},
    {"unicode/utf8.FullRuneInString", utf8_full_rune_in_string},
    {"unicode/utf8.RuneCount", utf8_rune_count},
    {"unicode/utf8.RuneCountInString", utf8_rune_count_in_string},
    {"unicode/utf8.RuneLen", utf8_rune_len},
    {"unicode/utf8.RuneStart", utf8_rune_start},
    {"unicode/utf8.Valid", utf8_valid},
    {"unicode/utf8.ValidRune", utf8_valid_rune},
    {"unicode/utf8.ValidString", utf8_valid_string},
};
}  // namespace

const NativeTable utf8_natives = kUtf8Natives;

}  // namespace csp
