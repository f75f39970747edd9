// strings natives, ported from Go 1.19's strings package so that edge cases
// (empty separators, invalid UTF-8, RuneError, Unicode case mapping) give
// Go's results. Positions are byte offsets, as in Go.
#include "stdlib/strings/strings.hpp"

#include <string>
#include <utility>
#include <vector>

#include "stdlib/fmt/format.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/utf8/utf8.hpp"

namespace csp {

namespace {

using sv = std::string_view;
constexpr int64_t kNpos = -1;

int64_t index(sv s, sv sub) {
  size_t i = s.find(sub);
  return i == sv::npos ? kNpos : static_cast<int64_t>(i);
}
int64_t last_index(sv s, sv sub) {
  size_t i = s.rfind(sub);
  return i == sv::npos ? kNpos : static_cast<int64_t>(i);
}
int64_t index_byte(sv s, unsigned char b) {
  size_t i = s.find(static_cast<char>(b));
  return i == sv::npos ? kNpos : static_cast<int64_t>(i);
}

std::string encode(int32_t r) {
  std::string out;
  fmtlib::encode_rune(out, static_cast<char32_t>(r));
  return out;
}

int64_t index_rune(sv s, int32_t r) {
  if (0 <= r && r < utf8::kRuneSelf) return index_byte(s, static_cast<unsigned char>(r));
  if (r == utf8::kRuneError) {
    for (size_t i = 0; i < s.size();) {
      auto d = utf8::decode(s, i);
      if (d.rune == utf8::kRuneError) return static_cast<int64_t>(i);
      i += d.size;
    }
    return kNpos;
  }
  if (!utf8::valid_rune(r)) return kNpos;
  return index(s, encode(r));
}

int64_t count(sv s, sv sub) {
  if (sub.empty()) return utf8::rune_count(s) + 1;
  int64_t n = 0;
  for (size_t i = s.find(sub); i != sv::npos; i = s.find(sub, i + sub.size())) ++n;
  return n;
}

int64_t index_any(sv s, sv chars) {
  if (chars.empty()) return kNpos;
  if (chars.size() == 1) {
    int32_t r = static_cast<unsigned char>(chars[0]);
    if (r >= utf8::kRuneSelf) r = utf8::kRuneError;
    return index_rune(s, r);
  }
  for (size_t i = 0; i < s.size();) {
    auto d = utf8::decode(s, i);
    if (index_rune(chars, d.rune) >= 0) return static_cast<int64_t>(i);
    i += d.size;
  }
  return kNpos;
}

int64_t last_index_any(sv s, sv chars) {
  if (chars.empty()) return kNpos;
  if (s.size() == 1) {
    int32_t r = static_cast<unsigned char>(s[0]);
    if (r >= utf8::kRuneSelf) r = utf8::kRuneError;
    return index_rune(chars, r) >= 0 ? 0 : kNpos;
  }
  if (chars.size() == 1) {
    int32_t rc = static_cast<unsigned char>(chars[0]);
    if (rc >= utf8::kRuneSelf) rc = utf8::kRuneError;
    for (size_t i = s.size(); i > 0;) {
      auto d = utf8::decode_last(s, i);
      i -= d.size;
      if (rc == d.rune) return static_cast<int64_t>(i);
    }
    return kNpos;
  }
  for (size_t i = s.size(); i > 0;) {
    auto d = utf8::decode_last(s, i);
    i -= d.size;
    if (index_rune(chars, d.rune) >= 0) return static_cast<int64_t>(i);
  }
  return kNpos;
}

// strings.Map with a rune->rune mapping that never drops runes: invalid
// bytes become U+FFFD, as Go's Map writes them.
template <class F>
std::string map_runes(sv s, F&& f) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto d = utf8::decode(s, i);
    int32_t r = f(d.rune);
    if (r >= 0) fmtlib::encode_rune(out, static_cast<char32_t>(r));
    i += d.size;
  }
  return out;
}

