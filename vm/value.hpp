// The value slot and the heap object header.
//
// Every register, global, channel buffer cell and (later) field holds one
// 8-byte Slot. The compiler knows each slot's static type, so a slot carries
// no tag: ints, floats and bools are stored inline, everything else is a
// pointer to an immutable or lock-protected heap object. One word per value
// is what keeps racy programs memory-safe (see the design brief): a torn read
// is impossible, so a racing reader sees either the old or the new pointer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace csp {

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  void* p;
};
static_assert(sizeof(Slot) == 8);

inline Slot slot_i(int64_t v) { Slot s; s.i = v; return s; }
inline Slot slot_f(double v) { Slot s; s.f = v; return s; }
inline Slot slot_p(void* v) { Slot s; s.p = v; return s; }

// Kinds of heap objects, declared once.
#define CSP_OBJ_KINDS(X) \
  X(String)              \
  X(Closure)             \
  X(Cell)                \
  X(Iface)               \
  X(Chan)                \
  X(Box)                 \
  X(Array)               \
  X(Slice)               \
  X(Map)                 \
  X(MapTable)            \
  X(MapIter)             \
  X(Complex)             \
  X(Timer)

enum class HeapKind : uint8_t {
#define CSP_X(k) k,
  CSP_OBJ_KINDS(CSP_X)
#undef CSP_X
};

// Header of every heap object the collector scans: one word. Only the
// collector reads it (to know how to scan the object); mark and alloc bits
// live in the allocator's spans, so nothing else is needed per object.
// Objects allocated noscan (strings, boxes and arrays of pointer-free types)
// are never read by the collector and have no header at all.
struct ObjHeader {
  HeapKind kind : 8;
  // Boxes and arrays: the pointer layout of their slots, an index into
  // Program::layouts (0: unknown, every slot is scanned conservatively).
  uint32_t layout : 24 = 0;
  uint32_t extra = 0;  // kind-specific small field (a box's slot count)
};
static_assert(sizeof(ObjHeader) == 8);

// An immutable string: bytes follow the length. The empty string is the
// null pointer, so zero-initialized slots are valid strings. No header:
// strings are noscan objects, which the collector never reads.
struct StrObj {
  size_t len;
  char data[];  // not NUL-terminated
};

inline std::string_view str_view(const Slot& s) {
  auto* o = static_cast<const StrObj*>(s.p);
  return o ? std::string_view(o->data, o->len) : std::string_view();
}

// A captured or address-taken scalar variable lives in a Cell. Registers
// and closures hold a pointer to the cell's `value` slot (an interior
// pointer, like every Go pointer), so `&x` is just that pointer.
struct Cell {
  ObjHeader hdr;
  Slot value;
};

struct Proto;
// A function value: a prototype plus pointers to the variables it captured
// (cell slots, or the first slot of a captured aggregate's box).
struct Closure {
  ObjHeader hdr;
  const Proto* proto;
  uint32_t ncells;
  Slot* cells[];
};

// A struct or array value (see spec/internals.md, "Values"): its fields
// flattened into slots. A value of aggregate type is a pointer to data[0].
// hdr.extra is the slot count, kBoxSlotsUnknown when it does not fit (the
// collector then scans up to the object's size); hdr.layout says which of
// them hold pointers.
struct BoxObj {
  ObjHeader hdr;
  Slot data[];
};
constexpr uint32_t kBoxSlotsUnknown = UINT32_MAX;

// The backing array of slices: `nslots` slots; an element of a type that is
// w slots wide occupies w consecutive slots. hdr.layout: the element's
// pointer layout (see BoxObj).
struct ArrObj {
  ObjHeader hdr;
  uint64_t nslots;
  Slot data[];
};

// A slice value: an immutable header (a slice never changes under a
// reader, so its len and cap always agree with its data). Element i is at
// data[i * w] for element width w; len and cap count elements. `data` is an
// interior pointer into an ArrObj or a BoxObj (a sliced array).
struct SliceObj {
  ObjHeader hdr;
  Slot* data;
  uint64_t len;
  uint64_t cap;
};

struct MapObj;  // vm/map.hpp

class Type;
// An interface value: an immutable box of the dynamic type and one slot.
struct Iface {
  ObjHeader hdr;
  const Type* type;
  Slot value;
};

}  // namespace csp
