// Small helpers shared by the standard library's natives: reading scalar and
// string arguments out of a NativeCall and writing results back over them.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/heap.hpp"
#include "vm/program.hpp"
#include "vm/runtime.hpp"
#include "vm/value.hpp"

namespace csp {

inline std::string_view str_arg(const NativeCall& c, uint32_t k) { return str_view(c.args[k]); }
inline int64_t int_arg(const NativeCall& c, uint32_t k) { return c.args[k].i; }
inline int32_t rune_arg(const NativeCall& c, uint32_t k) { return static_cast<int32_t>(c.args[k].i); }
inline double float_arg(const NativeCall& c, uint32_t k) { return c.args[k].f; }

// A new string value; `same` is returned unchanged when `s` is all of it
// (Go's substrings share their bytes; csp copies, except when nothing changed).
inline Slot make_str(NativeCall& c, std::string_view s, Slot same = Slot{}) {
  if (same.p && str_view(same).data() == s.data() && str_view(same).size() == s.size()) return same;
  if (s.empty()) return Slot{};
  return Heap::make_string(c.vm->heap_of(*c.w), s);
}

inline NativeStatus ret_int(NativeCall& c, int64_t v) {
  c.args[0].i = v;
  return NativeStatus::Ok;
}
inline NativeStatus ret_bool(NativeCall& c, bool v) {
  c.args[0].i = v ? 1 : 0;
  return NativeStatus::Ok;
}
inline NativeStatus ret_float(NativeCall& c, double v) {
  c.args[0].f = v;
  return NativeStatus::Ok;
}
// Returns a string result: `s` must not point into a string the call
// allocated itself (it may be a view of an argument).
inline NativeStatus ret_str(NativeCall& c, std::string_view s, Slot same = Slot{}) {
  c.args[0] = make_str(c, s, same);
  return NativeStatus::Ok;
}
inline NativeStatus panic_with(NativeCall& c, std::string msg) {
  c.panic_msg = std::move(msg);
  return NativeStatus::Panic;
}

}  // namespace csp