bool is_ascii(sv s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

template <int32_t (*F)(int32_t)>
NativeStatus map_case(NativeCall& c) {
  sv s = str_arg(c, 0);
  if (is_ascii(s)) {
    std::string out(s);
    bool changed = false;
    for (char& ch : out) {
      char m = static_cast<char>(F(static_cast<unsigned char>(ch)));
      changed |= m != ch;
      ch = m;
    }
    return changed ? ret_str(c, out) : NativeStatus::Ok;  // unchanged: args[0] is s
  }
  std::string out = map_runes(s, F);
  return out == s ? NativeStatus::Ok : ret_str(c, out);
}

bool contains_rune(sv s, int32_t r) { return index_rune(s, r) >= 0; }

sv trim_left(sv s, sv cutset) {
  while (!s.empty()) {
    int32_t r = static_cast<unsigned char>(s[0]);
    int n = 1;
    if (r >= utf8::kRuneSelf) {
      auto d = utf8::decode(s);
      r = d.rune;
      n = d.size;
    }
    if (!contains_rune(cutset, r)) break;
    s.remove_prefix(n);
  }
  return s;
}

sv trim_right(sv s, sv cutset) {
  while (!s.empty()) {
    int32_t r = static_cast<unsigned char>(s.back());
    int n = 1;
    if (r >= utf8::kRuneSelf) {
      auto d = utf8::decode_last(s);
      r = d.rune;
      n = d.size;
    }
    if (!contains_rune(cutset, r)) break;
    s.remove_suffix(n);
  }
  return s;
}

// TrimLeftFunc / TrimRightFunc with unicode.IsSpace (Go's TrimFunc path).
sv trim_left_space(sv s) {
  for (size_t i = 0; i < s.size();) {
    auto d = utf8::decode(s, i);
    if (!uni::is_space(d.rune)) return s.substr(i);
    i += d.size;
  }
  return {};
}

sv trim_right_space(sv s) {
  ptrdiff_t found = -1;
  for (size_t i = s.size(); i > 0;) {
    auto d = utf8::decode_last(s, i);
    i -= d.size;
    if (!uni::is_space(d.rune)) {
      found = static_cast<ptrdiff_t>(i);
      break;
    }
  }
  size_t end;
  if (found >= 0 && static_cast<unsigned char>(s[found]) >= utf8::kRuneSelf)
    end = static_cast<size_t>(found) + utf8::decode(s, found).size;
  else
    end = static_cast<size_t>(found + 1);
  return s.substr(0, end);
}

bool ascii_space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

sv trim_space(sv s) {
  size_t start = 0;
  for (; start < s.size(); ++start) {
    auto ch = static_cast<unsigned char>(s[start]);
    if (ch >= utf8::kRuneSelf) return trim_right_space(trim_left_space(s.substr(start)));
    if (!ascii_space(ch)) break;
  }
  size_t stop = s.size();
  for (; stop > start; --stop) {
    auto ch = static_cast<unsigned char>(s[stop - 1]);
    if (ch >= utf8::kRuneSelf) return trim_right_space(trim_left_space(s.substr(start, stop - start)));
    if (!ascii_space(ch)) break;
  }
  return s.substr(start, stop - start);
}

bool equal_fold(sv s, sv t) {
  size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    auto ds = utf8::decode(s, i);
    auto dt = utf8::decode(t, j);
    i += ds.size;
    j += dt.size;
    int32_t sr = ds.rune, tr = dt.rune;
    if (tr == sr) continue;
    if (tr < sr) std::swap(tr, sr);
    if (tr < utf8::kRuneSelf) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = uni::simple_fold(sr);
    while (r != sr && r < tr) r = uni::simple_fold(r);
    if (r == tr) continue;
    return false;
  }
  return s.size() - i == t.size() - j && s.substr(i) == t.substr(j);
}

std::string replace(sv s, sv old, sv nw, int64_t n, bool& same) {
  same = false;
  if (old == nw || n == 0) {
    same = true;
    return {};
  }
  int64_t m = count(s, old);
  if (m == 0) {
    same = true;
    return {};
  }
  if (n < 0 || m < n) n = m;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) j += utf8::decode(s, start).size;
    } else {
      j += s.substr(start).find(old);
    }
    out.append(s.substr(start, j - start));
    out.append(nw);
    start = j + old.size();
  }
  out.append(s.substr(start));
  return out;
}

// Returns a substring of argument `k`, which is still in args[k].
NativeStatus ret_sub(NativeCall& c, sv s, uint32_t k) { return ret_str(c, s, c.args[k]); }

}  // namespace

