// Lookups in the generated Unicode tables (binary search over runs and
// ranges) and the unicode package's natives. Runes arrive sign-extended in
// a slot; anything outside 0..MaxRune has no properties and maps to itself.
#include "stdlib/unicode/unicode.hpp"

#include <algorithm>

namespace csp::uni {

namespace {

struct PropRun {
  int32_t first;
  uint16_t mask;
};
struct CaseRange {
  int32_t lo, hi;
  int32_t delta[3];
};
struct FoldPair {
  int32_t rune, fold;
};

#include "stdlib/unicode/tables.inc"

constexpr int32_t kUpperLower = kMaxRune + 1;

}  // namespace

uint16_t props(int32_t r) {
  if (r < 0 || r > kMaxRune) return 0;
  auto it = std::upper_bound(std::begin(kPropRuns), std::end(kPropRuns), r,
                             [](int32_t v, const PropRun& p) { return v < p.first; });
  return (it - 1)->mask;  // kPropRuns[0].first == 0
}

int32_t to_case(int c, int32_t r) {
  if (c < 0 || c >= kMaxCase) return kReplacementChar;
  size_t lo = 0, hi = std::size(kCaseRanges);
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const CaseRange& cr = kCaseRanges[m];
    if (cr.lo <= r && r <= cr.hi) {
      int32_t delta = cr.delta[c];
      if (delta == kUpperLower) return cr.lo + (((r - cr.lo) & ~1) | (c & 1));
      return r + delta;
    }
    if (r < cr.lo) hi = m;
    else lo = m + 1;
  }
  return r;
}

int32_t to_upper(int32_t r) {
  if (r <= 0x7F) return ('a' <= r && r <= 'z') ? r - ('a' - 'A') : r;
  return to_case(kUpperCase, r);
}
int32_t to_lower(int32_t r) {
  if (r <= 0x7F) return ('A' <= r && r <= 'Z') ? r + ('a' - 'A') : r;
  return to_case(kLowerCase, r);
}
int32_t to_title(int32_t r) {
  if (r <= 0x7F) return ('a' <= r && r <= 'z') ? r - ('a' - 'A') : r;
  return to_case(kTitleCase, r);
}

int32_t simple_fold(int32_t r) {
  auto it = std::lower_bound(std::begin(kFoldPairs), std::end(kFoldPairs), r,
                             [](const FoldPair& p, int32_t v) { return p.rune < v; });
  return (it != std::end(kFoldPairs) && it->rune == r) ? it->fold : r;
}

}  // namespace csp::uni

namespace csp {

namespace {

int32_t rune_arg(const NativeCall& c, uint32_t k) { return static_cast<int32_t>(c.args[k].i); }

template <uni::Prop P>
NativeStatus is_prop(NativeCall& c) {
  c.args[0].i = uni::has(rune_arg(c, 0), P) ? 1 : 0;
  return NativeStatus::Ok;
}

template <int32_t (*F)(int32_t)>
NativeStatus map_rune(NativeCall& c) {
  c.args[0].i = F(rune_arg(c, 0));
  return NativeStatus::Ok;
}

}  // namespace

NativeStatus unicode_is_letter(NativeCall& c) { return is_prop<uni::kLetter>(c); }
NativeStatus unicode_is_digit(NativeCall& c) { return is_prop<uni::kDigit>(c); }
NativeStatus unicode_is_number(NativeCall& c) { return is_prop<uni::kNumber>(c); }
NativeStatus unicode_is_space(NativeCall& c) { return is_prop<uni::kSpace>(c); }
NativeStatus unicode_is_upper(NativeCall& c) { return is_prop<uni::kUpper>(c); }
NativeStatus unicode_is_lower(NativeCall& c) { return is_prop<uni::kLower>(c); }
NativeStatus unicode_is_punct(NativeCall& c) { return is_prop<uni::kPunct>(c); }
NativeStatus unicode_is_print(NativeCall& c) { return is_prop<uni::kPrint>(c); }
NativeStatus unicode_is_graphic(NativeCall& c) { return is_prop<uni::kGraphic>(c); }
NativeStatus unicode_is_control(NativeCall& c) { return is_prop<uni::kControl>(c); }
NativeStatus unicode_is_title(NativeCall& c) { return is_prop<uni::kTitle>(c); }
NativeStatus unicode_is_mark(NativeCall& c) { return is_prop<uni::kMark>(c); }
NativeStatus unicode_is_symbol(NativeCall& c) { return is_prop<uni::kSymbol>(c); }
NativeStatus unicode_to_upper(NativeCall& c) { return map_rune<uni::to_upper>(c); }
NativeStatus unicode_to_lower(NativeCall& c) { return map_rune<uni::to_lower>(c); }
NativeStatus unicode_to_title(NativeCall& c) { return map_rune<uni::to_title>(c); }
NativeStatus unicode_simple_fold(NativeCall& c) { return map_rune<uni::simple_fold>(c); }
NativeStatus unicode_to(NativeCall& c) {
  int64_t kase = c.args[0].i;
  c.args[0].i = (kase < 0 || kase >= uni::kMaxCase) ? uni::kReplacementChar
                                                    : uni::to_case(int(kase), rune_arg(c, 1));
  return NativeStatus::Ok;
}

namespace {
constexpr NativeDef kUnicodeNatives[] = {
    {"unicode.IsControl", unicode_is_control},
    {"unicode.IsDigit", unicode_is_digit},
    {"unicode.IsGraphic", unicode_is_graphic},
    {"unicode.IsLetter", unicode_is_letter},
    {"unicode.IsLower", unicode_is_lower},
    {"unicode.IsMark", unicode_is_mark},
    {"unicode.IsNumber", unicode_is_number},
    {"unicode.IsPrint", unicode_is_print},
    {"unicode.IsPunct", unicode_is_punct},
    {"unicode.IsSpace", unicode_is_space},
    {"unicode.IsSymbol", unicode_is_symbol},
    {"unicode.IsTitle", unicode_is_title},
    {"unicode.IsUpper", unicode_is_upper},
    {"unicode.SimpleFold", unicode_simple_fold},
    {"unicode.To", unicode_to},
    {"unicode.ToLower", unicode_to_lower},
    {"unicode.ToTitle", unicode_to_title},
    {"unicode.ToUpper", unicode_to_upper},
};
}  // namespace

const NativeTable unicode_natives = kUnicodeNatives;

}  // namespace csp
