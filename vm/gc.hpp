// The memory manager: a size-classed, non-moving allocator with per-worker
// caches and a precise, stop-the-world mark-sweep collector.
//
// The design essays are in vm/gc_alloc.cpp (allocator: pages, spans, size
// classes, the page map, caches, returning memory to the OS) and vm/gc.cpp
// (collector: roots, precise scanning, pacing, stopping the world). This
// header is the whole interface the VM uses.
//
// The module knows nothing about the VM's object kinds. The VM describes
// its objects through a GcClient: `visit_roots` marks every root slot and
// `scan_object` marks the pointer slots of one heap object (a switch on the
// object's header kind; boxes and arrays hand their slots to
// Tracer::scan_slots with their immutable GcLayout). At allocation the VM says
// whether an object can contain pointers at all (`noscan`); pointer-free
// objects (strings, []byte, boxes of scalars) live in separate spans and
// are never scanned, so marking them touches only the span's mark bits.
//
// Threads: each mutator thread (a scheduler worker, the host thread) owns
// one GcCache. Allocation through a cache takes no lock on the fast path. A
// collection only happens at a safepoint (at_safepoint, collect, leave), never
// inside alloc(): the interpreter's registers need not be saved at
// allocations, and a native holding fresh objects in C++ locals is safe as
// long as it does not pass a safepoint.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace csp {

class GcHeap;
class GcCache;
struct GcSpan;

// Which slots of a run of 8-byte slots hold heap pointers: a struct's
// flattened fields, or one element of an array. Immutable once built; the
// compiler creates one per type (from pointer_slots() in vm/layout.hpp)
// and keeps it alive as long as the heap.
class GcLayout {
 public:
  // ptr[i]: slot i holds a pointer (string, pointer, slice, map, chan, func,
  // interface, or the box of a nested aggregate when it is not flattened).
  explicit GcLayout(const std::vector<bool>& ptr);
  uint32_t nslots() const { return nslots_; }
  bool has_pointers() const { return has_pointers_; }
  bool is_pointer(uint32_t i) const { return (bits_[i >> 6] >> (i & 63)) & 1; }
  const uint64_t* bits() const { return bits_.data(); }

 private:
  uint32_t nslots_;
  bool has_pointers_;
  std::vector<uint64_t> bits_;
};

// Handed to the client while marking. Only the collecting thread uses it.
class Tracer {
 public:
  // Marks the object that p points into (p may be an interior pointer).
  // Null, pointers outside the heap (static strings, C++ objects) and
  // pointers into free memory are ignored.
  void mark(const void* p);
  // Marks n slots that all hold pointers.
  void mark_slots(const void* slots, size_t n);
  // Marks the pointer slots among n slots described by `layout`, repeated
  // every layout.nslots() slots (an array of structs); n need not be a
  // multiple (a slice of a backing array).
  void scan_slots(const void* slots, size_t n, const GcLayout& layout);

 private:
  friend class GcHeap;
  explicit Tracer(GcHeap& h) : heap_(h) {}
  GcHeap& heap_;
};

// Implemented by the VM.
class GcClient {
 public:
  virtual ~GcClient() = default;
  // Marks every root: goroutine stacks (the live registers of every frame),
  // globals, channel buffers and parked senders' values, pending timers,
  // host handles, constants that point into the heap.
  virtual void visit_roots(Tracer& t) = 0;
  // Marks the pointer slots of the object at `obj` (the start of an object
  // allocated with noscan == false; `size` is the size it was allocated
  // with rounded up to its size class).
  virtual void scan_object(void* obj, size_t size, Tracer& t) = 0;
};

// runtime.MemStats, the fields the VM reports.
struct MemStats {
  uint64_t heap_alloc = 0;     // bytes of allocated objects (live + not yet swept)
  uint64_t total_alloc = 0;    // cumulative bytes allocated
  uint64_t sys = 0;            // bytes obtained from the OS (committed arena + metadata)
  uint64_t heap_sys = 0;       // committed arena bytes
  uint64_t heap_inuse = 0;     // bytes in in-use spans
  uint64_t heap_idle = 0;      // bytes in free spans
  uint64_t heap_released = 0;  // bytes of free spans returned to the OS
  uint64_t mallocs = 0;
  uint64_t frees = 0;
  uint64_t num_gc = 0;
  uint64_t next_gc = 0;        // heap goal
  uint64_t pause_total_ns = 0;
  uint64_t last_pause_ns = 0;
  uint64_t last_gc_unix_ns = 0;  // when the last collection ended (0: never)
  uint64_t num_forced_gc = 0;    // collections run by collect() (runtime.GC)
  // The last 256 pauses and their end times (unix ns), Go's circular
  // buffers: the most recent is at [(num_gc + 255) % 256].
  uint64_t pause_ns[256] = {};
  uint64_t pause_end[256] = {};
};

