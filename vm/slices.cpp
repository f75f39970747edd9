#include "vm/slices.hpp"

#include "vm/layout.hpp"

#include "lang/types.hpp"

namespace csp {

namespace {

// Go 1.19's runtime/sizeclasses.go: the byte sizes of its size classes.
constexpr uint16_t kClassSizes[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

// Go's roundupsize: the size of the allocation Go makes for `size` bytes.
uint64_t round_up_size(uint64_t size) {
  if (size <= 32768) {
    for (uint16_t c : kClassSizes)
      if (c >= size) return c;
  }
  const uint64_t page = 8192;
  if (size + page < size) return size;
  return (size + page - 1) / page * page;
}

uint64_t go_alignof(const Type* t) {
  const Type* u = t->underlying();
  if (auto* b = as_basic(u)) {
    switch (b->bkind) {
      case BasicKind::Complex128: return 8;
      case BasicKind::Complex64: return 4;
      case BasicKind::String: return 8;
      default: {
        uint64_t s = go_sizeof(u);
        return s ? s : 1;
      }
    }
  }
  switch (u->kind) {
    case TypeKind::Array: return go_alignof(static_cast<const ArrayTy*>(u)->elem);
    case TypeKind::Struct: {
      uint64_t a = 1;
      for (const auto& f : static_cast<const StructTy*>(u)->fields) {
        uint64_t fa = go_alignof(f.type);
        if (fa > a) a = fa;
      }
      return a;
    }
    default: return 8;
  }
}

}  // namespace

uint64_t go_sizeof(const Type* t) {
  const Type* u = t->underlying();
  if (auto* b = as_basic(u)) {
    switch (b->bkind) {
      case BasicKind::Bool:
      case BasicKind::Int8:
      case BasicKind::Uint8: return 1;
      case BasicKind::Int16:
      case BasicKind::Uint16: return 2;
      case BasicKind::Int32:
      case BasicKind::Uint32:
      case BasicKind::Float32: return 4;
      case BasicKind::Complex128:
      case BasicKind::String: return 16;
      default: return 8;
    }
  }
  switch (u->kind) {
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      auto* a = static_cast<const ArrayTy*>(u);
      return go_sizeof(a->elem) * static_cast<uint64_t>(a->len);
    }
    case TypeKind::Struct: {
      uint64_t off = 0, align = 1;
      for (const auto& f : static_cast<const StructTy*>(u)->fields) {
        uint64_t fa = go_alignof(f.type);
        if (fa > align) align = fa;
        off = (off + fa - 1) / fa * fa + go_sizeof(f.type);
      }
      return (off + align - 1) / align * align;
    }
    default: return 8;
  }
}

uint64_t value_slots(const Type* t) { return t ? slot_width(t) : 1; }

uint64_t grow_capacity(uint64_t old_cap, uint64_t needed, uint64_t elem_size) {
  int64_t newcap = static_cast<int64_t>(old_cap);
  int64_t doublecap = newcap + newcap;
  int64_t cap = static_cast<int64_t>(needed);
  if (cap > doublecap) {
    newcap = cap;
  } else if (old_cap < 256) {
    newcap = doublecap;
  } else {
    while (0 < newcap && newcap < cap) newcap += (newcap + 3 * 256) / 4;
    if (newcap <= 0) newcap = cap;
  }
  if (elem_size == 0) return static_cast<uint64_t>(newcap);
  uint64_t mem = round_up_size(static_cast<uint64_t>(newcap) * elem_size);
  return mem / elem_size;
}

// Zero-size boxes and arrays still get one slot: a pointer to data[0] must
// point into its own object, or the collector would take it for the next.
// A noscan box or array is never read by the collector: no header.
static Slot* alloc_box(LocalHeap& lh, uint64_t nslots, uint32_t layout, bool noscan) {
  uint64_t room = nslots ? nslots : 1;
  if (noscan) return static_cast<Slot*>(lh.cache->alloc(room * sizeof(Slot), true));
  auto* b = static_cast<BoxObj*>(
      Heap::alloc(lh, HeapKind::Box, sizeof(BoxObj) + room * sizeof(Slot), noscan));
  b->hdr.extra = nslots < kBoxSlotsUnknown ? uint32_t(nslots) : kBoxSlotsUnknown;
  b->hdr.layout = layout;
  return b->data;
}

static Slot* alloc_array(LocalHeap& lh, uint64_t nslots, uint32_t layout, bool noscan) {
  uint64_t room = nslots ? nslots : 1;
  if (noscan) return static_cast<Slot*>(lh.cache->alloc(room * sizeof(Slot), true));
  auto* a = static_cast<ArrObj*>(
      Heap::alloc(lh, HeapKind::Array, sizeof(ArrObj) + room * sizeof(Slot), noscan));
  a->nslots = nslots;
  a->hdr.layout = layout;
  return a->data;
}

Slot* new_box(LocalHeap& lh, uint64_t nslots) { return alloc_box(lh, nslots, 0, false); }

Slot* new_box(LocalHeap& lh, const Program::TypeInfo& ti) {
  return alloc_box(lh, ti.width, ti.layout, ti.noscan);
}

Slot* new_array(LocalHeap& lh, uint64_t nslots) { return alloc_array(lh, nslots, 0, false); }

Slot* new_array(LocalHeap& lh, uint64_t nslots, const Program::TypeInfo& elem) {
  return alloc_array(lh, nslots, elem.layout, elem.noscan);
}

Slot* new_scalar_array(LocalHeap& lh, uint64_t nslots) { return alloc_array(lh, nslots, 0, true); }

uint8_t* new_byte_array(LocalHeap& lh, uint64_t nbytes) {
  // No pointers inside: the collector does not scan it.
  return reinterpret_cast<uint8_t*>(new_scalar_array(lh, (nbytes + 7) / 8));
}

SliceObj* new_slice(LocalHeap& lh, Slot* data, uint64_t len, uint64_t cap) {
  auto* s = static_cast<SliceObj*>(Heap::alloc(lh, HeapKind::Slice, sizeof(SliceObj)));
  s->data = data;
  s->len = len;
  s->cap = cap;
  return s;
}

}  // namespace csp
