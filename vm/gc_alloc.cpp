// The allocator: pages, spans, size classes, per-thread caches and the page
// map, after Go's mheap.go, mcentral.go, mcache.go and sizeclasses.go.
//
// Design
// ------
// The arena. One contiguous range of virtual memory (GcOptions::arena_bytes,
// 64 GiB by default) is reserved PROT_NONE at startup and made accessible
// from its low end in 4 MiB steps as the heap grows, so an address is a heap
// address iff it lies in [arena_base, arena_base + committed). The page map
// is then a flat array with one entry per 8 KiB page (64 MiB of reserved,
// lazily touched memory for the default arena): the span owning a page.
// find_object(p) is a subtraction, a shift, a load, a multiply and a bit
// test: that is what lets the VM use interior pointers (&s.f, &a[i]) freely.
// Rejected: Go's two-level arena index over the whole address space (needed
// when the heap may live anywhere; a single reservation is simpler and the
// address space is plentiful), and a per-object header bit to find object
// starts (needs a backward scan).
//
// Spans. A span is a run of pages that is free, holds one large object
// (> 32 KiB), or is cut into equal objects of one size class. Small spans
// carry their alloc bits and mark bits inline (at most 1024 objects), so
// marking never writes to the object itself and sweeping is pure bit
// arithmetic: alloc_bits := mark_bits, mark_bits := 0, and a span with no
// mark is returned to the page heap. Object i is allocated iff it is below
// the span's freeindex or its alloc bit is set: caches hand out free
// objects in address order (a 64-bit inverted window of the alloc bits and
// count-trailing-zeros, Go's allocCache), so they never write alloc bits.
//
// Size classes. Go's table: 8 to 32768 bytes, 16 bytes apart up to 256
// and at most 12.5% apart above, each with the span size (1 to 10 pages)
// that wastes at most 1/8 of the span. Objects the collector never scans
// (noscan) need no header, so Go-sized data lands in Go's classes.
// Every span class exists twice, for objects with pointers and for noscan
// objects (Go's spanClass): marking a noscan object sets one bit and never
// touches its memory.
//
// Caches and centrals. A GcCache (one per worker thread) holds one current
// span per span class and allocates from it with no lock and no atomic.
// When the span is full the cache drops it (it stays on the heap's in-use
// list for the sweeper) and takes a swept span with free objects from that
// class's central list (a mutex), or a new span from the page heap (the
// heap mutex). The bytes and objects of the whole span are counted as
// allocated when the cache takes it (heap_live, Mallocs, TotalAlloc); the
// collector subtracts what a cache did not use when it flushes the caches.
// So the pacer's counter changes once per span, not per object.
//
// The page heap. Free runs of pages sit in a set ordered by (size,
// address): allocation is best fit, lowest address first; freeing
// coalesces with the neighbours found through the page map (a free span
// maps its first and last page). Each free span counts its dirty pages
// (possibly resident). After every collection the heap keeps at most
// ~1.1x the heap goal resident and madvise(MADV_DONTNEED)s the largest free
// spans beyond it, as Go's scavenger does (but synchronously: the sweep is
// stop-the-world anyway, and a free span is rarely large). Pages fresh from
// the OS or released read as zero, so a span built only from such pages
// needs no zeroing (needzero); otherwise allocation zeroes the object.
//
// Invariants. (1) pagemap[p] is the span of page p for every page of a Small
// or Large span; for a free span only its first and last pages map to it;
// everything else maps to null. Written under the heap mutex; read by the
// collector with the world stopped and by find_object. (2) A Small span is
// on exactly one of: one cache, its central's partial list, or neither
// (full); and always on pages_->inuse. (3) Only the sweep (world stopped)
// writes alloc bits and mark bits are written only by the collector.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "vm/gc_internal.hpp"

namespace csp {

namespace {

constexpr size_t kCommitStep = size_t(4) << 20;

[[noreturn]] void gc_fatal(const char* msg) {
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::abort();
}

struct ClassTable {
  SizeClass classes[kMaxClasses];
  int n = 0;
  uint8_t small_index[1024 / 8 + 1];                   // (size + 7) / 8, size <= 1024
  uint8_t large_index[(GcHeap::kMaxSmall - 1024) / 128 + 1];  // (size - 1024 + 127) / 128

