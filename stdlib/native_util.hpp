// Small helpers shared by the standard library's natives: reading scalar and
// string arguments out of a NativeCall and writing results back over them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/heap.hpp"
#include "vm/program.hpp"
#include "vm/runtime.hpp"
#include "vm/slices.hpp"
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

// ---- slices ----------------------------------------------------------------
//
// A slice argument is a SliceObj* (nullptr = nil); element i of a slice of a
// one-slot type is data[i], except []byte and []bool, whose elements are
// packed bytes (slice_bytes(s)[i]; see vm/slices.hpp). Elements are shared
// with script goroutines, so they are read and written with relaxed atomics,
// as the interpreter does.

inline const SliceObj* slice_arg(const NativeCall& c, uint32_t k) {
  return static_cast<const SliceObj*>(c.args[k].p);
}
inline uint64_t slice_len(const SliceObj* s) { return s ? s->len : 0; }
inline Slot elem_load(const Slot* p) {
  Slot s;
  s.u = __atomic_load_n(&p->u, __ATOMIC_RELAXED);
  return s;
}
inline void elem_store(Slot* p, Slot v) { __atomic_store_n(&p->u, v.u, __ATOMIC_RELAXED); }

// The bytes of a []byte, at most `max` of them from `from` on.
inline std::string bytes_of(const SliceObj* s, uint64_t from = 0, uint64_t max = UINT64_MAX) {
  std::string out;
  uint64_t n = slice_len(s);
  if (from >= n) return out;
  uint64_t end = n - from > max ? from + max : n;
  out.assign(reinterpret_cast<const char*>(slice_bytes(s)) + from, end - from);
  return out;
}

// A new slice of one-slot elements (not []byte: make_byte_slice), zeroed,
// as make([]T, len, cap). The
// backing array is held only by the returned header; callers that allocate
// again before storing the header in a Slot hold it in a C++ local (safe
// while natives cannot be interrupted by a collection).
inline SliceObj* make_slice(NativeCall& c, uint64_t len, uint64_t cap) {
  LocalHeap& lh = c.vm->heap_of(*c.w);
  Slot* data = cap ? new_array(lh, cap) : nullptr;
  return new_slice(lh, data, len, cap);
}
// A new []byte holding `bytes` (len == cap == bytes.size()).
inline SliceObj* make_byte_slice(NativeCall& c, std::string_view bytes) {
  LocalHeap& lh = c.vm->heap_of(*c.w);
  uint8_t* data = bytes.empty() ? nullptr : new_byte_array(lh, bytes.size());
  if (data) std::memcpy(data, bytes.data(), bytes.size());
  return new_byte_slice(lh, data, bytes.size(), bytes.size());
}

// Appends bytes to a []byte the way a sequence of Go appends does: each
// append() call is one `append` here, so capacity grows exactly as
// growslice's would, and the result shares dst's backing array while it
// fits (Go's aliasing is visible to the program).
class ByteAppender {
 public:
  explicit ByteAppender(const SliceObj* dst)
      : dst_(dst), len0_(slice_len(dst)), cap_(dst ? dst->cap : 0) {}
  uint64_t len() const { return len0_ + tail_.size(); }
  uint64_t cap() const { return cap_; }
  // As `nb := make([]byte, len(buf), cap); copy(nb, buf); buf = nb`.
  void realloc_exact(uint64_t cap) {
    cap_ = cap;
    moved_ = true;
  }
  void append(std::string_view bytes) {
    uint64_t need = len() + bytes.size();
    if (need > cap_) {
      cap_ = grow_capacity(cap_, need, 1);
      moved_ = true;
    }
    tail_ += bytes;
  }
  void append(char b) { append(std::string_view(&b, 1)); }
  // The result slice. Panics (returns false) only when the size is absurd.
  bool finish(NativeCall& c, Slot* out) {
    if (tail_.empty() && !moved_) {
      *out = slot_p(const_cast<SliceObj*>(dst_));
      return true;
    }
    if (cap_ > kMaxSlots * 8) return false;
    LocalHeap& lh = c.vm->heap_of(*c.w);
    uint8_t* data;
    if (moved_) {
      // The new array is held only in this local across new_slice's
      // allocation below.
      data = new_byte_array(lh, cap_);
      if (len0_) std::memcpy(data, slice_bytes(dst_), len0_);
    } else {
      data = slice_bytes(dst_);
    }
    if (!tail_.empty()) std::memcpy(data + len0_, tail_.data(), tail_.size());
    *out = slot_p(new_byte_slice(lh, data, len(), cap_));
    return true;
  }

 private:
  const SliceObj* dst_;
  uint64_t len0_, cap_;
  bool moved_ = false;
  std::string tail_;
};

}  // namespace csp
