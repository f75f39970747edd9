// Package unicode: Go's character classes and simple case mappings, from
// tables generated out of Go's own unicode package (tables.inc, Unicode
// 13.0.0 for Go 1.19), plus the natives that expose them to scripts.
// strings (ToUpper, EqualFold, TrimSpace, ...) uses the same helpers.
#pragma once

#include <cstdint>

#include "vm/program.hpp"

namespace csp::uni {

// Property bits, in the order of gen/gen_tables.go's `props`.
enum Prop : uint16_t {
  kLetter = 1 << 0,
  kDigit = 1 << 1,
  kNumber = 1 << 2,
  kSpace = 1 << 3,
  kUpper = 1 << 4,
  kLower = 1 << 5,
  kPunct = 1 << 6,
  kPrint = 1 << 7,
  kGraphic = 1 << 8,
  kControl = 1 << 9,
  kTitle = 1 << 10,
  kMark = 1 << 11,
  kSymbol = 1 << 12,
};

inline constexpr int32_t kMaxRune = 0x10FFFF;
inline constexpr int32_t kReplacementChar = 0xFFFD;
enum Case : int { kUpperCase = 0, kLowerCase = 1, kTitleCase = 2, kMaxCase = 3 };

// The property mask of r (0 outside 0..MaxRune, as Go's Is* functions).
uint16_t props(int32_t r);
inline bool has(int32_t r, Prop p) { return (props(r) & p) != 0; }
inline bool is_space(int32_t r) {
  if (r < 0x80) return r == ' ' || (r >= '\t' && r <= '\r');
  return has(r, kSpace);
}

// unicode.To / ToUpper / ToLower / ToTitle / SimpleFold.
int32_t to_case(int c, int32_t r);
int32_t to_upper(int32_t r);
int32_t to_lower(int32_t r);
int32_t to_title(int32_t r);
int32_t simple_fold(int32_t r);

}  // namespace csp::uni

namespace csp {

NativeStatus unicode_is_letter(NativeCall& c);
NativeStatus unicode_is_digit(NativeCall& c);
NativeStatus unicode_is_number(NativeCall& c);
NativeStatus unicode_is_space(NativeCall& c);
NativeStatus unicode_is_upper(NativeCall& c);
NativeStatus unicode_is_lower(NativeCall& c);
NativeStatus unicode_is_punct(NativeCall& c);
NativeStatus unicode_is_print(NativeCall& c);
NativeStatus unicode_is_graphic(NativeCall& c);
NativeStatus unicode_is_control(NativeCall& c);
NativeStatus unicode_is_title(NativeCall& c);
NativeStatus unicode_is_mark(NativeCall& c);
NativeStatus unicode_is_symbol(NativeCall& c);
NativeStatus unicode_to_upper(NativeCall& c);
NativeStatus unicode_to_lower(NativeCall& c);
NativeStatus unicode_to_title(NativeCall& c);
NativeStatus unicode_to(NativeCall& c);
NativeStatus unicode_simple_fold(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable unicode_natives;

}  // namespace csp
