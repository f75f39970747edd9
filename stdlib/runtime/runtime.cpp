// runtime natives. GC and ReadMemStats stop the world through the calling
// worker's own allocation cache (it counts as stopped meanwhile); a native
// call is a safe point, since the interpreter keeps every register in the
// goroutine's stack.
#include "stdlib/runtime/runtime.hpp"

#include <sched.h>

#include <algorithm>
#include <climits>
#include <thread>

#include "stdlib/native_util.hpp"
#include "vm/goroutine.hpp"
#include "vm/sched.hpp"

namespace csp {

namespace {

Slot slot_u(uint64_t v) {
  Slot s;
  s.u = v;
  return s;
}

GcHeap& gc_of(NativeCall& c) { return c.vm->heap_of(*c.w).cache->heap(); }

NativeStatus runtime_gc(NativeCall& c) {
  gc_of(c).collect(c.w->gc_cache);
  return NativeStatus::Ok;
}

// readMemStats(raw *[16]uint64, pauseNs, pauseEnd *[256]uint64): see
// runtime.go for the order.
NativeStatus runtime_read_mem_stats(NativeCall& c) {
  // Goroutine stacks are outside the collected heap (malloc'd slot arrays);
  // with the world stopped no goroutine is growing its own.
  MemStats m;
  uint64_t stacks = 0;
  GcHeap& gc = gc_of(c);
  gc.with_world_stopped(c.w->gc_cache, [&] {
    m = gc.mem_stats_stopped();
    c.vm->scheduler().for_each_g([&](G* g) {
      stacks += uint64_t(g->stack_size) * sizeof(Slot) + uint64_t(g->frames_cap) * sizeof(Frame);
    });
  });
  const uint64_t raw[16] = {
      m.heap_alloc,     m.total_alloc,  m.sys + stacks, m.mallocs,         m.frees,
      m.heap_sys,       m.heap_idle,    m.heap_inuse,   m.heap_released,   stacks,
      m.sys - m.heap_sys, m.next_gc,    m.last_gc_unix_ns, m.pause_total_ns, m.num_gc,
      m.num_forced_gc,
  };
  auto* out = static_cast<Slot*>(c.args[0].p);
  auto* pause_ns = static_cast<Slot*>(c.args[1].p);
  auto* pause_end = static_cast<Slot*>(c.args[2].p);
  for (int k = 0; k < 16; ++k) elem_store(&out[k], slot_u(raw[k]));
  for (int k = 0; k < 256; ++k) {
    elem_store(&pause_ns[k], slot_u(m.pause_ns[k]));
    elem_store(&pause_end[k], slot_u(m.pause_end[k]));
  }
  return NativeStatus::Ok;
}

NativeStatus runtime_num_goroutine(NativeCall& c) {
  return ret_int(c, c.vm->scheduler().num_goroutines());
}

// Go counts the CPUs in the process's affinity mask.
NativeStatus runtime_num_cpu(NativeCall& c) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return ret_int(c, CPU_COUNT(&set));
  unsigned n = std::thread::hardware_concurrency();
  return ret_int(c, n ? n : 1);
}

// GOMAXPROCS(n): n < 1 only reports. Go stops the world to change it; the
// scheduler needs no stop (vm/sched.cpp, "GOMAXPROCS"). A caller whose own
// worker is no longer among the active ones yields, so the worker can
// retire at once instead of at the end of the time slice.
NativeStatus runtime_gomaxprocs(NativeCall& c) {
  Scheduler& s = c.vm->scheduler();
  int64_t n = c.args[0].i;
  if (n < 1) return ret_int(c, s.procs());
  int prev = s.set_procs(n > INT32_MAX ? INT32_MAX : int(n));
  ret_int(c, prev);
  return c.w->id >= std::min(s.procs(), kMaxWorkers) ? NativeStatus::Yield : NativeStatus::Ok;
}

NativeStatus runtime_gosched(NativeCall&) { return NativeStatus::Yield; }

// The interpreter does the work (vm/goexit.cpp).
NativeStatus runtime_goexit(NativeCall&) { return NativeStatus::Goexit; }

NativeStatus runtime_version(NativeCall& c) { return ret_str(c, "go1.22"); }

constexpr NativeDef kRuntimeNatives[] = {
    {"runtime.GC", runtime_gc},
    {"runtime.GOMAXPROCS", runtime_gomaxprocs},
    {"runtime.Goexit", runtime_goexit},
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumCPU", runtime_num_cpu},
    {"runtime.NumGoroutine", runtime_num_goroutine},
    {"runtime.Version", runtime_version},
    {"runtime.readMemStats", runtime_read_mem_stats},
};

}  // namespace

const NativeTable runtime_natives = kRuntimeNatives;

}  // namespace csp
