// The collector: precise, non-moving, stop-the-world mark-sweep, paced like
// Go's GOGC, after Go's mgc.go and mgcpacer.go (minus concurrency).
//
// Design
// ------
// Who collects. Allocation never collects: when a cache takes a new span
// and heap_live crosses the goal, it sets the "collection due" bit of the
// heap's poll word. The first mutator to reach a safepoint after that (in
// practice the allocating worker itself, a few instructions later, at its
// next backward jump or call) becomes the collector. Safepoints are the
// interpreter's TICK (backward jumps and calls), the scheduler's loop
// between goroutines, leave() (a worker going idle), and runtime.GC(). At a
// safepoint the goroutine's pc is saved and its registers are in its stack,
// so the client can enumerate them; no C++ local holds an unrooted heap
// pointer. Rejected: collecting inside alloc() as Go does (Go has stack maps
// at every call; our natives and the interpreter hold fresh objects in C++
// locals and registers between an allocation and the next store).
//
// Stopping the world. Each GcCache (one per mutator thread) has a state:
// Outside (idle worker, blocked native: must not touch the heap), Running,
// or Parked (in at_safepoint, waiting for the collection to end). The
// collector takes collector_mu_ (one stopper at a time), sets the stop bit
// of the poll word with a seq_cst RMW, then waits until no other cache is
// Running. Mutators see the bit at their next poll (one relaxed load per
// TICK) and park: state := Parked under stw_mu_, notify the collector, sleep
// on resume_cv_ until the bit clears. enter() is Dekker's protocol against
// the stopper: store Running (seq_cst), then load the poll word (seq_cst);
// the stopper RMWs the poll word, then loads each state (seq_cst). In the
// single total order one of the two sees the other: either the stopper
// waits for us, or we see the bit and park. leave() stores Outside (seq_cst)
// and, if a stop is in progress, notifies the stopper under stw_mu_ (which
// it holds while checking, so the wakeup cannot be lost). A mutator that
// wants to collect while another thread is stopping the world first marks
// itself Parked, then blocks on collector_mu_; when it gets it, it collects
// only if a collection is still due. Restart: clear the stop bit under
// stw_mu_, notify_all, release collector_mu_, and the collector re-enters
// like any mutator. Happens-before for TSan: a parked or leaving mutator's
// heap writes are released by its seq_cst state store or stw_mu_ and
// acquired by the collector's loads of the states under stw_mu_; the
// collector's writes (sweeping, flushed caches) are released by clearing
// the stop bit under stw_mu_ and acquired by the mutators' wakeup or their
// seq_cst poll load in enter().
//
// With the scheduler (vm/sched.cpp): a worker enter()s when it starts its
// loop and after every wakeup from park(), and leave()s before park() and
// when the loop ends; so idle workers never delay a collection, and a
// goroutine switch costs nothing extra. The worker polls at_safepoint()
// between goroutines (so a worker that only steals and switches still
// stops) and the interpreter polls at TICK. A native that blocks (sleep,
// I/O, a host callback waiting for another thread) leave()s around the
// blocking part and must not hold heap pointers in C++ locals across it
// unless they are in a host handle.
//
// Marking. Roots come from GcClient::visit_roots; every pointer goes
// through mark_object: page map -> span -> object index (a multiply) ->
// test-and-set of the span's mark bit; an object with pointers is pushed on
// an explicit mark stack (a vector: a million-long linked list needs one
// stack entry at a time, not a million C++ frames), and drain() hands each
// popped object to GcClient::scan_object. Marking is single-threaded: the
// other workers are parked. Rejected for now: parallel marking (needs
// atomic mark bits and work distribution; our pauses are dominated by the
// live heap, see the numbers in the unit tests) and concurrent marking
// (needs write barriers in the interpreter).
//
// Sweeping runs inside the pause too: it is per-span bit arithmetic (see
// vm/gc_alloc.cpp), so it costs microseconds per MB, not per object; the
// freed objects are zeroed lazily when reallocated.
//
// Pacing (Go's GOGC). After a collection that found `live` bytes, the next
// one is due when heap_live reaches live * (1 + GOGC/100), at least
// GcOptions::min_heap * GOGC/100 (Go's heapMinimum: 4 MiB at GOGC=100).
// GOGC comes from the environment (default 100; "off" disables collection,
// runtime.GC still collects; anything else that is not a number means
// 100, as in Go). heap_live counts whole spans handed to caches, so the trigger
// is checked once per span refill; the collector subtracts the unused parts
// when it flushes the caches.
#include <algorithm>
#include <bit>
#include <chrono>

#include "vm/gc_internal.hpp"

