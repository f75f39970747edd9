// Internals shared by vm/gc_alloc.cpp and vm/gc.cpp: size classes, spans,
// the page heap and the central lists. Not for use outside the GC.
#pragma once

#include <bit>
#include <cstdint>
#include <mutex>
#include <set>

#include "vm/gc.hpp"

namespace csp {

// ---- size classes -------------------------------------------------------------

struct SizeClass {
  uint32_t size;    // object size in bytes
  uint32_t npages;  // pages per span
  uint32_t nelems;  // objects per span
  uint32_t divmul;  // (offset * divmul) >> 32 == offset / size, for offsets in a span
};

constexpr int kMaxClasses = 72;
constexpr uint32_t kMaxSpanElems = 1024;  // bitmap capacity of a small span

// Class 0 is "large" (one object per span); classes 1..num_size_classes()-1
// are small.
int num_size_classes();
const SizeClass& size_class(int cls);
// The smallest class whose size is >= size, for 0 < size <= kMaxSmall.
int size_to_class(size_t size);

inline int span_class(int cls, bool noscan) { return cls * 2 + (noscan ? 1 : 0); }

// ---- spans --------------------------------------------------------------------

enum class SpanState : uint8_t { Dead, Free, Small, Large };

// A run of pages: free, one large object, or a slab of small objects of one
// class. Object i of a small span is at start + i * elemsize. It is
// allocated iff i < freeindex or alloc bit i is set (Go's scheme: bits from
// the last sweep, plus everything a cache has handed out since, which is
// below freeindex because caches allocate in address order).
struct GcSpan {
  uintptr_t start = 0;
  uint32_t npages = 0;
  SpanState state = SpanState::Dead;
  uint8_t spanclass = 0;   // cls * 2 + noscan
  bool needzero = false;   // memory may be dirty: zero at allocation
  bool in_cache = false;   // some cache allocates from it (collector resets)
  uint32_t elemsize = 0;
  uint32_t nelems = 0;
  uint32_t divmul = 0;
  uint32_t freeindex = 0;
  uint32_t alloc_count = 0;  // allocated objects as of the last sweep / take
  // Allocation cursor: bit k of alloc_cache is "object cache_base + k is
  // free and not yet handed out".
  int32_t cache_base = -64;
  uint64_t alloc_cache = 0;
  // Free spans: pages that may be resident (not released to the OS).
  uint32_t dirty_pages = 0;
  GcSpan* next = nullptr;  // central partial list, or the span free pool
  GcSpan* prev = nullptr;
  uint64_t alloc_bits[kMaxSpanElems / 64];
  uint64_t mark_bits[kMaxSpanElems / 64];

  bool noscan() const { return spanclass & 1; }
  int cls() const { return spanclass >> 1; }
  uintptr_t end() const { return start + (uintptr_t(npages) << GcHeap::kPageShift); }
  uint32_t nwords() const { return (nelems + 63) / 64; }
  bool allocated(uint32_t i) const {
    return ((alloc_bits[i >> 6] >> (i & 63)) & 1) || i < freeindex;
  }
  uint32_t object_index(uintptr_t a) const {
    return uint32_t((uint64_t(a - start) * divmul) >> 32);
  }
  // Next free object for a cache, or nelems when the span is full.
  uint32_t next_free() {
    while (alloc_cache == 0) {
      cache_base += 64;
      if (uint32_t(cache_base) >= nelems) {
        cache_base -= 64;  // stay exhausted
        return nelems;
      }
      alloc_cache = ~alloc_bits[cache_base >> 6];
    }
    uint32_t r = uint32_t(cache_base) + uint32_t(std::countr_zero(alloc_cache));
    alloc_cache &= alloc_cache - 1;
    if (r >= nelems) {
      alloc_cache = 0;
      return nelems;
    }
    freeindex = r + 1;
    return r;
  }
  // Objects a cache has not handed out yet (free at or after freeindex).
  uint32_t unallocated() const;
  void reset_cursor() {
    freeindex = 0;
    cache_base = -64;
    alloc_cache = 0;
  }
};

// ---- the page heap --------------------------------------------------------------

// Free page runs of the arena, best-fit and coalescing; guarded by mu.
struct GcHeap::PageHeap {
  std::mutex mu;
  struct BySize {
    bool operator()(const GcSpan* a, const GcSpan* b) const {
      return a->npages != b->npages ? a->npages < b->npages : a->start < b->start;
    }
  };
  std::set<GcSpan*, BySize> free;
  std::vector<GcSpan*> inuse;  // every Small or Large span (the sweep's list)
  GcSpan* pool = nullptr;      // recycled span structs
  size_t committed = 0;        // arena bytes made accessible (from arena_base)
  size_t pages_inuse = 0;
  size_t pages_free = 0;
  size_t pages_dirty = 0;      // free pages possibly resident
  size_t released_bytes = 0;   // cumulative madvise(DONTNEED)
  size_t meta_bytes = 0;       // span structs and the page map touched (approx.)
  std::vector<std::unique_ptr<GcSpan[]>> span_chunks;
};

// Swept spans of one span class with free objects (Go's mcentral).
struct GcHeap::Central {
  std::mutex mu;
  GcSpan* partial = nullptr;
};

}  // namespace csp
