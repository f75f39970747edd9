// Package unicode/utf8 (over strings and []byte),
// and Go's UTF-8 decoding helpers shared by strings and strconv.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/program.hpp"

namespace csp::utf8 {

inline constexpr int32_t kRuneError = 0xFFFD;
inline constexpr int32_t kRuneSelf = 0x80;

struct Decoded {
  int32_t rune;
  int size;  // 0 for the empty string, 1 with kRuneError for invalid input
};
// utf8.DecodeRuneInString(s[pos:]) / DecodeLastRuneInString(s[:end]).
Decoded decode(std::string_view s, size_t pos = 0);
Decoded decode_last(std::string_view s, size_t end);
inline Decoded decode_last(std::string_view s) { return decode_last(s, s.size()); }
int rune_len(int64_t r);  // -1 when r is not encodable
bool valid_rune(int64_t r);
bool valid_string(std::string_view s);
int64_t rune_count(std::string_view s);
bool full_rune(std::string_view s);

}  // namespace csp::utf8

namespace csp {

NativeStatus utf8_rune_len(NativeCall& c);
NativeStatus utf8_rune_count_in_string(NativeCall& c);
NativeStatus utf8_valid_string(NativeCall& c);
NativeStatus utf8_valid_rune(NativeCall& c);
NativeStatus utf8_decode_rune_in_string(NativeCall& c);
NativeStatus utf8_decode_last_rune_in_string(NativeCall& c);
NativeStatus utf8_full_rune_in_string(NativeCall& c);
NativeStatus utf8_rune_start(NativeCall& c);
NativeStatus utf8_valid(NativeCall& c);
NativeStatus utf8_rune_count(NativeCall& c);
NativeStatus utf8_full_rune(NativeCall& c);
NativeStatus utf8_decode_rune(NativeCall& c);
NativeStatus utf8_decode_last_rune(NativeCall& c);
NativeStatus utf8_encode_rune(NativeCall& c);
NativeStatus utf8_append_rune(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable utf8_natives;

}  // namespace csp
