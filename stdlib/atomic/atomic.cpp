// sync/atomic natives: sequentially consistent operations on the slot a
// pointer refers to.
//
// A pointer is an interior pointer to one 8-byte slot (a cell, a field, an
// element; never a packed byte, since no operation here takes a *byte). A
// slot of a sized integer holds the value sign- or zero-extended to 64
// bits, and the interpreter relies on that (it compares and prints the
// slot as is), so every write here keeps it: 64-bit values use the
// processor's own add and exchange; 32-bit adds, which can wrap, are a
// compare-and-swap loop that stores the re-extended sum. Loads, stores,
// swaps and compare-and-swaps of 32-bit values need nothing special: their
// operands come from registers, already extended, so the slots compare
// equal exactly when the 32-bit values do.
//
// Every operation is __ATOMIC_SEQ_CST (Go's memory model makes atomics
// sequentially consistent); the interpreter's own heap accesses are
// relaxed atomics on the same words, so a racing plain access is never torn.
#include "stdlib/atomic/atomic.hpp"

#include "lang/types.hpp"
#include "stdlib/native_util.hpp"

namespace csp {

namespace {

constexpr const char* kNilDeref = "runtime error: invalid memory address or nil pointer dereference";
constexpr int kSC = __ATOMIC_SEQ_CST;

inline Slot* addr_arg(NativeCall& c) { return static_cast<Slot*>(c.args[0].p); }

inline int64_t sext32(uint64_t v) { return static_cast<int32_t>(static_cast<uint32_t>(v)); }
inline int64_t zext32(uint64_t v) { return static_cast<uint32_t>(v); }

NativeStatus load(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  c.args[0].u = __atomic_load_n(&p->u, kSC);
  return NativeStatus::Ok;
}

NativeStatus store(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  __atomic_store_n(&p->u, c.args[1].u, kSC);
  return NativeStatus::Ok;
}

NativeStatus swap(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  c.args[0].u = __atomic_exchange_n(&p->u, c.args[1].u, kSC);
  return NativeStatus::Ok;
}

NativeStatus cas(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  uint64_t expected = c.args[1].u;
  bool ok = __atomic_compare_exchange_n(&p->u, &expected, c.args[2].u, false, kSC, kSC);
  return ret_bool(c, ok);
}

NativeStatus add64(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  c.args[0].u = __atomic_add_fetch(&p->u, c.args[1].u, kSC);
  return NativeStatus::Ok;
}

// A 32-bit add: the 64-bit sum may leave the 32-bit range, so the stored
// value is re-extended (ext) and installed by compare-and-swap.
template <int64_t (*ext)(uint64_t)>
NativeStatus add32(NativeCall& c) {
  Slot* p = addr_arg(c);
  if (!p) return panic_with(c, kNilDeref);
  uint64_t delta = c.args[1].u;
  uint64_t old = __atomic_load_n(&p->u, __ATOMIC_RELAXED);
  uint64_t sum;
  do {
    sum = static_cast<uint64_t>(ext(old + delta));
  } while (!__atomic_compare_exchange_n(&p->u, &old, sum, true, kSC, __ATOMIC_RELAXED));
  c.args[0].u = sum;
  return NativeStatus::Ok;
}

// ---- atomic.Value's interface word ----------------------------------------
// An interface slot holds a pointer to an immutable Iface box (nullptr is
// nil); these move that pointer. casAny compares box identity, not values.

NativeStatus load_any(NativeCall& c) { return load(c); }
NativeStatus store_any(NativeCall& c) { return store(c); }
NativeStatus swap_any(NativeCall& c) { return swap(c); }
NativeStatus cas_any(NativeCall& c) { return cas(c); }

NativeStatus same_type(NativeCall& c) {
  auto* a = static_cast<const Iface*>(c.args[0].p);
  auto* b = static_cast<const Iface*>(c.args[1].p);
  if (!a || !b) return ret_bool(c, a == b);
  return ret_bool(c, a->type == b->type || identical(a->type, b->type));
}

constexpr NativeDef kAtomicNatives[] = {
    {"sync/atomic.SwapInt32", swap},
    {"sync/atomic.SwapInt64", swap},
    {"sync/atomic.SwapUint32", swap},
    {"sync/atomic.SwapUint64", swap},
    {"sync/atomic.SwapUintptr", swap},
    {"sync/atomic.CompareAndSwapInt32", cas},
    {"sync/atomic.CompareAndSwapInt64", cas},
    {"sync/atomic.CompareAndSwapUint32", cas},
    {"sync/atomic.CompareAndSwapUint64", cas},
    {"sync/atomic.CompareAndSwapUintptr", cas},
    {"sync/atomic.AddInt32", add32<sext32>},
    {"sync/atomic.AddUint32", add32<zext32>},
    {"sync/atomic.AddInt64", add64},
    {"sync/atomic.AddUint64", add64},
    {"sync/atomic.AddUintptr", add64},
    {"sync/atomic.LoadInt32", load},
    {"sync/atomic.LoadInt64", load},
    {"sync/atomic.LoadUint32", load},
    {"sync/atomic.LoadUint64", load},
    {"sync/atomic.LoadUintptr", load},
    {"sync/atomic.StoreInt32", store},
    {"sync/atomic.StoreInt64", store},
    {"sync/atomic.StoreUint32", store},
    {"sync/atomic.StoreUint64", store},
    {"sync/atomic.StoreUintptr", store},
    {"sync/atomic.loadAny", load_any},
    {"sync/atomic.storeAny", store_any},
    {"sync/atomic.swapAny", swap_any},
    {"sync/atomic.casAny", cas_any},
    {"sync/atomic.sameType", same_type},
};

}  // namespace

const NativeTable atomic_natives = kAtomicNatives;

}  // namespace csp