NativeStatus strings_contains(NativeCall& c) { return ret_bool(c, index(str_arg(c, 0), str_arg(c, 1)) >= 0); }
NativeStatus strings_contains_rune(NativeCall& c) { return ret_bool(c, index_rune(str_arg(c, 0), rune_arg(c, 1)) >= 0); }
NativeStatus strings_contains_any(NativeCall& c) { return ret_bool(c, index_any(str_arg(c, 0), str_arg(c, 1)) >= 0); }
NativeStatus strings_count(NativeCall& c) { return ret_int(c, count(str_arg(c, 0), str_arg(c, 1))); }
NativeStatus strings_has_prefix(NativeCall& c) { return ret_bool(c, str_arg(c, 0).starts_with(str_arg(c, 1))); }
NativeStatus strings_has_suffix(NativeCall& c) { return ret_bool(c, str_arg(c, 0).ends_with(str_arg(c, 1))); }
NativeStatus strings_index(NativeCall& c) { return ret_int(c, index(str_arg(c, 0), str_arg(c, 1))); }
NativeStatus strings_index_byte(NativeCall& c) {
  return ret_int(c, index_byte(str_arg(c, 0), static_cast<unsigned char>(c.args[1].u)));
}
NativeStatus strings_index_rune(NativeCall& c) { return ret_int(c, index_rune(str_arg(c, 0), rune_arg(c, 1))); }
NativeStatus strings_index_any(NativeCall& c) { return ret_int(c, index_any(str_arg(c, 0), str_arg(c, 1))); }
NativeStatus strings_last_index(NativeCall& c) { return ret_int(c, last_index(str_arg(c, 0), str_arg(c, 1))); }
NativeStatus strings_last_index_byte(NativeCall& c) {
  sv s = str_arg(c, 0);
  size_t i = s.rfind(static_cast<char>(c.args[1].u & 0xFF));
  return ret_int(c, i == sv::npos ? kNpos : static_cast<int64_t>(i));
}
NativeStatus strings_last_index_any(NativeCall& c) { return ret_int(c, last_index_any(str_arg(c, 0), str_arg(c, 1))); }

NativeStatus strings_repeat(NativeCall& c) {
  sv s = str_arg(c, 0);
  int64_t n = int_arg(c, 1);
  if (n == 0) return ret_str(c, {});
  if (n < 0) return panic_with(c, "strings: negative Repeat count");
  auto len = static_cast<int64_t>(s.size());
  // Go: len(s)*count/count != len(s), with int's wrap-around.
  auto total = static_cast<int64_t>(static_cast<uint64_t>(len) * static_cast<uint64_t>(n));
  if (total / n != len) return panic_with(c, "strings: Repeat count causes overflow");
  if (total > (int64_t(1) << 40)) return panic_with(c, "runtime error: makeslice: cap out of range");
  std::string out;
  out.reserve(static_cast<size_t>(total));
  for (int64_t k = 0; k < n; ++k) out.append(s);
  return ret_str(c, out);
}

NativeStatus strings_replace(NativeCall& c) {
  bool same;
  std::string out = replace(str_arg(c, 0), str_arg(c, 1), str_arg(c, 2), int_arg(c, 3), same);
  return same ? NativeStatus::Ok : ret_str(c, out);
}
NativeStatus strings_replace_all(NativeCall& c) {
  bool same;
  std::string out = replace(str_arg(c, 0), str_arg(c, 1), str_arg(c, 2), -1, same);
  return same ? NativeStatus::Ok : ret_str(c, out);
}

NativeStatus strings_to_upper(NativeCall& c) { return map_case<uni::to_upper>(c); }
NativeStatus strings_to_lower(NativeCall& c) { return map_case<uni::to_lower>(c); }
NativeStatus strings_to_title(NativeCall& c) { return map_case<uni::to_title>(c); }

NativeStatus strings_to_valid_utf8(NativeCall& c) {
  sv s = str_arg(c, 0), rep = str_arg(c, 1);
  std::string out;
  bool invalid = false;  // previous byte was invalid
  for (size_t i = 0; i < s.size();) {
    auto ch = static_cast<unsigned char>(s[i]);
    if (ch < utf8::kRuneSelf) {
      out.push_back(static_cast<char>(ch));
      invalid = false;
      ++i;
      continue;
    }
    auto d = utf8::decode(s, i);
    if (d.size == 1) {
      if (!invalid) {
        invalid = true;
        out.append(rep);
      }
      ++i;
      continue;
    }
    invalid = false;
    out.append(s.substr(i, d.size));
    i += d.size;
  }
  return ret_str(c, out);
}