struct GcOptions {
  // Virtual address space reserved for the heap (never committed up front).
  size_t arena_bytes = size_t(64) << 30;
  // GOGC: -1 = off; kFromEnv reads the GOGC environment variable (default 100).
  static constexpr int kFromEnv = -2;
  int gc_percent = kFromEnv;
  size_t min_heap = size_t(4) << 20;  // Go's heapminimum: first goal
  bool release_memory = true;         // madvise free spans back to the OS
};

class GcHeap {
 public:
  static constexpr size_t kPageShift = 13;
  static constexpr size_t kPageSize = size_t(1) << kPageShift;  // 8 KiB
  static constexpr size_t kMaxSmall = 32768;  // larger objects get their own span

  // `client` may be null only if nothing will ever be collected.
  explicit GcHeap(GcClient* client, GcOptions opts = {});
  ~GcHeap();  // returns all memory to the OS; every cache dies with it
  GcHeap(const GcHeap&) = delete;
  GcHeap& operator=(const GcHeap&) = delete;

  void set_client(GcClient* c) { client_ = c; }

  // A new cache for one mutator thread (worker or host), owned by the heap.
  // It starts outside the mutator set: call enter() before allocating
  // while other threads may collect.
  GcCache* new_cache();

  // ---- objects ----
  // The start of the allocated object containing p, or nullptr when p is
  // not inside an allocated object of this heap. O(1). Safe from the
  // collector (world stopped) or from a thread whose own allocations it
  // asks about; racing with other threads' allocation it may answer
  // nullptr for an object being allocated right now.
  void* find_object(const void* p) const;
  // The usable size of the object starting at `base` (its size class).
  size_t object_size(const void* base) const;
  bool contains(const void* p) const {
    return uintptr_t(p) - arena_base_ < arena_size_;
  }

  // ---- the world ----
  // The mutator protocol. A thread in the mutator set ("running") may
  // allocate and touch heap objects; a collection waits until every
  // running thread has parked in at_safepoint(). A thread outside the set
  // (an idle worker, a worker blocked in a native) does not block a
  // collection and must not touch the heap.
  void enter(GcCache& c);  // join the set; waits if the world is stopped
  void leave(GcCache& c);  // leave it; runs a pending collection first
  // The poll: one relaxed load when nothing is pending. Parks the caller
  // while another thread collects, or collects when a collection is due
  // (the heap reached its goal). The caller's roots must be visible to
  // the client (registers saved).
  void at_safepoint(GcCache& c) {
    if (__builtin_expect(poll_.load(std::memory_order_relaxed) != 0, 0)) safepoint_slow(c);
  }
  bool poll_pending() const { return poll_.load(std::memory_order_relaxed) != 0; }
  // runtime.GC(): a full collection, now. `self` is the caller's cache if
  // the caller is in the mutator set (it counts as stopped meanwhile), or
  // null from outside (host, tests).
  void collect(GcCache* self);
  // debug.FreeOSMemory(): a full collection, then every free page goes
  // back to the OS. Same `self` rule.
  void free_os_memory(GcCache* self);
  // Stops the world, runs f, restarts it (for ReadMemStats, goroutine
  // dumps). Same `self` rule as collect().
  void with_world_stopped(GcCache* self, const std::function<void()>& f);

  // ---- pacing and statistics ----
  // GOGC: percent, or -1 for off. Returns the previous value
  // (debug.SetGCPercent).
  int set_gc_percent(int percent);
  int gc_percent() const { return gc_percent_.load(std::memory_order_relaxed); }
  // Cheap, approximate (caches' unused space counts as allocated).
  MemStats stats() const;
  // Collections completed so far (sync.Pool ages its contents by it).
  uint64_t num_gc() const { return num_gc_.load(std::memory_order_relaxed); }
  // Exact, as runtime.ReadMemStats: stops the world. Same `self` rule.
  MemStats read_mem_stats(GcCache* self);
  // The same, for a caller that has stopped the world itself
  // (with_world_stopped) to read its own numbers consistently.
  MemStats mem_stats_stopped();

