// Slices, arrays and boxes at run time: allocation and growth.
//
// Growth follows Go's growslice exactly (double below 256 elements, then
// +25% plus a constant, rounded up to Go's allocation size classes using
// Go's element sizes), so that cap() after append prints what Go prints,
// although csp stores every element in 8-byte slots.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/heap.hpp"
#include "vm/program.hpp"
#include "vm/value.hpp"

namespace csp {

class Type;

// Go's unsafe.Sizeof(T) on 64-bit platforms.
uint64_t go_sizeof(const Type* t);

// Slots a value of type t occupies when stored inline: structs and arrays
// flattened, everything else one slot (slot_width of vm/layout.hpp).
uint64_t value_slots(const Type* t);

// The capacity Go's growslice picks when a slice of capacity old_cap must
// hold `needed` elements of `elem_size` bytes each.
uint64_t grow_capacity(uint64_t old_cap, uint64_t needed, uint64_t elem_size);

// A zeroed box of n slots; returns a pointer to its first slot. Without a
// type the collector scans every slot conservatively.
Slot* new_box(LocalHeap& lh, uint64_t nslots);
// A zeroed box for a value of the type `ti` describes (ti.width slots),
// scanned by its layout, or never when it holds no pointers.
Slot* new_box(LocalHeap& lh, const Program::TypeInfo& ti);
// A backing array of n slots; returns a pointer to its first slot.
Slot* new_array(LocalHeap& lh, uint64_t nslots);
// The same for elements of the type `elem` describes (scanned by its
// layout, or never).
Slot* new_array(LocalHeap& lh, uint64_t nslots, const Program::TypeInfo& elem);
// A backing array that never holds pointers (bytes, runes).
Slot* new_scalar_array(LocalHeap& lh, uint64_t nslots);
SliceObj* new_slice(LocalHeap& lh, Slot* data, uint64_t len, uint64_t cap);

// ---- packed byte elements (see is_byte_elem in vm/layout.hpp) ----
//
// A slice of bytes keeps a byte address in SliceObj::data (never
// dereferenced as a Slot). Instructions that take an element width in slots
// take kByteStride for packed elements.
constexpr uint64_t kByteStride = 0x3FFF;

// A zeroed, pointer-free backing array of n bytes.
uint8_t* new_byte_array(LocalHeap& lh, uint64_t nbytes);
inline uint8_t* slice_bytes(const SliceObj* s) { return s ? reinterpret_cast<uint8_t*>(s->data) : nullptr; }
inline SliceObj* new_byte_slice(LocalHeap& lh, uint8_t* data, uint64_t len, uint64_t cap) {
  return new_slice(lh, reinterpret_cast<Slot*>(data), len, cap);
}
inline uint8_t load_byte(const uint8_t* p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
inline void store_byte(uint8_t* p, uint8_t v) { __atomic_store_n(p, v, __ATOMIC_RELAXED); }

// The largest number of slots one allocation may have (Go's maxAlloc is
// 2^48 bytes; a 32 GiB limit keeps calloc honest on this VM).
constexpr uint64_t kMaxSlots = uint64_t(1) << 32;

}  // namespace csp