NativeStatus strings_trim_space(NativeCall& c) { return ret_sub(c, trim_space(str_arg(c, 0)), 0); }

NativeStatus strings_trim(NativeCall& c) {
  sv s = str_arg(c, 0), cut = str_arg(c, 1);
  if (s.empty() || cut.empty()) return NativeStatus::Ok;
  return ret_sub(c, trim_left(trim_right(s, cut), cut), 0);
}
NativeStatus strings_trim_left(NativeCall& c) {
  sv s = str_arg(c, 0), cut = str_arg(c, 1);
  if (s.empty() || cut.empty()) return NativeStatus::Ok;
  return ret_sub(c, trim_left(s, cut), 0);
}
NativeStatus strings_trim_right(NativeCall& c) {
  sv s = str_arg(c, 0), cut = str_arg(c, 1);
  if (s.empty() || cut.empty()) return NativeStatus::Ok;
  return ret_sub(c, trim_right(s, cut), 0);
}
NativeStatus strings_trim_prefix(NativeCall& c) {
  sv s = str_arg(c, 0), p = str_arg(c, 1);
  return s.starts_with(p) ? ret_sub(c, s.substr(p.size()), 0) : NativeStatus::Ok;
}
NativeStatus strings_trim_suffix(NativeCall& c) {
  sv s = str_arg(c, 0), p = str_arg(c, 1);
  return s.ends_with(p) ? ret_sub(c, s.substr(0, s.size() - p.size()), 0) : NativeStatus::Ok;
}

NativeStatus strings_equal_fold(NativeCall& c) { return ret_bool(c, equal_fold(str_arg(c, 0), str_arg(c, 1))); }

NativeStatus strings_compare(NativeCall& c) {
  int r = str_arg(c, 0).compare(str_arg(c, 1));
  return ret_int(c, r < 0 ? -1 : r > 0 ? 1 : 0);
}

// Cut(s, sep) (before, after string, found bool).
NativeStatus strings_cut(NativeCall& c) {
  sv s = str_arg(c, 0), sep = str_arg(c, 1);
  size_t i = s.find(sep);
  if (i == sv::npos) {
    c.args[1] = Slot{};
    c.args[2].i = 0;
    return NativeStatus::Ok;  // before = s, already in args[0]
  }
  Slot whole = c.args[0];
  Slot before = make_str(c, s.substr(0, i), whole);
  Slot after = make_str(c, s.substr(i + sep.size()), whole);
  c.args[0] = before;
  c.args[1] = after;
  c.args[2].i = 1;
  return NativeStatus::Ok;
}

// CutPrefix(s, prefix) (after string, found bool); CutSuffix likewise.
NativeStatus strings_cut_prefix(NativeCall& c) {
  sv s = str_arg(c, 0), p = str_arg(c, 1);
  bool found = s.starts_with(p);
  if (found) c.args[0] = make_str(c, s.substr(p.size()), c.args[0]);
  c.args[1].i = found ? 1 : 0;
  return NativeStatus::Ok;
}
NativeStatus strings_cut_suffix(NativeCall& c) {
  sv s = str_arg(c, 0), p = str_arg(c, 1);
  bool found = s.ends_with(p);
  if (found) c.args[0] = make_str(c, s.substr(0, s.size() - p.size()), c.args[0]);
  c.args[1].i = found ? 1 : 0;
  return NativeStatus::Ok;
}

// ---- slices ------------------------------------------------------------