namespace csp {

// ---- marking -----------------------------------------------------------------

void Tracer::mark(const void* p) { heap_.mark_object(uintptr_t(p)); }

void Tracer::mark_slots(const void* slots, size_t n) {
  const uint64_t* w = static_cast<const uint64_t*>(slots);
  // Most slots are null or scalars: filter them with the arena bounds in
  // registers before the call.
  const uintptr_t base = heap_.arena_base_, size = heap_.arena_size_;
  for (size_t i = 0; i < n; ++i)
    if (uintptr_t(w[i]) - base < size) heap_.mark_object(uintptr_t(w[i]));
}

void Tracer::scan_slots(const void* slots, size_t n, const GcLayout& layout) {
  if (!layout.has_pointers() || layout.nslots() == 0) return;
  const uint64_t* w = static_cast<const uint64_t*>(slots);
  const uint32_t period = layout.nslots();
  const uint64_t* bits = layout.bits();
  for (size_t base = 0; base < n; base += period) {
    size_t m = std::min<size_t>(period, n - base);
    for (size_t word = 0; word * 64 < m; ++word) {
      uint64_t b = bits[word];
      while (b) {
        size_t j = word * 64 + size_t(std::countr_zero(b));
        b &= b - 1;
        if (j >= m) break;
        heap_.mark_object(uintptr_t(w[base + j]));
      }
    }
  }
}

void GcHeap::mark_object(uintptr_t a) {  // collector, world stopped
  if (a - arena_base_ >= arena_size_) return;
  GcSpan* s = pagemap_[(a - arena_base_) >> kPageShift].load(std::memory_order_relaxed);
  if (!s) return;
  uint32_t i = 0;
  if (s->state == SpanState::Small) {
    i = s->object_index(a);
    if (i >= s->nelems || !s->allocated(i)) return;
  } else if (s->state != SpanState::Large) {
    return;
  }
  uint64_t bit = uint64_t(1) << (i & 63);
  uint64_t& word = s->mark_bits[i >> 6];
  if (word & bit) return;
  word |= bit;
  if (s->noscan()) return;
  mark_stack_.push_back(s->start + uintptr_t(i) * s->elemsize);
}

// Objects popped from the mark stack wait in a small FIFO after a
// prefetch of their first line, so the cache miss on an object's header
// overlaps with scanning the objects before it (marking a tree is a chain
// of misses otherwise: the child just pushed is the next one popped).
void GcHeap::drain() {  // collector
  Tracer t(*this);
  constexpr size_t kAhead = 8;  // power of two
  uintptr_t ring[kAhead];
  size_t head = 0, n = 0;
  for (;;) {
    while (n < kAhead && !mark_stack_.empty()) {
      uintptr_t obj = mark_stack_.back();
      mark_stack_.pop_back();
      __builtin_prefetch(reinterpret_cast<const void*>(obj));
      ring[(head + n++) & (kAhead - 1)] = obj;
    }
    if (n == 0) break;
    uintptr_t obj = ring[head];
    head = (head + 1) & (kAhead - 1);
    --n;
    client_->scan_object(reinterpret_cast<void*>(obj), object_size(reinterpret_cast<void*>(obj)), t);
  }
}

// ---- pacing -------------------------------------------------------------------------

void GcHeap::set_goal(uint64_t marked) {
  last_marked_.store(marked, std::memory_order_relaxed);
  int pct = gc_percent_.load(std::memory_order_relaxed);
  int64_t goal = INT64_MAX;
  if (pct >= 0) {
    goal = int64_t(marked + marked / 100 * uint64_t(pct));
    // Go's heapMinimum scales with GOGC too.
    goal = std::max<int64_t>(goal, int64_t(opts_.min_heap / 100 * uint64_t(pct)));
  }
  next_gc_.store(goal, std::memory_order_relaxed);
}

int GcHeap::set_gc_percent(int percent) {
  if (percent < 0) percent = -1;
  int old = gc_percent_.exchange(percent, std::memory_order_relaxed);
  set_goal(last_marked_.load(std::memory_order_relaxed));
  note_alloc_bytes(0);  // due already under the new goal?
  return old;
}

// ---- the collection -------------------------------------------------------------------

void GcHeap::run_collection() {  // world stopped, collector_mu_ held
  // Without a client nothing is known to be reachable: never sweep.
  if (!client_) return;
  auto t0 = std::chrono::steady_clock::now();
  {
    std::lock_guard lk(caches_mu_);
    for (auto& c : caches_) flush_cache(*c);
  }
  {
    Tracer t(*this);
    client_->visit_roots(t);
    drain();
  }
  uint64_t live = sweep_spans();
  heap_live_.store(int64_t(live), std::memory_order_relaxed);
  set_goal(live);
  poll_.fetch_and(~kGcDue, std::memory_order_seq_cst);
  scavenge();
  uint64_t n = num_gc_.fetch_add(1, std::memory_order_relaxed);
  uint64_t ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::steady_clock::now() - t0)
                             .count());
  uint64_t end = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count());
  last_pause_ns_.store(ns, std::memory_order_relaxed);
  pause_total_ns_.fetch_add(ns, std::memory_order_relaxed);
  last_gc_unix_ns_.store(end, std::memory_order_relaxed);
  pause_ns_[n % 256] = ns;
  pause_end_[n % 256] = end;
  if (mark_stack_.capacity() > (size_t(1) << 16)) std::vector<uintptr_t>().swap(mark_stack_);
}

