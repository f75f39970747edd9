// runtime/debug natives: thin wrappers over the collector (vm/gc.hpp).
#include "stdlib/debug/debug.hpp"

#include "stdlib/native_util.hpp"
#include "vm/sched.hpp"

namespace csp {

namespace {

GcHeap& gc_of(NativeCall& c) { return c.vm->heap_of(*c.w).cache->heap(); }

NativeStatus debug_set_gc_percent(NativeCall& c) {
  int64_t p = int_arg(c, 0);
  int pct = p < 0 ? -1 : p > INT32_MAX ? INT32_MAX : int(p);
  return ret_int(c, gc_of(c).set_gc_percent(pct));
}

NativeStatus debug_free_os_memory(NativeCall& c) {
  gc_of(c).free_os_memory(c.w->gc_cache);
  return NativeStatus::Ok;
}

constexpr NativeDef kDebugNatives[] = {
    {"runtime/debug.FreeOSMemory", debug_free_os_memory},
    {"runtime/debug.SetGCPercent", debug_set_gc_percent},
};

}  // namespace

const NativeTable debug_natives = kDebugNatives;

}  // namespace csp