namespace {

// Go's genSplit/explode: the pieces of s around sep (each keeping the first
// `save` bytes of its separator), at most n of them (n < 0: all). The
// result's cap is what Go's make gives it: the clamped n.
NativeStatus split(NativeCall& c, sv s, sv sep, size_t save, int64_t n) {
  Slot whole = c.args[0];
  if (n == 0) {
    c.args[0] = Slot{};  // nil
    return NativeStatus::Ok;
  }
  if (sep.empty()) {  // explode into UTF-8 sequences
    int64_t l = utf8::rune_count(s);
    if (n < 0 || n > l) n = l;
    // The slice is held only in this local while its strings are allocated.
    SliceObj* a = make_slice(c, static_cast<uint64_t>(n), static_cast<uint64_t>(n));
    size_t pos = 0;
    for (int64_t i = 0; i + 1 < n; ++i) {
      auto d = utf8::decode(s, pos);
      elem_store(&a->data[i], d.rune == utf8::kRuneError ? make_str(c, "\xEF\xBF\xBD")
                                                          : make_str(c, s.substr(pos, d.size)));
      pos += d.size;
    }
    if (n > 0) elem_store(&a->data[n - 1], make_str(c, s.substr(pos), whole));
    c.args[0] = slot_p(a);
    return NativeStatus::Ok;
  }
  if (n < 0) n = count(s, sep) + 1;
  if (static_cast<uint64_t>(n) > s.size() + 1) n = static_cast<int64_t>(s.size() + 1);
  SliceObj* a = make_slice(c, 0, static_cast<uint64_t>(n));  // held only here, as above
  int64_t i = 0;
  size_t pos = 0;
  for (; i < n - 1; ++i) {
    size_t m = s.find(sep, pos);
    if (m == sv::npos) break;
    elem_store(&a->data[i], make_str(c, s.substr(pos, m - pos + save)));
    pos = m + sep.size();
  }
  elem_store(&a->data[i], make_str(c, s.substr(pos), whole));
  a->len = static_cast<uint64_t>(i + 1);  // not yet visible to the program
  c.args[0] = slot_p(a);
  return NativeStatus::Ok;
}

}  // namespace

NativeStatus strings_split(NativeCall& c) { return split(c, str_arg(c, 0), str_arg(c, 1), 0, -1); }
NativeStatus strings_split_after(NativeCall& c) {
  return split(c, str_arg(c, 0), str_arg(c, 1), str_arg(c, 1).size(), -1);
}
NativeStatus strings_split_n(NativeCall& c) { return split(c, str_arg(c, 0), str_arg(c, 1), 0, int_arg(c, 2)); }
NativeStatus strings_split_after_n(NativeCall& c) {
  return split(c, str_arg(c, 0), str_arg(c, 1), str_arg(c, 1).size(), int_arg(c, 2));
}

// Fields: Go's ASCII fast path splits on ASCII space; otherwise FieldsFunc
// with unicode.IsSpace over runes (invalid bytes are RuneError, not space).
// Either way the result has len == cap.
// bytesPrefix(buf []byte, n int) string: Builder.String. The Go side keeps
// 0 <= n <= len(buf); a racing Builder could break that, so it is clamped.
NativeStatus strings_bytes_prefix(NativeCall& c) {
  const SliceObj* buf = slice_arg(c, 0);
  uint64_t n = std::min<uint64_t>(static_cast<uint64_t>(std::max<int64_t>(int_arg(c, 1), 0)), slice_len(buf));
  c.args[0] = make_str(c, sv(reinterpret_cast<const char*>(slice_bytes(buf)), n));
  return NativeStatus::Ok;
}

// copyAt(buf []byte, at int, s string) int: Builder.WriteString's fast
// path (bounds re-checked: racing writers must not write out of bounds).
NativeStatus strings_copy_at(NativeCall& c) {
  const SliceObj* buf = slice_arg(c, 0);
  int64_t at = int_arg(c, 1);
  sv s = str_arg(c, 2);
  uint64_t len = slice_len(buf);
  if (at < 0 || uint64_t(at) > len || len - uint64_t(at) < s.size()) {
    c.panic_msg = "runtime error: slice bounds out of range";
    return NativeStatus::Panic;
  }
  if (!s.empty()) std::memcpy(slice_bytes(buf) + at, s.data(), s.size());
  c.args[0].i = at + static_cast<int64_t>(s.size());
  return NativeStatus::Ok;
}