 // Defined in vm/gc_internal.hpp.
  struct PageHeap;
  struct Central;

 private:
  friend class GcCache;
  friend class Tracer;

  // alloc
  GcSpan* alloc_span(size_t npages, int spanclass, bool large);  // heap lock
  GcSpan* central_take(int spanclass);
  void* alloc_large(GcCache& c, size_t size, bool noscan);
  void note_alloc_bytes(int64_t bytes);  // pacing check after heap_live grows
  void flush_cache(GcCache& c);          // world stopped
  // collect
  void safepoint_slow(GcCache& c);
  void park_stopped(GcCache& c);
  void stop_the_world(GcCache* self);
  void start_the_world(GcCache* self);
  void run_collection();  // world stopped
  void mark_object(uintptr_t a);
  void drain();
  uint64_t sweep_spans();  // returns the bytes found live
  void scavenge(bool all = false);  // all: release every free page
  void set_goal(uint64_t marked);

  GcClient* client_;
  GcOptions opts_;
  uintptr_t arena_base_ = 0;
  size_t arena_size_ = 0;
  std::atomic<GcSpan*>* pagemap_ = nullptr;  // span of every page of an in-use span
  std::unique_ptr<PageHeap> pages_;
  std::unique_ptr<Central[]> central_;

  // Caches, registered for the collector; guarded by caches_mu_.
  std::mutex caches_mu_;
  std::vector<std::unique_ptr<GcCache>> caches_;

  // Poll word (bit 0: stop requested; bit 1: collection due). Written with
  // seq_cst RMWs; see vm/gc.cpp "Stopping the world".
  static constexpr uint32_t kStop = 1, kGcDue = 2;
  std::atomic<uint32_t> poll_{0};
  std::mutex collector_mu_;  // held by the one thread stopping the world
  std::mutex stw_mu_;        // guards the sleeps below
  std::condition_variable stopped_cv_;  // the stopper waits for mutators to park
  std::condition_variable resume_cv_;   // parked mutators wait for the restart

  // Pacing. heap_live_: bytes handed to caches (whole spans) and large
  // objects since the last collection plus the bytes it found live.
  std::atomic<int64_t> heap_live_{0};
  std::atomic<int64_t> next_gc_{0};
  std::atomic<uint64_t> last_marked_{0};  // live bytes found by the last collection
  std::atomic<int> gc_percent_{100};
  // Counters; updated on slow paths with relaxed RMWs.
  std::atomic<uint64_t> total_alloc_{0}, mallocs_{0}, frees_{0}, num_gc_{0};
  std::atomic<uint64_t> pause_total_ns_{0}, last_pause_ns_{0}, last_gc_unix_ns_{0};
  std::atomic<uint64_t> num_forced_gc_{0};
  uint64_t pause_ns_[256] = {}, pause_end_[256] = {};  // written with the world stopped

  std::vector<uintptr_t> mark_stack_;  // collector only
};

// Per-thread allocation state (Go's mcache). Owned by one thread; the
// collector touches it only while that thread is stopped or outside.
class GcCache {
 public:
  // Zeroed memory of at least `size` bytes, 8-aligned (16-aligned for
  // sizes >= 16). noscan: the object never holds heap pointers, so the
  // collector will not scan it. Never collects (see the header comment);
  // may set the "collection due" flag for the next safepoint.
  void* alloc(size_t size, bool noscan);
  GcHeap& heap() { return heap_; }

 private:
  friend class GcHeap;
  explicit GcCache(GcHeap& h) : heap_(h) {}
  void* refill_and_alloc(int spanclass, size_t size);

  GcHeap& heap_;
  static constexpr int kNumSpanClasses = 2 * 72;  // 2 * kMaxClasses
  GcSpan* spans_[kNumSpanClasses] = {};  // current span per (class, noscan)
  // The mutator protocol state; see vm/gc.cpp.
  enum : uint32_t { kOutside, kRunning, kParked };
  std::atomic<uint32_t> state_{kOutside};
};

}  // namespace csp