  ClassTable() {
    // Go's size classes (runtime/sizeclasses.go): object size and span
    // pages. Go's spacing keeps the round-up waste at most 12.5% and its
    // sizes are the ones a Go program's slices grow to (512, 1024, 2048
    // bytes, ...), which csp's headerless noscan arrays hit exactly.
    static constexpr uint32_t kGo[][2] = {
        {8, 1},     {16, 1},    {24, 1},    {32, 1},    {48, 1},    {64, 1},    {80, 1},
        {96, 1},    {112, 1},   {128, 1},   {144, 1},   {160, 1},   {176, 1},   {192, 1},
        {208, 1},   {224, 1},   {240, 1},   {256, 1},   {288, 1},   {320, 1},   {352, 1},
        {384, 1},   {416, 1},   {448, 1},   {480, 1},   {512, 1},   {576, 1},   {640, 1},
        {704, 1},   {768, 1},   {896, 1},   {1024, 1},  {1152, 1},  {1280, 1},  {1408, 2},
        {1536, 1},  {1792, 2},  {2048, 1},  {2304, 2},  {2688, 1},  {3072, 3},  {3200, 2},
        {3456, 3},  {4096, 1},  {4864, 3},  {5376, 2},  {6144, 3},  {6528, 4},  {6784, 5},
        {6912, 6},  {8192, 1},  {9472, 7},  {9728, 6},  {10240, 5}, {10880, 4}, {12288, 3},
        {13568, 5}, {14336, 7}, {16384, 2}, {18432, 5}, {19072, 7}, {20480, 5}, {21760, 8},
        {24576, 3}, {27264, 10}, {28672, 7}, {32768, 4},
    };
    classes[n++] = SizeClass{0, 0, 1, 0};  // class 0: large
    for (const auto& g : kGo) {
      uint32_t bytes = g[1] * uint32_t(GcHeap::kPageSize);
      if (n >= kMaxClasses || bytes / g[0] > kMaxSpanElems) gc_fatal("gc: bad size class table");
      classes[n++] = SizeClass{g[0], g[1], bytes / g[0], uint32_t(~0u / g[0] + 1)};
    }
    int cls = 1;
    for (uint32_t i = 0; i <= 1024 / 8; ++i) {
      while (classes[cls].size < i * 8) ++cls;
      small_index[i] = uint8_t(cls);
    }
    for (uint32_t i = 0; i < sizeof(large_index); ++i) {
      while (classes[cls].size < 1024 + i * 128) ++cls;
      large_index[i] = uint8_t(cls);
    }
  }
};

const ClassTable& class_table() {
  static const ClassTable t;
  return t;
}

}  // namespace

int num_size_classes() { return class_table().n; }
const SizeClass& size_class(int cls) { return class_table().classes[cls]; }
int size_to_class(size_t size) {
  const ClassTable& t = class_table();
  if (size <= 1024) return t.small_index[(size + 7) >> 3];
  return t.large_index[(size - 1024 + 127) >> 7];
}

GcLayout::GcLayout(const std::vector<bool>& ptr)
    : nslots_(uint32_t(ptr.size())), has_pointers_(false), bits_((ptr.size() + 63) / 64 + 1, 0) {
  for (size_t i = 0; i < ptr.size(); ++i)
    if (ptr[i]) {
      bits_[i >> 6] |= uint64_t(1) << (i & 63);
      has_pointers_ = true;
    }
}

uint32_t GcSpan::unallocated() const {
  uint32_t n = 0;
  for (uint32_t i = freeindex; i < nelems; ++i)
    if (!((alloc_bits[i >> 6] >> (i & 63)) & 1)) ++n;
  return n;
}

// ---- the heap ---------------------------------------------------------------------

GcHeap::GcHeap(GcClient* client, GcOptions opts)
    : client_(client), opts_(opts), pages_(std::make_unique<PageHeap>()),
      central_(std::make_unique<Central[]>(GcCache::kNumSpanClasses)) {
  class_table();
  arena_size_ = (opts_.arena_bytes + kCommitStep - 1) / kCommitStep * kCommitStep;
  void* a = mmap(nullptr, arena_size_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (a == MAP_FAILED) gc_fatal("gc: cannot reserve the heap arena");
  arena_base_ = uintptr_t(a);
  size_t map_bytes = (arena_size_ >> kPageShift) * sizeof(std::atomic<GcSpan*>);
  void* m = mmap(nullptr, map_bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) gc_fatal("gc: cannot reserve the page map");
  pagemap_ = static_cast<std::atomic<GcSpan*>*>(m);  // zero pages read as null
  int pct = opts_.gc_percent;
  if (pct == GcOptions::kFromEnv) {
    // Go's readGOGC: "off", a decimal number, or else the default.
    pct = 100;
    if (const char* e = std::getenv("GOGC")) {
      char* end = nullptr;
      errno = 0;
      long v = *e ? std::strtol(e, &end, 10) : 0;
      if (std::strcmp(e, "off") == 0) pct = -1;
      else if (*e && *end == 0 && errno == 0 && v >= INT32_MIN && v <= INT32_MAX) pct = int(v);
    }
  }
  gc_percent_.store(pct < 0 ? -1 : pct, std::memory_order_relaxed);
  set_goal(0);
}

GcHeap::~GcHeap() {
  munmap(reinterpret_cast<void*>(arena_base_), arena_size_);
  munmap(pagemap_, (arena_size_ >> kPageShift) * sizeof(std::atomic<GcSpan*>));
}

GcCache* GcHeap::new_cache() {
  std::lock_guard lk(caches_mu_);
  caches_.push_back(std::unique_ptr<GcCache>(new GcCache(*this)));
  return caches_.back().get();
}

namespace {

GcSpan* new_span_struct(GcHeap::PageHeap& ph) {  // heap lock held
  if (!ph.pool) {
    constexpr int kChunk = 64;
    ph.span_chunks.push_back(std::make_unique<GcSpan[]>(kChunk));
    ph.meta_bytes += kChunk * sizeof(GcSpan);
    for (int i = 0; i < kChunk; ++i) {
      GcSpan* s = &ph.span_chunks.back()[i];
      s->next = ph.pool;
      ph.pool = s;
    }
  }
  GcSpan* s = ph.pool;
  ph.pool = s->next;
  s->next = s->prev = nullptr;
  return s;
}

void free_span_struct(GcHeap::PageHeap& ph, GcSpan* s) {  // heap lock held
  s->state = SpanState::Dead;
  s->next = ph.pool;
  ph.pool = s;
}

}  // namespace

// Pages [first, first+n) of the arena map to s (null: unmapped).
#define PAGE_OF(addr) (((addr) - arena_base_) >> kPageShift)

// Returns a free span to the page heap, coalescing. Heap lock held.
static void insert_free(GcHeap::PageHeap& ph, std::atomic<GcSpan*>* pagemap, uintptr_t base,
                        GcSpan* s) {
  auto page = [&](uintptr_t a) { return (a - base) >> GcHeap::kPageShift; };
  auto release = std::memory_order_release;
  ph.pages_free += s->npages;
  ph.pages_dirty += s->dirty_pages;
  s->state = SpanState::Free;
  if (s->start > base) {
    GcSpan* p = pagemap[page(s->start) - 1].load(std::memory_order_relaxed);
    if (p && p->state == SpanState::Free && p->end() == s->start) {
      ph.free.erase(p);
      pagemap[page(p->end()) - 1].store(nullptr, release);
      pagemap[page(p->start)].store(nullptr, release);
      s->start = p->start;
      s->npages += p->npages;
      s->dirty_pages += p->dirty_pages;
      free_span_struct(ph, p);
    }
  }
  if (s->end() < base + ph.committed) {
    GcSpan* nx = pagemap[page(s->end())].load(std::memory_order_relaxed);
    if (nx && nx->state == SpanState::Free && nx->start == s->end()) {
      ph.free.erase(nx);
      pagemap[page(nx->start)].store(nullptr, release);
      pagemap[page(nx->end()) - 1].store(nullptr, release);
      s->npages += nx->npages;
      s->dirty_pages += nx->dirty_pages;
      free_span_struct(ph, nx);
    }
  }
  pagemap[page(s->start)].store(s, release);
  pagemap[page(s->end()) - 1].store(s, release);
  ph.free.insert(s);
}

// A span of exactly npages taken from the free set (growing the arena if
// needed), not yet mapped. Heap lock held.
GcSpan* GcHeap::alloc_span(size_t npages, int spanclass, bool large) {
  PageHeap& ph = *pages_;
  GcSpan key;
  key.npages = uint32_t(npages);
  key.start = 0;
  auto it = ph.free.lower_bound(&key);
  if (it == ph.free.end()) {
    size_t need = std::max(npages << kPageShift, kCommitStep);
    need = (need + kCommitStep - 1) / kCommitStep * kCommitStep;
    if (ph.committed + need > arena_size_) {
      if (ph.committed + (npages << kPageShift) > arena_size_) gc_fatal("out of memory");
      need = arena_size_ - ph.committed;
    }
    void* at = reinterpret_cast<void*>(arena_base_ + ph.committed);
    if (mprotect(at, need, PROT_READ | PROT_WRITE) != 0) gc_fatal("out of memory");
    GcSpan* s = new_span_struct(ph);
    s->start = arena_base_ + ph.committed;
    s->npages = uint32_t(need >> kPageShift);
    s->dirty_pages = 0;  // fresh pages read as zero
    ph.committed += need;
    insert_free(ph, pagemap_, arena_base_, s);
    it = ph.free.lower_bound(&key);
  }
  GcSpan* s = *it;
  ph.free.erase(it);
  pagemap_[PAGE_OF(s->start)].store(nullptr, std::memory_order_relaxed);
  pagemap_[PAGE_OF(s->end()) - 1].store(nullptr, std::memory_order_relaxed);
  ph.pages_free -= s->npages;
  ph.pages_dirty -= s->dirty_pages;
  uint32_t dirty = s->dirty_pages;
  if (s->npages > npages) {
    GcSpan* rest = new_span_struct(ph);
    rest->start = s->start + (npages << kPageShift);
    rest->npages = s->npages - uint32_t(npages);
    // Where the dirty pages are is unknown: assume the worst for both parts.
    rest->dirty_pages = std::min(dirty, rest->npages);
    dirty = std::min<uint32_t>(dirty, uint32_t(npages));
    s->npages = uint32_t(npages);
    insert_free(ph, pagemap_, arena_base_, rest);
  }
  s->needzero = dirty > 0;
  s->dirty_pages = 0;
  s->state = large ? SpanState::Large : SpanState::Small;
  s->spanclass = uint8_t(spanclass);
  s->in_cache = false;
  s->next = s->prev = nullptr;
  std::memset(s->alloc_bits, 0, sizeof s->alloc_bits);
  std::memset(s->mark_bits, 0, sizeof s->mark_bits);
  s->reset_cursor();
  s->alloc_count = 0;
  ph.pages_inuse += npages;
  ph.inuse.push_back(s);
  for (size_t i = 0; i < npages; ++i)
    pagemap_[PAGE_OF(s->start) + i].store(s, std::memory_order_release);
  return s;
}

GcSpan* GcHeap::central_take(int spanclass) {  // any mutator
  Central& c = central_[spanclass];
  {
    std::lock_guard lk(c.mu);
    if (GcSpan* s = c.partial) {
      c.partial = s->next;
      if (s->next) s->next->prev = nullptr;
      s->next = nullptr;
      return s;
    }
  }
  const SizeClass& k = size_class(spanclass >> 1);
  std::lock_guard lk(pages_->mu);
  GcSpan* s = alloc_span(k.npages, spanclass, false);
  s->elemsize = k.size;
  s->nelems = k.nelems;
  s->divmul = k.divmul;
  return s;
}

void GcHeap::note_alloc_bytes(int64_t bytes) {
  int64_t live = heap_live_.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (live >= next_gc_.load(std::memory_order_relaxed) && client_ &&
      gc_percent_.load(std::memory_order_relaxed) >= 0 &&
      !(poll_.load(std::memory_order_relaxed) & kGcDue))
    poll_.fetch_or(kGcDue, std::memory_order_seq_cst);
}

void* GcHeap::alloc_large(GcCache& c, size_t size, bool noscan) {
  size_t npages = (size + kPageSize - 1) >> kPageShift;
  if (npages > (arena_size_ >> kPageShift)) gc_fatal("out of memory");
  GcSpan* s;
  {
    std::lock_guard lk(pages_->mu);
    s = alloc_span(npages, span_class(0, noscan), true);
    s->elemsize = uint32_t(std::min<size_t>(npages << kPageShift, UINT32_MAX));
    s->nelems = 1;
    s->divmul = 0;
    s->alloc_bits[0] = 1;
  }
  void* p = reinterpret_cast<void*>(s->start);
  if (s->needzero) std::memset(p, 0, size);
  int64_t bytes = int64_t(npages << kPageShift);
  mallocs_.fetch_add(1, std::memory_order_relaxed);
  total_alloc_.fetch_add(uint64_t(bytes), std::memory_order_relaxed);
  note_alloc_bytes(bytes);
  return p;
}

void* GcCache::alloc(size_t size, bool noscan) {  // owner only
  if (__builtin_expect(size > GcHeap::kMaxSmall, 0)) return heap_.alloc_large(*this, size, noscan);
  int sc = span_class(size_to_class(size), noscan);
  if (GcSpan* s = spans_[sc]) {
    uint32_t i = s->next_free();
    if (__builtin_expect(i < s->nelems, 1)) {
      void* p = reinterpret_cast<void*>(s->start + uintptr_t(i) * s->elemsize);
      if (s->needzero) std::memset(p, 0, size);
      return p;
    }
  }
  return refill_and_alloc(sc, size);
}

void* GcCache::refill_and_alloc(int sc, size_t size) {  // owner only
  if (GcSpan* old = spans_[sc]) old->in_cache = false;  // full: the sweeper has it
  GcSpan* s = heap_.central_take(sc);
  s->in_cache = true;
  spans_[sc] = s;
  uint32_t nfree = s->nelems - s->alloc_count;
  heap_.mallocs_.fetch_add(nfree, std::memory_order_relaxed);
  heap_.total_alloc_.fetch_add(uint64_t(nfree) * s->elemsize, std::memory_order_relaxed);
  heap_.note_alloc_bytes(int64_t(nfree) * s->elemsize);
  uint32_t i = s->next_free();
  if (i >= s->nelems) gc_fatal("gc: central span has no free object");
  void* p = reinterpret_cast<void*>(s->start + uintptr_t(i) * s->elemsize);
  if (s->needzero) std::memset(p, 0, size);
  return p;
}

// The world is stopped (or c's owner is the caller): return c's spans,
// uncounting what it did not hand out.
void GcHeap::flush_cache(GcCache& c) {
  for (GcSpan*& s : c.spans_) {
    if (!s) continue;
    uint32_t unused = s->unallocated();
    mallocs_.fetch_sub(unused, std::memory_order_relaxed);
    total_alloc_.fetch_sub(uint64_t(unused) * s->elemsize, std::memory_order_relaxed);
    heap_live_.fetch_sub(int64_t(unused) * s->elemsize, std::memory_order_relaxed);
    s->in_cache = false;
    s = nullptr;
  }
}

// ---- finding objects -----------------------------------------------------------------

void* GcHeap::find_object(const void* p) const {
  uintptr_t a = uintptr_t(p);
  if (a - arena_base_ >= arena_size_) return nullptr;
  GcSpan* s = pagemap_[PAGE_OF(a)].load(std::memory_order_acquire);
  if (!s || a < s->start || a >= s->end()) return nullptr;
  if (s->state == SpanState::Large) return reinterpret_cast<void*>(s->start);
  if (s->state != SpanState::Small) return nullptr;
  uint32_t i = s->object_index(a);
  if (i >= s->nelems || !s->allocated(i)) return nullptr;
  return reinterpret_cast<void*>(s->start + uintptr_t(i) * s->elemsize);
}

size_t GcHeap::object_size(const void* base) const {
  uintptr_t a = uintptr_t(base);
  if (a - arena_base_ >= arena_size_) return 0;
  GcSpan* s = pagemap_[PAGE_OF(a)].load(std::memory_order_acquire);
  if (!s) return 0;
  if (s->state == SpanState::Large) return size_t(s->npages) << kPageShift;
  return s->state == SpanState::Small ? s->elemsize : 0;
}

// ---- sweeping and scavenging (world stopped) --------------------------------------------

// Frees unmarked objects, rebuilds the central lists, returns empty spans
// to the page heap. Returns the bytes found live.
uint64_t GcHeap::sweep_spans() {
  for (int i = 0; i < GcCache::kNumSpanClasses; ++i) central_[i].partial = nullptr;
  PageHeap& ph = *pages_;
  std::lock_guard lk(ph.mu);
  std::vector<GcSpan*> keep;
  keep.reserve(ph.inuse.size());
  uint64_t live_bytes = 0, freed = 0;
  auto release = [&](GcSpan* s) {
    for (uint32_t i = 0; i < s->npages; ++i)
      pagemap_[PAGE_OF(s->start) + i].store(nullptr, std::memory_order_relaxed);
    ph.pages_inuse -= s->npages;
    s->dirty_pages = s->npages;
    insert_free(ph, pagemap_, arena_base_, s);
  };
  for (GcSpan* s : ph.inuse) {
    if (s->state == SpanState::Large) {
      if (s->mark_bits[0] & 1) {
        s->mark_bits[0] = 0;
        live_bytes += uint64_t(s->npages) << kPageShift;
        keep.push_back(s);
      } else {
        ++freed;
        release(s);
      }
      continue;
    }
    uint32_t nw = s->nwords();
    uint32_t allocated = 0, live = 0;
    for (uint32_t w = 0; w < nw; ++w) {
      uint64_t below = 0;  // objects below freeindex in this word
      uint32_t lo = w * 64;
      if (s->freeindex >= lo + 64) below = ~uint64_t(0);
      else if (s->freeindex > lo) below = (uint64_t(1) << (s->freeindex - lo)) - 1;
      allocated += uint32_t(std::popcount(s->alloc_bits[w] | below));
      live += uint32_t(std::popcount(s->mark_bits[w]));
    }
    freed += allocated - live;
    if (live == 0) {
      release(s);
      continue;
    }
    std::memcpy(s->alloc_bits, s->mark_bits, nw * sizeof(uint64_t));
    std::memset(s->mark_bits, 0, nw * sizeof(uint64_t));
    s->alloc_count = live;
    s->reset_cursor();
    s->needzero = true;
    s->in_cache = false;
    live_bytes += uint64_t(live) * s->elemsize;
    keep.push_back(s);
    if (live < s->nelems) {
      Central& c = central_[s->spanclass];
      s->prev = nullptr;
      s->next = c.partial;
      if (c.partial) c.partial->prev = s;
      c.partial = s;
    } else {
      s->next = s->prev = nullptr;
    }
  }
  ph.inuse.swap(keep);
  frees_.fetch_add(freed, std::memory_order_relaxed);
  return live_bytes;
}

// Keeps about 1.1x the heap goal resident: releases the largest dirty free
// spans beyond that to the OS.
void GcHeap::scavenge(bool all) {
  if (!opts_.release_memory) return;
  PageHeap& ph = *pages_;
  std::lock_guard lk(ph.mu);
  uint64_t goal = uint64_t(next_gc_.load(std::memory_order_relaxed));
  size_t keep_pages = all ? ph.pages_inuse : size_t(goal + goal / 10) >> kPageShift;
  size_t resident = ph.pages_inuse + ph.pages_dirty;
  // Hysteresis: releasing a little and faulting it back in on the next
  // cycle costs more than it saves.
  constexpr size_t kMinRelease = 64;  // pages (512 KiB)
  if (resident < keep_pages + (all ? 1 : kMinRelease)) return;
  size_t excess = resident - keep_pages;
  for (auto it = ph.free.rbegin(); it != ph.free.rend() && excess > 0; ++it) {
    GcSpan* s = *it;
    if (s->dirty_pages == 0) continue;
    // Release only what is in excess, from the span's tail (the low end
    // is what the best-fit allocator hands out next). The span's dirty
    // count stays an upper bound of its resident pages.
    size_t n = std::min<size_t>(excess, s->dirty_pages);
    if (n == s->dirty_pages) n = s->npages;  // the whole span: it reads as zero afterwards
    madvise(reinterpret_cast<void*>(s->end() - (n << kPageShift)), n << kPageShift, MADV_DONTNEED);
    size_t dropped = std::min<size_t>(n, s->dirty_pages);
    excess -= std::min(excess, dropped);
    ph.pages_dirty -= dropped;
    ph.released_bytes += dropped << kPageShift;
    s->dirty_pages -= uint32_t(dropped);
  }
}

MemStats GcHeap::stats() const {
  MemStats m;
  PageHeap& ph = *pages_;
  {
    std::lock_guard lk(ph.mu);
    m.heap_sys = ph.committed;
    m.heap_inuse = ph.pages_inuse << kPageShift;
    m.heap_idle = ph.pages_free << kPageShift;
    m.heap_released = (ph.pages_free - ph.pages_dirty) << kPageShift;
    m.sys = ph.committed + ph.meta_bytes + (ph.committed >> kPageShift) * sizeof(void*);
  }
  m.heap_alloc = uint64_t(std::max<int64_t>(0, heap_live_.load(std::memory_order_relaxed)));
  m.total_alloc = total_alloc_.load(std::memory_order_relaxed);
  m.mallocs = mallocs_.load(std::memory_order_relaxed);
  m.frees = frees_.load(std::memory_order_relaxed);
  m.num_gc = num_gc_.load(std::memory_order_relaxed);
  m.next_gc = uint64_t(next_gc_.load(std::memory_order_relaxed));
  m.pause_total_ns = pause_total_ns_.load(std::memory_order_relaxed);
  m.last_pause_ns = last_pause_ns_.load(std::memory_order_relaxed);
  m.last_gc_unix_ns = last_gc_unix_ns_.load(std::memory_order_relaxed);
  m.num_forced_gc = num_forced_gc_.load(std::memory_order_relaxed);
  return m;
}

#undef PAGE_OF

}  // namespace csp