void GcHeap::collect(GcCache* self) {  // any mutator (self) or outside thread (null)
  stop_the_world(self);
  if (client_) num_forced_gc_.fetch_add(1, std::memory_order_relaxed);
  run_collection();
  start_the_world(self);
}

void GcHeap::free_os_memory(GcCache* self) {
  stop_the_world(self);
  if (client_) num_forced_gc_.fetch_add(1, std::memory_order_relaxed);
  run_collection();
  scavenge(true);
  start_the_world(self);
}

void GcHeap::with_world_stopped(GcCache* self, const std::function<void()>& f) {
  stop_the_world(self);
  f();
  start_the_world(self);
}

MemStats GcHeap::read_mem_stats(GcCache* self) {
  MemStats m;
  with_world_stopped(self, [&] { m = mem_stats_stopped(); });
  return m;
}

MemStats GcHeap::mem_stats_stopped() {
  {
    std::lock_guard lk(caches_mu_);
    for (auto& c : caches_) flush_cache(*c);
  }
  MemStats m = stats();
  std::copy(std::begin(pause_ns_), std::end(pause_ns_), m.pause_ns);
  std::copy(std::begin(pause_end_), std::end(pause_end_), m.pause_end);
  return m;
}

// ---- stopping the world -----------------------------------------------------------------

void GcHeap::enter(GcCache& c) {  // c's owner
  for (;;) {
    // seq_cst: Dekker with the stopper's RMW of poll_ and its state loads.
    c.state_.store(GcCache::kRunning, std::memory_order_seq_cst);
    if (!(poll_.load(std::memory_order_seq_cst) & kStop)) return;
    park_stopped(c);
  }
}

void GcHeap::leave(GcCache& c) {  // c's owner, at a safepoint
  uint32_t p = poll_.load(std::memory_order_relaxed);
  if (p & kGcDue && !(p & kStop)) safepoint_slow(c);
  // seq_cst: pairs with the stopper's RMW of poll_ (see enter).
  c.state_.store(GcCache::kOutside, std::memory_order_seq_cst);
  if (poll_.load(std::memory_order_seq_cst) & kStop) {
    std::lock_guard lk(stw_mu_);
    stopped_cv_.notify_all();
  }
}

void GcHeap::safepoint_slow(GcCache& c) {  // c's owner, Running
  uint32_t p = poll_.load(std::memory_order_acquire);
  if (p & kStop) {
    park_stopped(c);
    enter(c);
    return;
  }
  if (p & kGcDue) {
    stop_the_world(&c);
    // Another thread may have collected while we waited for collector_mu_.
    if (poll_.load(std::memory_order_relaxed) & kGcDue) run_collection();
    start_the_world(&c);
  }
}

// Parks c until the stop bit is clear. Leaves c Parked; the caller
// re-enters.
void GcHeap::park_stopped(GcCache& c) {  // c's owner
  std::unique_lock lk(stw_mu_);
  c.state_.store(GcCache::kParked, std::memory_order_seq_cst);
  stopped_cv_.notify_all();
  resume_cv_.wait(lk, [&] { return !(poll_.load(std::memory_order_relaxed) & kStop); });
}

// Returns with every cache but self not Running, collector_mu_ held and
// the stop bit set.
void GcHeap::stop_the_world(GcCache* self) {
  if (self) {
    std::lock_guard lk(stw_mu_);
    self->state_.store(GcCache::kParked, std::memory_order_seq_cst);
    stopped_cv_.notify_all();
  }
  collector_mu_.lock();
  poll_.fetch_or(kStop, std::memory_order_seq_cst);
  std::unique_lock lk(stw_mu_);
  stopped_cv_.wait(lk, [&] {
    std::lock_guard ck(caches_mu_);
    for (auto& c : caches_)
      if (c.get() != self && c->state_.load(std::memory_order_seq_cst) == GcCache::kRunning)
        return false;
    return true;
  });
}

void GcHeap::start_the_world(GcCache* self) {
  {
    std::lock_guard lk(stw_mu_);
    poll_.fetch_and(~kStop, std::memory_order_seq_cst);
  }
  resume_cv_.notify_all();
  collector_mu_.unlock();
  if (self) enter(*self);
}

}  // namespace csp