NativeStatus strings_fields(NativeCall& c) {
  sv s = str_arg(c, 0);
  Slot whole = c.args[0];
  // Two passes, as Go's Fields: count the fields, then make them, so no
  // temporary list of millions of spans is built for a large text.
  auto each_field = [&](auto&& emit) {
    ptrdiff_t start = -1;
    bool ascii = is_ascii(s);
    for (size_t i = 0; i < s.size();) {
      bool space;
      size_t n = 1;
      if (ascii) {
        space = ascii_space(static_cast<unsigned char>(s[i]));
      } else {
        auto d = utf8::decode(s, i);
        space = uni::is_space(d.rune);
        n = d.size;
      }
      if (space) {
        if (start >= 0) emit(size_t(start), i);
        start = -1;
      } else if (start < 0) {
        start = static_cast<ptrdiff_t>(i);
      }
      i += n;
    }
    if (start >= 0) emit(size_t(start), s.size());
  };
  size_t count = 0;
  each_field([&](size_t, size_t) { ++count; });
  SliceObj* a = make_slice(c, count, count);  // held only here while strings are made
  size_t k = 0;
  each_field([&](size_t from, size_t to) {
    elem_store(&a->data[k++], make_str(c, s.substr(from, to - from), whole));
  });
  c.args[0] = slot_p(a);
  return NativeStatus::Ok;
}

// Join(elems []string, sep string) string
NativeStatus strings_join(NativeCall& c) {
  const SliceObj* elems = slice_arg(c, 0);
  uint64_t n = slice_len(elems);
  if (n == 0) {
    c.args[0] = Slot{};
    return NativeStatus::Ok;
  }
  if (n == 1) {
    c.args[0] = elem_load(&elems->data[0]);
    return NativeStatus::Ok;
  }
  sv sep = str_arg(c, 1);
  // Snapshot the elements once: another goroutine may be storing into them.
  std::vector<Slot> parts(n);
  uint64_t total = sep.size() * (n - 1);
  for (uint64_t k = 0; k < n; ++k) {
    parts[k] = elem_load(&elems->data[k]);
    total += str_view(parts[k]).size();
  }
  if (total > (uint64_t(1) << 40)) return panic_with(c, "strings: Join output length overflow");
  std::string out;
  out.reserve(total);
  for (uint64_t k = 0; k < n; ++k) {
    if (k) out.append(sep);
    out.append(str_view(parts[k]));
  }
  return ret_str(c, out);
}

namespace {
constexpr NativeDef kStringsNatives[] = {
    {"strings.Compare", strings_compare},
    {"strings.Contains", strings_contains},
    {"strings.ContainsAny", strings_contains_any},
    {"strings.ContainsRune", strings_contains_rune},
    {"strings.Count", strings_count},
    {"strings.Cut", strings_cut},
    {"strings.CutPrefix", strings_cut_prefix},
    {"strings.CutSuffix", strings_cut_suffix},
    {"strings.EqualFold", strings_equal_fold},
    {"strings.Fields", strings_fields},
    {"strings.bytesPrefix", strings_bytes_prefix},
    {"strings.copyAt", strings_copy_at},
    {"strings.HasPrefix", strings_has_prefix},
    {"strings.HasSuffix", strings_has_suffix},
    {"strings.Index", strings_index},
    {"strings.IndexAny", strings_index_any},
    {"strings.IndexByte", strings_index_byte},
    {"strings.IndexRune", strings_index_rune},
    {"strings.Join", strings_join},
    {"strings.LastIndex", strings_last_index},
    {"strings.LastIndexAny", strings_last_index_any},
    {"strings.LastIndexByte", strings_last_index_byte},
    {"strings.Repeat", strings_repeat},
    {"strings.Replace", strings_replace},
    {"strings.ReplaceAll", strings_replace_all},
    {"strings.Split", strings_split},
    {"strings.SplitAfter", strings_split_after},
    {"strings.SplitAfterN", strings_split_after_n},
    {"strings.SplitN", strings_split_n},
    {"strings.ToLower", strings_to_lower},
    {"strings.ToTitle", strings_to_title},
    {"strings.ToUpper", strings_to_upper},
    {"strings.ToValidUTF8", strings_to_valid_utf8},
    {"strings.Trim", strings_trim},
    {"strings.TrimLeft", strings_trim_left},
    {"strings.TrimPrefix", strings_trim_prefix},
    {"strings.TrimRight", strings_trim_right},
    {"strings.TrimSpace", strings_trim_space},
    {"strings.TrimSuffix", strings_trim_suffix},
};
}  // namespace

const NativeTable strings_natives = kStringsNatives;

}  // namespace csp
