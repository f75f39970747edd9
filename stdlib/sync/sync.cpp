// sync natives: where the Go code of package sync (stdlib/sync/*.go) needs
// the scheduler. Parking natives return NativeStatus::Park with the
// goroutine queued in the VM's SemaTable (vm/sema.hpp); the interpreter
// then returns to the scheduler without touching it, and the goroutine goes
// on after the call once readied, with any result written into its
// registers by the waker.
#include "stdlib/sync/sync.hpp"

#include <thread>

#include "stdlib/native_util.hpp"
#include "vm/sched.hpp"
#include "vm/sema.hpp"
#include "vm/timers.hpp"
#include "vm/cpu_relax.hpp"

namespace csp {

namespace {

constexpr const char* kNilDeref = "runtime error: invalid memory address or nil pointer dereference";

inline Slot* slot_arg(NativeCall& c, uint32_t k) { return static_cast<Slot*>(c.args[k].p); }

// semacquire(s *uint32, lifo bool) bool: see sema.go. When parked, the
// result slot (args[0]) is written by the releaser.
NativeStatus semacquire(NativeCall& c) {
  Slot* s = slot_arg(c, 0);
  if (!s) return panic_with(c, kNilDeref);
  bool lifo = c.args[1].i != 0;
  if (c.vm->sema().acquire(c.g, s, lifo, WaitReason::Semacquire, &c.args[0]) ==
      SemaStatus::Parked) {
    c.vm->scheduler().stress_pause(*c.w);  // g may run elsewhere meanwhile: leave c.args alone
    return NativeStatus::Park;
  }
  return ret_bool(c, true);
}

// runtime_Semrelease(s *uint32, handoff bool, skipframes int). A handoff
// yields so the woken goroutine (in this worker's runnext) runs now, as
// Go's semrelease does with goyield.
NativeStatus semrelease(NativeCall& c) {
  Slot* s = slot_arg(c, 0);
  if (!s) return panic_with(c, kNilDeref);
  bool handoff = c.args[1].i != 0;
  if (c.vm->sema().release(*c.w, s, handoff)) return NativeStatus::Yield;
  return NativeStatus::Ok;
}

// notifyListWait(l *notifyList, t uint32)
NativeStatus notify_list_wait(NativeCall& c) {
  Slot* l = slot_arg(c, 0);
  if (!l) return panic_with(c, kNilDeref);
  auto t = static_cast<uint32_t>(c.args[1].u);
  if (c.vm->sema().notify_wait(c.g, l, t) == SemaStatus::Parked) {
    c.vm->scheduler().stress_pause(*c.w);  // g may run elsewhere meanwhile
    return NativeStatus::Park;
  }
  return NativeStatus::Ok;
}

NativeStatus notify_list_notify_one(NativeCall& c) {
  Slot* l = slot_arg(c, 0);
  if (!l) return panic_with(c, kNilDeref);
  c.vm->sema().notify_one(*c.w, l);
  return NativeStatus::Ok;
}

NativeStatus notify_list_notify_all(NativeCall& c) {
  Slot* l = slot_arg(c, 0);
  if (!l) return panic_with(c, kNilDeref);
  c.vm->sema().notify_all(*c.w, l);
  return NativeStatus::Ok;
}

// Spinning pays only while the holder may be running on another worker:
// on a multicore machine, with another worker running goroutines (Go's
// test), and only a few times before parking. Go also refuses to spin while
// its own P has goroutines queued; csp spins anyway. A csp goroutine that
// parks instead goes through lockSlow's bytecode and the semaphore table,
// and the goroutine it switches to is most often a waiter woken by an
// earlier Unlock (in runnext) that tries the same lock, fails and parks in
// turn; the few spins (about a microsecond each) let the holder finish.
// With 8 goroutines on 2 workers (tests/bench/mutex.go) parking rather
// than spinning made csp 1.7x slower than Go; spinning brings it to Go's
// time.
constexpr int kActiveSpin = 4;
constexpr int kActiveSpinPauses = 30;

NativeStatus can_spin(NativeCall& c) {
  static const unsigned ncpu = std::thread::hardware_concurrency();
  bool ok = c.args[0].i < kActiveSpin && ncpu > 1 && c.vm->scheduler().others_running();
  return ret_bool(c, ok);
}

NativeStatus do_spin(NativeCall&) {
  for (int k = 0; k < kActiveSpinPauses; ++k) cpu_relax();
  return NativeStatus::Ok;
}

NativeStatus runtime_nanotime(NativeCall& c) { return ret_int(c, nanotime()); }

NativeStatus fatal(NativeCall& c) {
  c.vm->fatal_error(c.g, str_arg(c, 0));
  return NativeStatus::Ok;  // the interpreter sees the program exiting
}

// copyCheck(c *copyChecker) bool: the checker holds its own address once
// used (the first check stores it); a copy holds its original's.
NativeStatus copy_check(NativeCall& c) {
  Slot* p = slot_arg(c, 0);
  if (!p) return panic_with(c, kNilDeref);
  auto self = reinterpret_cast<uint64_t>(p);
  uint64_t v = __atomic_load_n(&p->u, __ATOMIC_SEQ_CST);
  if (v == self) return ret_bool(c, true);
  uint64_t zero = 0;
  if (__atomic_compare_exchange_n(&p->u, &zero, self, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
    return ret_bool(c, true);
  return ret_bool(c, zero == self);  // another check stored it first
}

NativeStatus proc_pin(NativeCall& c) { return ret_int(c, c.w->id); }
NativeStatus procs(NativeCall& c) { return ret_int(c, c.vm->procs()); }
NativeStatus gc_cycles(NativeCall& c) {
  return ret_int(c, static_cast<int64_t>(c.vm->heap_of(*c.w).cache->heap().num_gc()));
}

// sync.Map's entry pointers: one slot each, moved atomically.
NativeStatus load_ptr(NativeCall& c) {
  Slot* p = slot_arg(c, 0);
  if (!p) return panic_with(c, kNilDeref);
  c.args[0].u = __atomic_load_n(&p->u, __ATOMIC_SEQ_CST);
  return NativeStatus::Ok;
}
NativeStatus store_ptr(NativeCall& c) {
  Slot* p = slot_arg(c, 0);
  if (!p) return panic_with(c, kNilDeref);
  __atomic_store_n(&p->u, c.args[1].u, __ATOMIC_SEQ_CST);
  return NativeStatus::Ok;
}
NativeStatus swap_ptr(NativeCall& c) {
  Slot* p = slot_arg(c, 0);
  if (!p) return panic_with(c, kNilDeref);
  c.args[0].u = __atomic_exchange_n(&p->u, c.args[1].u, __ATOMIC_SEQ_CST);
  return NativeStatus::Ok;
}
NativeStatus cas_ptr(NativeCall& c) {
  Slot* p = slot_arg(c, 0);
  if (!p) return panic_with(c, kNilDeref);
  uint64_t expected = c.args[1].u;
  return ret_bool(c, __atomic_compare_exchange_n(&p->u, &expected, c.args[2].u, false,
                                                 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
}

constexpr NativeDef kSyncNatives[] = {
    {"sync.semacquire", semacquire},
    {"sync.runtime_Semrelease", semrelease},
    {"sync.notifyListWait", notify_list_wait},
    {"sync.runtime_notifyListNotifyOne", notify_list_notify_one},
    {"sync.runtime_notifyListNotifyAll", notify_list_notify_all},
    {"sync.runtime_canSpin", can_spin},
    {"sync.runtime_doSpin", do_spin},
    {"sync.runtime_nanotime", runtime_nanotime},
    {"sync.fatal", fatal},
    {"sync.throw", fatal},
    {"sync.copyCheck", copy_check},
    {"sync.runtime_procPin", proc_pin},
    {"sync.runtime_procs", procs},
    {"sync.runtime_gcCycles", gc_cycles},
    {"sync.loadPtr", load_ptr},
    {"sync.storePtr", store_ptr},
    {"sync.swapPtr", swap_ptr},
    {"sync.casPtr", cas_ptr},
};

}  // namespace

const NativeTable sync_natives = kSyncNatives;

}  // namespace csp
