// The interpreter: runs one goroutine until it parks, yields or ends.
//
// Dispatch is computed goto over a table generated from CSP_OPCODES. The
// hot state (pc, the frame's registers, constants) lives in locals; it is
// written back to the goroutine's top Frame ("saved") before anything that
// can park, panic, call a native, or grow the stack (Lua's Protect idiom).
//
// Script calls push a Frame and continue in this same loop: the C++ stack
// never grows with script recursion. Preemption: every call and every
// backward jump spends one unit of a budget; when it runs out, or when the
// preemption monitor finds the goroutine has run for a whole time slice
// (vm/sched_sysmon.cpp), the goroutine yields, so no loop can starve the
// others on its worker.
//
// Heap cells and globals are read and written with relaxed atomic accesses:
// a racy script may see stale values but the VM stays well defined (and
// ThreadSanitizer stays quiet about the VM itself).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "stdlib/fmt/format.hpp"
#include "vm/chan.hpp"
#include "vm/complex.hpp"
#include "vm/select.hpp"
#include "vm/runtime.hpp"
#include "vm/layout.hpp"
#include "vm/map.hpp"
#include "vm/method_sets.hpp"
#include "vm/runtime_errors.hpp"
#include "vm/slices.hpp"

namespace csp {

namespace {

constexpr int kBudget = 1 << 15;
// Go's limit is a 1 GB stack; this is that many slots.
constexpr uint64_t kMaxStackSlots = (1u << 30) / sizeof(Slot);

// Heap slots are read with acquire and written with release: a slot may
// publish a freshly built object (a slice header, an interface box) to
// another goroutine, which must then see the object's initialized fields.
// On x86 both are plain moves; the names stay for the race-safety contract.
inline Slot load_relaxed(const Slot* s) {
  Slot r;
  r.u = __atomic_load_n(&s->u, __ATOMIC_ACQUIRE);
  return r;
}
inline void store_relaxed(Slot* s, Slot v) { __atomic_store_n(&s->u, v.u, __ATOMIC_RELEASE); }

void* chan_alloc(void* ctx, size_t size) {
  return Heap::alloc(*static_cast<LocalHeap*>(ctx), HeapKind::Chan, size);
}

const char* const kNilDeref = "runtime error: invalid memory address or nil pointer dereference";

// Whether lo <= hi <= max <= bound (Go's checks of x[lo:hi:max]).
bool slice_ok(int64_t lo, int64_t hi, int64_t max, bool three, int64_t bound) {
  return three ? (0 <= lo && lo <= hi && hi <= max && max <= bound) : (0 <= lo && lo <= hi && hi <= bound);
}


// The complex arithmetic instructions map onto ComplexOp by offset.
static_assert(int(Op::AddC64) - int(Op::AddC) == int(ComplexOp::Add64) &&
              int(Op::DivC64) - int(Op::AddC) == int(ComplexOp::Div64));

int64_t f2i(double d) {
  // Go leaves out-of-range conversions implementation-defined; amd64 yields
  // the minimum int64, and so do we (without C++'s undefined behaviour).
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(d);
}
// Go's panicwrap: a value method of T called with a nil *T, through an interface or
// a method expression (*T).M.
// A deferred native run by a panic's unwinding (its record's defer_depth was
// zeroed for the call) let a new panic out: that earlier panic is aborted,
// as by a panic leaving a deferred function, so a recovery of the new one
// drops it. `from` is the newest record the search may start at.
void abort_unwinding_panic(G* g, PanicRec* from) {
  for (PanicRec* p = from; p; p = p->link)
    if (p->defer_depth == 0) {
      p->defer_depth = g->nframes + 1;
      return;
    }
}

std::string panicwrap_text(const Type* ptr, const std::string& method) {
  const Type* elem = ptr->kind == TypeKind::Pointer ? static_cast<const PointerType*>(ptr)->elem : ptr;
  std::string full = type_string(elem, true);  // main.T
  size_t dot = full.rfind('.');
  std::string typ = dot == std::string::npos ? full : full.substr(dot + 1);
  return "value method " + full + "." + method + " called using nil *" + typ + " pointer";
}

// Go on amd64 converts to int8/16/32 and uint8/16 through a 32-bit conversion, which
// yields the minimum int32 for a value out of its range.
int64_t f2i32(double d) {
  if (!(d > -2147483649.0 && d < 2147483648.0)) return INT32_MIN;
  return static_cast<int32_t>(d);
}
uint64_t f2u(double d) {
  if (d >= 0 && d < 18446744073709551616.0) return static_cast<uint64_t>(d);
  if (d < 0 && d > -9223372036854775808.0) return static_cast<uint64_t>(static_cast<int64_t>(d));
  return 0x8000000000000000ull;
}

}  // namespace

RunResult VM::interpret(Worker& w, G* g, const NativeOutcome* resumed) {
  static void* const kDispatch[] = {
#define CSP_X(name, fmt, doc) &&L_##name,
      CSP_OPCODES(CSP_X)
#undef CSP_X
  };
  Program& prog = *prog_;
  Scheduler& sched = *sched_;
  LocalHeap& heap = heap_->local(w.id);
  GcHeap& gc = heap_->gc();
  Slot* globals = globals_.data();

  Frame* f = &g->top();
  const Proto* proto = f->proto;
  const Instr* pc = f->pc;
  Slot* R = g->stack + f->base;
  const Slot* K = proto->consts.data();
  Closure* cl = f->closure;
  int budget = __builtin_expect(sched.stress(), 0) ? sched.stress_budget(w) : kBudget;
  const Instr* i;
  std::string panic_msg;
  // Shared by the two entries of the call and go sequences (declared here:
  // computed gotos may not jump past an initialization).
  const Proto* callee;
  Closure* gcl;
  DeferRec* defer_rec = nullptr;
  bool in_unwind = false;
  // What `raise` makes the panic value from: panic(v)'s value, the VM's
  // own text (panic_msg: a runtime.errorString or plainError), a native's
  // text (a string unless it is a "runtime error: "), or the failure
  // records below (runtime.boundsError, *runtime.TypeAssertionError).
  enum class RaiseKind : uint8_t { Value, Text, NativeText, Bounds, Assert };
  RaiseKind raise_kind = RaiseKind::Text;
  Slot panic_value{};
  BoundsFailure bounds_fail;
  AssertFailure assert_fail;
  // How the last native call ended (see native_done); its panic text goes
  // in panic_msg. Plain values: this function is entered for every call a
  // native makes into script code.
  NativeStatus nst = NativeStatus::Ok;
  bool native_unwind = false;  // it was a deferred call run by a panic
  const NativeEntry* native;

  if (__builtin_expect(resumed != nullptr, 0)) {
    // A native that ran on a fiber returned: go on after its call.
    nst = resumed->st;
    panic_msg = resumed->panic_msg;
    native_unwind = resumed->in_unwind;
    if (!resumed->spread.empty() && nst != NativeStatus::Panic && !g->nested_panic) {
      // CallNativeSpread's results, from its argument buffer.
      const Instr* call = pc - 1;
      for (uint32_t k = 0; k < prog.natives[call->b].nresults; ++k) R[call->a + k] = resumed->spread[k];
    }
    goto native_done;
  }
  if (__builtin_expect(select_parked(g), 0)) {
    // Woken in a select: finish it (pass 3) into the Select's registers.
    int chosen = -1;
    bool ok = false;
    SelectStatus st = select_resume(g, &chosen, &ok);
    Slot* sr = R + (pc - 1)->a;
    sr[0].i = chosen;
    sr[2].i = ok;
    if (st == SelectStatus::SendClosed) {
      panic_msg = "send on closed channel";
      goto raise;
    }
  }
  if (g->pending_panic) {
    panic_msg = g->pending_panic;
    g->pending_panic = nullptr;
    goto raise;
  }

#define SAVE() (f->pc = pc)
#define RELOAD()                                                               \
  do {                                                                         \
    f = &g->top();                                                             \
    proto = f->proto;                                                          \
    pc = f->pc;                                                                \
    R = g->stack + f->base;                                                    \
    K = proto->consts.data();                                                  \
    cl = f->closure;                                                           \
  } while (0)
// The table's address is re-made (one lea) at each dispatch: kept in a
// register it is spilled in this large function and reloaded each time.
#define NEXT()                                                                 \
  do {                                                                         \
    i = pc++;                                                                  \
    void* const* tbl_;                                                         \
    __asm__("lea %1, %0" : "=r"(tbl_) : "m"(kDispatch));                       \
    goto* tbl_[static_cast<unsigned>(i->op)];                                  \
  } while (0)
#define PANIC(msg)                                                             \
  do {                                                                         \
    panic_msg = (msg);                                                         \
    SAVE();                                                                    \
    goto raise;                                                                \
  } while (0)
// A run-time error whose value is not made from a text (see RaiseKind).
#define PANIC_AS(kind)                                                         \
  do {                                                                         \
    raise_kind = (kind);                                                       \
    SAVE();                                                                    \
    goto raise;                                                                \
  } while (0)
#define PANIC_BOUNDS(x, y, code)                                               \
  do {                                                                         \
    bounds_fail = BoundsFailure{(x), (y), (code)};                             \
    bounds_fail.is_signed = !proto->unsigned_operand(i, bounds_operand(code)); \
    PANIC_AS(RaiseKind::Bounds);                                               \
  } while (0)
// Spends budget at a backward jump or a call; yields when it runs out or
// the preemption monitor asks (the goroutine has run for a whole time
// slice: vm/sched_sysmon.cpp). Also the collector's safe point: every
// register is in g->stack.
#define TICK()                                                                 \
  do {                                                                         \
    if (__builtin_expect(--budget <= 0 || w.preempt.load(std::memory_order_relaxed) || \
                         gc.poll_pending(), 0)) {                              \
      SAVE();                                                                  \
      if (budget <= 0 || w.preempt.load(std::memory_order_relaxed)) {          \
        w.preempt.store(false, std::memory_order_relaxed);                     \
        return RunResult::Yielded;                                             \
      }                                                                        \
      gc.at_safepoint(*heap.cache);                                            \
    }                                                                          \
  } while (0)
#define JUMP(off)                                                              \
  do {                                                                         \
    int32_t o_ = (off);                                                        \
    pc += o_;                                                                  \
    if (o_ < 0) TICK();                                                        \
  } while (0)
#define RA R[i->a]
#define RB R[i->b]
#define RC R[i->c]

  NEXT();

L_Nop:
  NEXT();
L_Move:
  RA = RB;
  NEXT();
L_LoadI:
  RA.i = i->sbx();
  NEXT();
L_LoadK:
  RA = K[i->bx()];
  NEXT();
L_GetGlobal:
  RA = load_relaxed(&globals[i->bx()]);
  NEXT();
L_SetGlobal:
  store_relaxed(&globals[i->bx()], RA);
  NEXT();
L_NewCell: {
  Slot v = RB;
  auto* c = static_cast<Cell*>(Heap::alloc(heap, HeapKind::Cell, sizeof(Cell)));
  c->value = v;
  RA.p = &c->value;
  NEXT();
}
L_GetCell:
  RA = load_relaxed(static_cast<Slot*>(RB.p));
  NEXT();
L_SetCell:
  store_relaxed(static_cast<Slot*>(RA.p), RB);
  NEXT();
L_GetUpval:
  RA = load_relaxed(cl->cells[i->b]);
  NEXT();
L_SetUpval:
  store_relaxed(cl->cells[i->a], RB);
  NEXT();
L_UpvalCell:
  RA.p = cl->cells[i->b];
  NEXT();
L_Closure: {
  const Proto* p = prog.protos[i->bx()].get();
  size_t n = p->captures.size();
  auto* c = static_cast<Closure*>(
      Heap::alloc(heap, HeapKind::Closure, sizeof(Closure) + n * sizeof(Slot*)));
  c->proto = p;
  c->ncells = static_cast<uint32_t>(n);
  for (size_t k = 0; k < n; ++k) {
    const Capture& cap = p->captures[k];
    c->cells[k] = cap.from_upval ? cl->cells[cap.index] : static_cast<Slot*>(R[cap.index].p);
  }
  RA.p = c;
  NEXT();
}

  // ---- integers ----
L_AddI:
  RA.u = RB.u + RC.u;
  NEXT();
L_SubI:
  RA.u = RB.u - RC.u;
  NEXT();
L_MulI:
  RA.u = RB.u * RC.u;
  NEXT();
L_DivI: {
  int64_t y = RC.i;
  if (__builtin_expect(y == 0, 0)) PANIC("runtime error: integer divide by zero");
  if (y == -1) RA.u = 0 - RB.u;  // MinInt64 / -1 wraps, as in Go
  else RA.i = RB.i / y;
  NEXT();
}
L_RemI: {
  int64_t y = RC.i;
  if (__builtin_expect(y == 0, 0)) PANIC("runtime error: integer divide by zero");
  if (y == -1) RA.i = 0;
  else RA.i = RB.i % y;
  NEXT();
}
L_DivU:
  if (__builtin_expect(RC.u == 0, 0)) PANIC("runtime error: integer divide by zero");
  RA.u = RB.u / RC.u;
  NEXT();
L_RemU:
  if (__builtin_expect(RC.u == 0, 0)) PANIC("runtime error: integer divide by zero");
  RA.u = RB.u % RC.u;
  NEXT();
L_AndI:
  RA.u = RB.u & RC.u;
  NEXT();
L_OrI:
  RA.u = RB.u | RC.u;
  NEXT();
L_XorI:
  RA.u = RB.u ^ RC.u;
  NEXT();
L_AndNotI:
  RA.u = RB.u & ~RC.u;
  NEXT();
L_ShlI: {
  int64_t n = RC.i;
  if (__builtin_expect(n < 0, 0)) PANIC("runtime error: negative shift amount");
  RA.u = n >= 64 ? 0 : RB.u << n;
  NEXT();
}
L_ShrI: {
  int64_t n = RC.i;
  if (__builtin_expect(n < 0, 0)) PANIC("runtime error: negative shift amount");
  RA.i = n >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> n;
  NEXT();
}
L_ShrU: {
  int64_t n = RC.i;
  if (__builtin_expect(n < 0, 0)) PANIC("runtime error: negative shift amount");
  RA.u = n >= 64 ? 0 : RB.u >> n;
  NEXT();
}
L_ShlU:
  RA.u = RC.u >= 64 ? 0 : RB.u << RC.u;
  NEXT();
L_ShrIU:
  RA.i = RC.u >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> RC.u;
  NEXT();
L_ShrUU:
  RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u;
  NEXT();
L_AddIK:
  RA.u = RB.u + static_cast<uint64_t>(static_cast<int64_t>(i->sc()));
  NEXT();
L_MulIK:
  RA.u = RB.u * static_cast<uint64_t>(static_cast<int64_t>(i->sc()));
  NEXT();
L_DivIK:
  RA.i = RB.i / i->sc();
  NEXT();
L_RemIK:
  RA.i = RB.i % i->sc();
  NEXT();
L_ShlIK:
  RA.u = RB.u << i->c;
  NEXT();
L_ShrIK:
  RA.i = RB.i >> i->c;
  NEXT();
L_ShrUK:
  RA.u = RB.u >> i->c;
  NEXT();
L_NegI:
  RA.u = 0 - RB.u;
  NEXT();
L_NotI:
  RA.u = ~RB.u;
  NEXT();
L_Sext8:
  RA.i = static_cast<int8_t>(RB.u);
  NEXT();
L_Sext16:
  RA.i = static_cast<int16_t>(RB.u);
  NEXT();
L_Sext32:
  RA.i = static_cast<int32_t>(RB.u);
  NEXT();
L_Zext8:
  RA.u = static_cast<uint8_t>(RB.u);
  NEXT();
L_Zext16:
  RA.u = static_cast<uint16_t>(RB.u);
  NEXT();
L_Zext32:
  RA.u = static_cast<uint32_t>(RB.u);
  NEXT();
L_EqI:
  RA.i = RB.i == RC.i;
  NEXT();
L_NeI:
  RA.i = RB.i != RC.i;
  NEXT();
L_LtI:
  RA.i = RB.i < RC.i;
  NEXT();
L_LeI:
  RA.i = RB.i <= RC.i;
  NEXT();
L_LtU:
  RA.i = RB.u < RC.u;
  NEXT();
L_LeU:
  RA.i = RB.u <= RC.u;
  NEXT();

  // ---- floats ----
L_AddF:
  RA.f = RB.f + RC.f;
  NEXT();
L_SubF:
  RA.f = RB.f - RC.f;
  NEXT();
L_MulF:
  RA.f = RB.f * RC.f;
  NEXT();
L_DivF:
  RA.f = RB.f / RC.f;
  NEXT();
L_NegF:
  RA.f = -RB.f;
  NEXT();
L_RoundF32:
  RA.f = static_cast<double>(static_cast<float>(RB.f));
  NEXT();
L_EqF:
  RA.i = RB.f == RC.f;
  NEXT();
L_NeF:
  RA.i = RB.f != RC.f;
  NEXT();
L_LtF:
  RA.i = RB.f < RC.f;
  NEXT();
L_LeF:
  RA.i = RB.f <= RC.f;
  NEXT();
L_IToF:
  RA.f = static_cast<double>(RB.i);
  NEXT();
L_UToF:
  RA.f = static_cast<double>(RB.u);
  NEXT();
L_FToI:
  RA.i = f2i(RB.f);
  NEXT();
L_FToU:
  RA.u = f2u(RB.f);
  NEXT();
L_FToI32:
  RA.i = f2i32(RB.f);
  NEXT();

L_Not:
  RA.i = !RB.i;
  NEXT();

  // ---- strings ----
L_Concat: {
  std::string_view x = str_view(RB), y = str_view(RC);
  if (x.empty()) {
    RA = RC;
  } else if (y.empty()) {
    RA = RB;
  } else {
    StrObj* s = Heap::new_string(heap, x.size() + y.size());
    s->len = x.size() + y.size();
    std::memcpy(s->data, x.data(), x.size());
    std::memcpy(s->data + x.size(), y.data(), y.size());
    RA.p = s;
  }
  NEXT();
}
L_EqS:
  RA.i = str_view(RB) == str_view(RC);
  NEXT();
L_NeS:
  RA.i = str_view(RB) != str_view(RC);
  NEXT();
L_LtS:
  RA.i = str_view(RB) < str_view(RC);
  NEXT();
L_LeS:
  RA.i = str_view(RB) <= str_view(RC);
  NEXT();
L_LenS:
  RA.i = static_cast<int64_t>(str_view(RB).size());
  NEXT();
L_IndexS: {
  std::string_view s = str_view(RB);
  int64_t k = RC.i;
  if (__builtin_expect(k < 0 || static_cast<uint64_t>(k) >= s.size(), 0))
    PANIC_BOUNDS(k, static_cast<int64_t>(s.size()), BoundsCode::Index);
  RA.i = static_cast<uint8_t>(s[static_cast<size_t>(k)]);
  NEXT();
}
L_SliceS: {
  std::string_view s = str_view(RB);
  int64_t len = static_cast<int64_t>(s.size());
  int64_t lo = R[i->c].i, hi = R[i->c + 1].i;
  if (hi < 0 || hi > len) PANIC_BOUNDS(hi, len, BoundsCode::SliceAlen);
  if (lo < 0 || lo > hi) PANIC_BOUNDS(lo, hi, BoundsCode::SliceB);
  RA = Heap::make_string(heap, s.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo)));
  NEXT();
}
L_RuneToS: {
  {  // NEXT() is a computed goto, which runs no destructors: tmp ends first
    std::string tmp;
    int64_t r = RB.i;
    fmtlib::encode_rune(tmp, (r < 0 || r > 0x10FFFF) ? 0xFFFD : static_cast<char32_t>(r));
    RA = Heap::make_string(heap, tmp);
  }
  NEXT();
}

  // ---- jumps ----
L_Jmp:
  JUMP(i->sbx());
  NEXT();
L_JTrue:
  if (RA.i) JUMP(i->sc());
  NEXT();
L_JFalse:
  if (!RA.i) JUMP(i->sc());
  NEXT();
L_JEqI:
  if (RA.i == RB.i) JUMP(i->sc());
  NEXT();
L_JNeI:
  if (RA.i != RB.i) JUMP(i->sc());
  NEXT();
L_JLtI:
  if (RA.i < RB.i) JUMP(i->sc());
  NEXT();
L_JLeI:
  if (RA.i <= RB.i) JUMP(i->sc());
  NEXT();
L_JLtU:
  if (RA.u < RB.u) JUMP(i->sc());
  NEXT();
L_JLeU:
  if (RA.u <= RB.u) JUMP(i->sc());
  NEXT();
L_JEqIK:
  if (RA.i == i->sb()) JUMP(i->sc());
  NEXT();
L_JNeIK:
  if (RA.i != i->sb()) JUMP(i->sc());
  NEXT();
L_JLtIK:
  if (RA.i < i->sb()) JUMP(i->sc());
  NEXT();
L_JLeIK:
  if (RA.i <= i->sb()) JUMP(i->sc());
  NEXT();
L_JGtIK:
  if (RA.i > i->sb()) JUMP(i->sc());
  NEXT();
L_JGeIK:
  if (RA.i >= i->sb()) JUMP(i->sc());
  NEXT();
L_JEqF:
  if (RA.f == RB.f) JUMP(i->sc());
  NEXT();
L_JNeF:
  if (RA.f != RB.f) JUMP(i->sc());
  NEXT();
L_JLtF:
  if (RA.f < RB.f) JUMP(i->sc());
  NEXT();
L_JLeF:
  if (RA.f <= RB.f) JUMP(i->sc());
  NEXT();
L_JNLtF:
  if (!(RA.f < RB.f)) JUMP(i->sc());
  NEXT();
L_JNLeF:
  if (!(RA.f <= RB.f)) JUMP(i->sc());
  NEXT();

  // ---- calls ----
L_Call: {
  callee = prog.protos[i->bx()].get();
  cl = nullptr;
  goto enter;
L_CallClosure:
  cl = static_cast<Closure*>(RB.p);
  if (__builtin_expect(cl == nullptr, 0))
    PANIC("runtime error: invalid memory address or nil pointer dereference");
  callee = cl->proto;
enter:
  uint32_t newbase = f->base + i->a;
  SAVE();
  if (__builtin_expect(newbase + callee->maxstack > g->stack_size, 0)) {
    if (uint64_t(newbase) + callee->maxstack > kMaxStackSlots) {
      panic_msg = "stack overflow";
      goto fatal;
    }
    g->ensure_stack(newbase, callee->maxstack);
  }
  if (__builtin_expect(g->nframes == g->frames_cap, 0)) g->grow_frames();
  Frame& nf = g->frames[g->nframes++];
  nf.proto = callee;
  nf.closure = cl;
  nf.pc = callee->code.data();
  nf.base = newbase;
  f = &nf;
  proto = callee;
  pc = nf.pc;
  R = g->stack + newbase;
  K = callee->consts.data();
  TICK();
  NEXT();
}
L_CallIface: {
  // Dynamic dispatch: the dynamic type's method named c, found in the
  // compiled method sets.
  const Iface* v = static_cast<const Iface*>(RB.p);
  if (__builtin_expect(v == nullptr, 0)) PANIC(kNilDeref);
  const Program::MethodEntry* m = nullptr;
  if (auto it = prog.methods.find(v->type); it != prog.methods.end())
    for (const auto& e : it->second)
      if (e.name == i->c) m = &e;
  if (__builtin_expect(m == nullptr, 0)) {
    SAVE();
    panic_msg = "internal error: no method " + prog.method_names[i->c] + " for " + type_string(v->type, true);
    goto fatal;
  }
  Slot recv = v->value;
  if (m->deref) {
    const Slot* p = static_cast<const Slot*>(recv.p);
    if (__builtin_expect(!p, 0)) PANIC(panicwrap_text(v->type, prog.method_names[i->c]));
    if (m->deref_agg) {
      Slot* copy = new_box(heap, m->deref);
      for (uint32_t k = 0; k < m->deref; ++k) copy[k] = load_relaxed(&p[k]);
      recv.p = copy;
    } else {
      recv = load_relaxed(p);
    }
  }
  RA = recv;
  callee = prog.protos[m->proto].get();
  cl = nullptr;
  goto enter;
}
L_CallNative: {
  SAVE();
  native = &prog.natives[i->b];
  if (__builtin_expect(native->reenters != nullptr, 0) && native->reenters(R + i->a, i->c)) {
    // It may call script code that parks: it runs on a fiber.
    native_unwind = false;
    RunResult r = call_reentrant(w, g, native->fn, R + i->a, i->c, false, nullptr, &nst, &panic_msg);
    if (r != RunResult::Returned) return r;
    goto native_done;
  }
  NativeCall nc{this, &w, g, R + i->a, i->c, {}};
  nst = native->fn(nc);
  // Parked (time's sleep): another worker may be running g already.
  if (nst == NativeStatus::Park) return RunResult::Parked;
  // A native may have run script code on this goroutine, which can move
  // the stack and the frames.
  f = &g->top();
  R = g->stack + f->base;
  if (__builtin_expect(nst != NativeStatus::Ok || g->nested_panic, 0)) {
    // A panic, a yield (runtime.Gosched), or a panic out of script code it called.
    panic_msg = std::move(nc.panic_msg);
    native_unwind = false;
    goto native_done;
  }
  if (sched.exiting()) return RunResult::ProgramExit;
  NEXT();
}
L_CallNativeSpread: {
  // f(xs...) on a native: its ...T arguments, one per slot, in a scratch
  // buffer (the frame may be too small; a fiber takes it along); the slice
  // stays in R[a+c-1], which keeps the elements alive while the native runs.
  SAVE();
  const uint32_t fixed = i->c - 1;
  const auto* sl = static_cast<const SliceObj*>(R[i->a + fixed].p);
  const uint64_t n = sl ? sl->len : 0;
  native = &prog.natives[i->b];
  std::vector<Slot> args(std::max<uint64_t>(fixed + n, native->nresults));
  for (uint32_t k = 0; k < fixed; ++k) args[k] = R[i->a + k];
  for (uint64_t k = 0; k < n; ++k) args[fixed + k] = load_relaxed(&sl->data[k]);
  const uint32_t nargs = static_cast<uint32_t>(fixed + n);
  native_unwind = false;
  if (__builtin_expect(native->reenters != nullptr, 0) && native->reenters(args.data(), nargs)) {
    RunResult r = call_reentrant(w, g, native->fn, nullptr, nargs, false, &args, &nst, &panic_msg);
    if (r != RunResult::Returned) return r;
  } else {
    NativeCall nc{this, &w, g, args.data(), nargs, {}};
    nst = native->fn(nc);
    panic_msg = std::move(nc.panic_msg);
  }
  // The results (also with a yield), from the argument buffer.
  R = g->stack + g->top().base;
  if (nst != NativeStatus::Panic && !g->nested_panic)
    for (uint32_t k = 0; k < native->nresults; ++k) R[i->a + k] = args[k];
  goto native_done;
}
native_yield:  // runtime.Gosched: go on at the next instruction, later
  if (sched.exiting()) return RunResult::ProgramExit;
  SAVE();
  return RunResult::Yielded;
L_Ret: {
  uint32_t n = i->b;
  Slot* src = R + i->a;
  for (uint32_t k = 0; k < n; ++k) R[k] = src[k];
  if (__builtin_expect(g->panicking != nullptr, 0) && g->nframes == g->panicking->defer_depth) {
    // The deferred call a panic was running returned.
    PanicRec* p = g->panicking;
    --g->nframes;
    if (!p->recovered) goto unwind;
    // Recovered: the frame that deferred the call returns normally, after
    // its remaining deferred calls (its recover_pc epilogue).
    g->panicking = p->link;
    uint32_t frame_depth = p->defer_frame;
    delete p;
    if (__builtin_expect(resume_goexit(g), 0)) {
      // The panic began while Goexit ran the deferred calls: Goexit goes
      // on with the rest of them (Go's recovery returns to its loop).
      g->nframes = frame_depth;
      goto unwind;
    }
    // Earlier panics whose deferred calls this panic unwound (it began inside one of
    // them) were aborted: drop them, as Go's recovery does, or the next return at that
    // depth would take up their unwinding again.
    while (g->panicking && g->panicking->defer_depth > frame_depth) {
      PanicRec* aborted = g->panicking;
      g->panicking = aborted->link;
      delete aborted;
    }
    if (!g->panicking) g->nil_signal = false;  // as Go's recovery clears gp.sig
    g->nframes = frame_depth;
    f = &g->top();
    f->pc = f->proto->code.data() + f->proto->recover_pc;
    RELOAD();
    NEXT();
  }
  if (__builtin_expect(--g->nframes == g->nested_depth, 0) && g->nested_depth) {
    SAVE();
    return RunResult::Returned;  // back to the native that called in (call_nested)
  }
  if (g->nframes == 0) {
    if (g->id == 1) {
      sched.exit_program(0);
      return RunResult::ProgramExit;
    }
    return RunResult::Exited;
  }
  RELOAD();
  NEXT();
}

  // ---- goroutines and channels ----
L_Go: {
  callee = prog.protos[i->bx()].get();
  gcl = nullptr;
  goto spawn;
L_GoClosure:
  gcl = static_cast<Closure*>(RB.p);
  if (__builtin_expect(gcl == nullptr, 0)) {
    SAVE();
    panic_msg = "go of nil func value";
    goto fatal;
  }
  callee = gcl->proto;
spawn:
  G* ng = sched.new_g(&w);
  ng->ensure_stack(0, callee->maxstack);
  for (uint32_t k = 0; k < callee->nparams; ++k) ng->stack[k] = R[i->a + k];
  Frame& nf = ng->push_frame();
  nf.proto = callee;
  nf.closure = gcl;
  nf.pc = callee->code.data();
  nf.base = 0;
  ng->created_by = proto;
  ng->created_pc = pc;
  sched.spawn(w, ng);
  NEXT();
}
L_MakeChan: {
  int64_t n = RB.i;
  if (n < 0 || n > (int64_t(1) << 32) - 1) PANIC("makechan: size out of range");
  RA.p = chan_new(chan_alloc, &heap, static_cast<uint32_t>(n));
  NEXT();
}
L_Send: {
  SAVE();
  ChanStatus st = chan_send(w, g, static_cast<Chan*>(RA.p), RB);
  if (st == ChanStatus::Blocked) return RunResult::Parked;
  if (st == ChanStatus::Closed) PANIC("send on closed channel");
  NEXT();
}
L_Recv: {
  SAVE();
  if (chan_recv(w, g, static_cast<Chan*>(RB.p), &RA, nullptr) == ChanStatus::Blocked)
    return RunResult::Parked;
  NEXT();
}
L_Recv2: {
  SAVE();
  if (chan_recv(w, g, static_cast<Chan*>(RB.p), &RA, &R[i->a + 1]) == ChanStatus::Blocked)
    return RunResult::Parked;
  NEXT();
}
L_Close: {
  SAVE();
  if (const char* err = chan_close(w, static_cast<Chan*>(RA.p))) PANIC(err);
  NEXT();
}
L_Select: {
  SAVE();
  int chosen = -1;
  bool ok = false;
  SelectStatus st = select_go(w, g, &R[i->a + 3], i->b, i->c & 0x7fff, !(i->c & 0x8000),
                              &R[i->a + 1], &chosen, &ok);
  if (st == SelectStatus::Blocked) return RunResult::Parked;
  RA.i = chosen;
  R[i->a + 2].i = ok;
  if (st == SelectStatus::SendClosed) PANIC("send on closed channel");
  NEXT();
}
L_LenCh:
  RA.i = chan_len(static_cast<Chan*>(RB.p));
  NEXT();
L_CapCh:
  RA.i = chan_cap(static_cast<Chan*>(RB.p));
  NEXT();

  // ---- aggregates ----
L_Extra:
  NEXT();
L_NewBox:
  RA.p = new_box(heap, prog.type_info[i->bx()]);
  NEXT();
L_CloneBox: {
  const Program::TypeInfo& ti = prog.type_info[pc->bx()];
  uint64_t n = ti.width;
  ++pc;
  const Slot* src = static_cast<const Slot*>(RB.p);
  Slot* dst = new_box(heap, ti);
  for (uint64_t k = 0; k < n; ++k) dst[k] = load_relaxed(&src[k]);
  RA.p = dst;
  NEXT();
}
L_CopyN: {
  uint64_t n = pc->bx();
  ++pc;
  Slot* dst = static_cast<Slot*>(RA.p);
  const Slot* src = static_cast<const Slot*>(RB.p);
  if (__builtin_expect(!dst || !src, 0)) PANIC(kNilDeref);
  if (dst != src)
    for (uint64_t k = 0; k < n; ++k) store_relaxed(&dst[k], load_relaxed(&src[k]));
  NEXT();
}
L_GetField: {
  const Slot* p = static_cast<const Slot*>(RB.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  RA = load_relaxed(&p[i->c]);
  NEXT();
}
L_SetField: {
  Slot* p = static_cast<Slot*>(RA.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  store_relaxed(&p[i->b], RC);
  NEXT();
}
L_FieldAddr: {
  Slot* p = static_cast<Slot*>(RB.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  RA.p = p + i->c;
  NEXT();
}
L_Load: {
  const Slot* p = static_cast<const Slot*>(RB.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  RA = load_relaxed(p);
  NEXT();
}
L_Store: {
  Slot* p = static_cast<Slot*>(RA.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  store_relaxed(p, RB);
  NEXT();
}
L_LoadB: {
  const uint8_t* p = static_cast<const uint8_t*>(RB.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  RA.u = load_byte(p);
  NEXT();
}
L_StoreB: {
  uint8_t* p = static_cast<uint8_t*>(RA.p);
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  store_byte(p, uint8_t(RB.u));
  NEXT();
}
L_IndexArrB: {
  uint64_t len = pc->bx();
  ++pc;
  const uint8_t* p = static_cast<const uint8_t*>(RB.p);
  int64_t k = RC.i;
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA.u = load_byte(p + k);
  NEXT();
}
L_IndexArr: {
  uint64_t len = pc->bx();
  ++pc;
  const Slot* p = static_cast<const Slot*>(RB.p);
  int64_t k = RC.i;
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA = load_relaxed(&p[k]);
  NEXT();
}
L_SetIndexArr: {
  uint64_t len = pc->bx();
  ++pc;
  Slot* p = static_cast<Slot*>(RA.p);
  int64_t k = RB.i;
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  store_relaxed(&p[k], RC);
  NEXT();
}
L_IndexArrAddr: {
  uint64_t w = pc->a, len = pc->bx();
  ++pc;
  Slot* p = static_cast<Slot*>(RB.p);
  int64_t k = RC.i;
  if (__builtin_expect(!p, 0)) PANIC(kNilDeref);
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA.p = w == kByteStride ? static_cast<void*>(reinterpret_cast<uint8_t*>(p) + k) : p + uint64_t(k) * w;
  NEXT();
}

  // ---- slices ----
L_MakeSlice: {
  int64_t len = RB.i, cap = R[i->b + 1].i;
  const Program::TypeInfo& ti = prog.type_info[i->c];
  uint64_t w = ti.byte_elem ? 1 : ti.width;
  uint64_t max = ti.byte_elem ? kMaxSlots * 8 : kMaxSlots;
  if (len < 0 || (w && uint64_t(len) > max / w)) PANIC("runtime error: makeslice: len out of range");
  if (cap < len || (w && uint64_t(cap) > max / w)) PANIC("runtime error: makeslice: cap out of range");
  if (ti.byte_elem) RA.p = new_byte_slice(heap, new_byte_array(heap, uint64_t(cap)), uint64_t(len), uint64_t(cap));
  else RA.p = new_slice(heap, new_array(heap, uint64_t(cap) * w, ti), uint64_t(len), uint64_t(cap));
  NEXT();
}
L_IndexSlB: {
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  int64_t k = RC.i;
  uint64_t len = sl ? sl->len : 0;
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA.u = load_byte(slice_bytes(sl) + k);
  NEXT();
}
L_IndexSl: {
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  int64_t k = RC.i;
  uint64_t len = sl ? sl->len : 0;
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA = load_relaxed(&sl->data[k]);
  NEXT();
}
L_SetIndexSl: {
  const SliceObj* sl = static_cast<const SliceObj*>(RA.p);
  int64_t k = RB.i;
  uint64_t len = sl ? sl->len : 0;
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  store_relaxed(&sl->data[k], RC);
  NEXT();
}
L_IndexSlAddr: {
  uint64_t w = pc->a;
  ++pc;
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  int64_t k = RC.i;
  uint64_t len = sl ? sl->len : 0;
  if (__builtin_expect(static_cast<uint64_t>(k) >= len, 0)) PANIC_BOUNDS(k, int64_t(len), BoundsCode::Index);
  RA.p = w == kByteStride ? static_cast<void*>(slice_bytes(sl) + k) : sl->data + uint64_t(k) * w;
  NEXT();
}
L_LenSl:
  RA.i = RB.p ? int64_t(static_cast<const SliceObj*>(RB.p)->len) : 0;
  NEXT();
L_CapSl:
  RA.i = RB.p ? int64_t(static_cast<const SliceObj*>(RB.p)->cap) : 0;
  NEXT();
L_SliceSl:
L_SliceArr: {
  bool from_array = i->op == Op::SliceArr;
  uint64_t w = pc->a & 0x3FFF;
  bool hi_given = pc->a & 0x4000, three = pc->a & 0x8000;
  uint64_t arr_len = pc->bx();
  ++pc;
  Slot* data;
  int64_t len, cap;
  if (from_array) {
    data = static_cast<Slot*>(RB.p);
    if (__builtin_expect(!data, 0)) PANIC(kNilDeref);
    len = cap = int64_t(arr_len);
  } else {
    const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
    data = sl ? sl->data : nullptr;
    len = sl ? int64_t(sl->len) : 0;
    cap = sl ? int64_t(sl->cap) : 0;
  }
  int64_t lo = R[i->c].i;
  int64_t hi = hi_given ? R[i->c + 1].i : len;
  int64_t max = three ? R[i->c + 2].i : cap;
  if (!slice_ok(lo, hi, max, three, cap)) {
    bounds_fail = slice_failure(lo, hi, max, three, hi_given, cap, !from_array);
    bounds_fail.is_signed = !proto->unsigned_operand(i, bounds_operand(bounds_fail.code));
    PANIC_AS(RaiseKind::Bounds);
  }
  if (!data && lo == 0 && hi == 0 && max == 0 && !from_array) {
    RA.p = RB.p;  // slicing a nil slice to [0:0] keeps it nil
  } else {
    Slot* from = !data ? nullptr
                 : w == kByteStride ? reinterpret_cast<Slot*>(reinterpret_cast<uint8_t*>(data) + lo)
                                    : data + uint64_t(lo) * w;
    RA.p = new_slice(heap, from, uint64_t(hi - lo), uint64_t(max - lo));
  }
  NEXT();
}
L_Append:
L_AppendSl:
L_AppendStr: {
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  bool bytes = i->op == Op::AppendStr;
  uint64_t w = 1, esize = 1, n;
  const Program::TypeInfo* ti = nullptr;
  if (!bytes) {
    ti = &prog.type_info[pc->bx()];
    bytes = ti->byte_elem;
    w = ti->width;
    esize = ti->go_size;
  }
  if (bytes) {
    // Packed bytes: from a string, a []byte, or registers.
    std::string_view str;
    const uint8_t* src = nullptr;
    if (i->op == Op::AppendStr) {
      str = str_view(RC);
      n = str.size();
      src = reinterpret_cast<const uint8_t*>(str.data());
    } else if (i->op == Op::AppendSl) {
      const SliceObj* t = static_cast<const SliceObj*>(RC.p);
      n = t ? t->len : 0;
      src = slice_bytes(t);
      ++pc;
    } else {
      n = pc->a;
      ++pc;
    }
    uint64_t len = sl ? sl->len : 0, cap = sl ? sl->cap : 0;
    if (n == 0) {
      RA.p = RB.p;
      NEXT();
    }
    uint64_t need = len + n;
    uint8_t* data = slice_bytes(sl);
    if (need > cap) {
      uint64_t newcap = grow_capacity(cap, need, 1);
      if (newcap > kMaxSlots * 8) PANIC("runtime error: growslice: len out of range");
      uint8_t* nd = new_byte_array(heap, newcap);
      if (len) std::memcpy(nd, data, len);
      data = nd;
      cap = newcap;
    }
    if (i->op == Op::Append) {
      for (uint64_t k = 0; k < n; ++k) store_byte(data + len + k, uint8_t(R[i->c + k].u));
    } else {
      std::memmove(data + len, src, n);  // append(s[:1], s...) may overlap
    }
    RA.p = new_byte_slice(heap, data, need, cap);
    NEXT();
  }
  const Slot* src = nullptr;
  if (i->op == Op::Append) {
    n = pc->a;
    src = &R[i->c];
  } else {
    const SliceObj* t = static_cast<const SliceObj*>(RC.p);
    n = t ? t->len : 0;
    src = t ? t->data : nullptr;
  }
  ++pc;
  uint64_t len = sl ? sl->len : 0, cap = sl ? sl->cap : 0;
  if (n == 0) {
    RA.p = RB.p;
    NEXT();
  }
  uint64_t need = len + n;
  Slot* data = sl ? sl->data : nullptr;
  if (need > cap) {
    uint64_t newcap = grow_capacity(cap, need, esize);
    if (w && newcap > kMaxSlots / w) PANIC("runtime error: growslice: len out of range");
    Slot* nd = new_array(heap, newcap * w, *ti);
    for (uint64_t k = 0; k < len * w; ++k) nd[k] = load_relaxed(&data[k]);
    data = nd;
    cap = newcap;
  }
  Slot* dst = data + len * w;
  if (i->op == Op::Append && w == 1) {
    for (uint64_t k = 0; k < n; ++k) store_relaxed(&dst[k], src[k]);
  } else if (i->op == Op::Append) {
    // Each appended aggregate is a register holding a pointer to its slots.
    for (uint64_t k = 0; k < n; ++k) {
      const Slot* e = static_cast<const Slot*>(src[k].p);
      for (uint64_t j = 0; j < w; ++j) store_relaxed(&dst[k * w + j], load_relaxed(&e[j]));
    }
  } else {
    // memmove semantics: append(s[:1], s...) may overlap.
    uint64_t total = n * w;
    if (dst < src) for (uint64_t k = 0; k < total; ++k) store_relaxed(&dst[k], load_relaxed(&src[k]));
    else for (uint64_t k = total; k-- > 0;) store_relaxed(&dst[k], load_relaxed(&src[k]));
  }
  RA.p = new_slice(heap, data, need, cap);
  NEXT();
}
L_ClearSl: {
  const SliceObj* sl = static_cast<const SliceObj*>(RA.p);
  uint64_t w = pc->a;
  ++pc;
  if (w == kByteStride) {
    if (sl && sl->len) std::memset(slice_bytes(sl), 0, sl->len);
    NEXT();
  }
  uint64_t total = sl ? sl->len * w : 0;
  for (uint64_t k = 0; k < total; ++k) store_relaxed(&sl->data[k], Slot{});
  NEXT();
}
L_MinMax: {
  // Go's min/max: a NaN operand wins, and -0 is less than +0.
  Slot x = RA, y = RB;
  switch (static_cast<MinMaxKind>(i->c)) {
    case MinMaxKind::MinI: if (y.i < x.i) RA = y; break;
    case MinMaxKind::MaxI: if (y.i > x.i) RA = y; break;
    case MinMaxKind::MinU: if (y.u < x.u) RA = y; break;
    case MinMaxKind::MaxU: if (y.u > x.u) RA = y; break;
    case MinMaxKind::MinF:
    case MinMaxKind::MaxF: {
      bool mn = static_cast<MinMaxKind>(i->c) == MinMaxKind::MinF;
      double a = x.f, b = y.f;
      if (std::isnan(a) || std::isnan(b)) RA.f = std::isnan(a) ? a : b;
      else if (a == b) RA.f = (std::signbit(a) == mn) ? a : b;  // ±0
      else RA.f = mn ? (b < a ? b : a) : (b > a ? b : a);
      break;
    }
    case MinMaxKind::MinS: if (str_view(y) < str_view(x)) RA = y; break;
    case MinMaxKind::MaxS: if (str_view(y) > str_view(x)) RA = y; break;
  }
  NEXT();
}
L_CopySl:
L_CopyStr: {
  const SliceObj* d = static_cast<const SliceObj*>(RB.p);
  uint64_t dl = d ? d->len : 0;
  uint64_t n;
  if (i->op == Op::CopyStr) {
    std::string_view str = str_view(RC);
    n = std::min<uint64_t>(dl, str.size());
    if (n) std::memmove(slice_bytes(d), str.data(), n);
  } else {
    uint64_t w = pc->a;
    ++pc;
    const SliceObj* sv = static_cast<const SliceObj*>(RC.p);
    n = std::min<uint64_t>(dl, sv ? sv->len : 0);
    if (w == kByteStride) {
      if (n) std::memmove(slice_bytes(d), slice_bytes(sv), n);
      RA.i = int64_t(n);
      NEXT();
    }
    uint64_t total = n * w;
    if (total) {
      Slot* dst = d->data;
      const Slot* src = sv->data;
      if (dst < src) for (uint64_t k = 0; k < total; ++k) store_relaxed(&dst[k], load_relaxed(&src[k]));
      else for (uint64_t k = total; k-- > 0;) store_relaxed(&dst[k], load_relaxed(&src[k]));
    }
  }
  RA.i = int64_t(n);
  NEXT();
}
L_SliceToArrPtr: {
  uint64_t n = pc->bx();
  ++pc;
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  uint64_t len = sl ? sl->len : 0;
  if (__builtin_expect(len < n, 0))
    PANIC_BOUNDS(int64_t(n), int64_t(len), BoundsCode::Convert);
  RA.p = sl ? static_cast<void*>(sl->data) : nullptr;  // a nil slice gives a nil pointer
  NEXT();
}
L_StrToBytes: {
  std::string_view str = str_view(RB);
  if (str.empty()) {
    RA.p = new_slice(heap, nullptr, 0, 0);  // []byte("") is empty, not nil
    NEXT();
  }
  uint64_t cap = i->c ? str.size() : grow_capacity(0, str.size(), 1);
  uint8_t* data = new_byte_array(heap, cap);
  std::memcpy(data, str.data(), str.size());
  RA.p = new_byte_slice(heap, data, str.size(), cap);
  NEXT();
}
L_BytesToStr: {
  const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
  uint64_t n = sl ? sl->len : 0;
  if (n == 0) {
    RA.p = nullptr;
    NEXT();
  }
  StrObj* so = Heap::new_string(heap, n);
  so->len = n;
  std::memcpy(so->data, slice_bytes(sl), n);
  RA.p = so;
  NEXT();
}
L_StrToRunes: {
  std::string_view str = str_view(RB);
  uint64_t n = fmtlib::rune_count(str);
  uint64_t cap = n ? grow_capacity(0, n, 4) : 0;
  Slot* data = cap ? new_scalar_array(heap, cap) : nullptr;
  size_t pos = 0;
  for (uint64_t k = 0; k < n; ++k) {
    fmtlib::DecodedRune r = fmtlib::decode_rune(str, pos);
    data[k].i = r.rune;
    pos += size_t(r.width);
  }
  RA.p = new_slice(heap, data, n, cap);
  NEXT();
}
L_RunesToStr: {
  {  // NEXT() is a computed goto, which runs no destructors: tmp ends first
    const SliceObj* sl = static_cast<const SliceObj*>(RB.p);
    std::string tmp;
    uint64_t n = sl ? sl->len : 0;
    for (uint64_t k = 0; k < n; ++k) {
      int64_t r = load_relaxed(&sl->data[k]).i;
      fmtlib::encode_rune(tmp, (r < 0 || r > 0x10FFFF) ? 0xFFFD : char32_t(r));
    }
    RA = Heap::make_string(heap, tmp);
  }
  NEXT();
}
L_NextRune: {
  std::string_view str = str_view(RB);
  fmtlib::DecodedRune r = fmtlib::decode_rune(str, size_t(RC.i));
  RA.i = r.rune;
  R[i->a + 1].i = r.width;
  NEXT();
}

  // ---- maps ----
L_MakeMap: {
  const Type* mt = prog.types[i->c]->underlying();
  RA.p = map_make(heap, static_cast<const MapTy*>(mt), RB.i, w.next_random());
  NEXT();
}
L_MapIndex:
L_MapIndex2: {
  uint32_t vw = pc->a;
  ++pc;
  MapStatus st;
  Slot* v = map_lookup(static_cast<MapObj*>(RB.p), RC, st);
  if (__builtin_expect(st.err != MapErr::None, 0)) PANIC(map_error_text(st));
  bool two = i->op == Op::MapIndex2;
  if (vw == 1) {
    RA = v ? load_relaxed(v) : Slot{0};
  } else {
    // An aggregate value: a fresh copy (or a zero value).
    Slot* box = new_box(heap, vw);
    if (v)
      for (uint32_t k = 0; k < vw; ++k) box[k] = load_relaxed(&v[k]);
    RA.p = box;
  }
  if (two) R[i->a + 1].i = v != nullptr;
  NEXT();
}
L_MapElemAddr: {
  // m[k] op= v and m[k]++ with a one-slot value: one hash lookup, then a
  // load and a store through the returned slot (nothing runs in between
  // that could touch the map).
  MapStatus st;
  Slot* v = map_assign(heap, static_cast<MapObj*>(RB.p), RC, st);
  if (__builtin_expect(st.err != MapErr::None, 0)) {
    if (st.err == MapErr::ConcurrentWrite) {
      SAVE();
      panic_msg = map_error_text(st);
      goto fatal;
    }
    PANIC(map_error_text(st));
  }
  RA.p = v;
  NEXT();
}
L_MapStore: {
  uint32_t vw = pc->a;
  ++pc;
  Slot val = RC;
  MapStatus st;
  Slot* v = map_assign(heap, static_cast<MapObj*>(RA.p), RB, st);
  if (__builtin_expect(st.err != MapErr::None, 0)) {
    if (st.err == MapErr::ConcurrentWrite) {
      SAVE();
      panic_msg = map_error_text(st);
      goto fatal;
    }
    PANIC(map_error_text(st));
  }
  if (vw == 1) {
    store_relaxed(v, val);
  } else {
    const Slot* src = static_cast<const Slot*>(val.p);
    for (uint32_t k = 0; k < vw; ++k) store_relaxed(&v[k], load_relaxed(&src[k]));
  }
  NEXT();
}
L_MapDelete: {
  MapStatus st;
  map_delete(static_cast<MapObj*>(RA.p), RB, st);
  if (__builtin_expect(st.err != MapErr::None, 0)) {
    if (st.err == MapErr::ConcurrentWrite) {  // Go's fatal error, as for stores
      SAVE();
      panic_msg = map_error_text(st);
      goto fatal;
    }
    PANIC(map_error_text(st));
  }
  NEXT();
}
L_MapClear: {
  MapStatus st;
  map_clear(static_cast<MapObj*>(RA.p), st);
  NEXT();
}
L_LenMap:
  RA.i = map_len(static_cast<const MapObj*>(RB.p));
  NEXT();
L_MapIterInit: {
  auto* it = static_cast<MapIterObj*>(Heap::alloc(heap, HeapKind::MapIter, sizeof(MapIterObj)));
  map_iter_init(it->it, static_cast<MapObj*>(RB.p), w.next_random());
  RA.p = it;
  NEXT();
}
L_MapIterNext: {
  auto* it = static_cast<MapIterObj*>(RA.p);
  Slot* k = nullptr;
  Slot* v = nullptr;
  bool ok = map_iter_next(it->it, &k, &v);
  // Key and value: the slot itself for 1-slot types; for aggregates a
  // pointer to the entry's slots (the compiler copies them out).
  R[i->b].p = k;
  R[i->b + 1].p = v;
  R[i->b + 2].i = ok;
  NEXT();
}

  // ---- interfaces and panics ----
L_Box: {
  Slot v = RB;
  auto* box = static_cast<Iface*>(Heap::alloc(heap, HeapKind::Iface, sizeof(Iface)));
  box->type = prog.types[i->c];
  box->value = v;
  RA.p = box;
  NEXT();
}
L_TypeAssert:
L_TypeAssert2: {
  const Type* target = prog.types[i->c];
  const Type* static_t = prog.types[pc->bx()];
  ++pc;
  const Iface* v = static_cast<const Iface*>(RB.p);
  bool two = i->op == Op::TypeAssert2;
  bool ok;
  {  // NEXT() is a computed goto, which runs no destructors: missing ends first
    std::string missing;
    ok = v && type_assert_ok(prog, v->type, target, &missing);
    if (!ok && !two) {
      // Go's panicdottype / assertE2I: the static type is named only when
      // the target is concrete.
      bool to_iface = target->underlying()->kind == TypeKind::Interface;
      assert_fail = AssertFailure{to_iface ? nullptr : static_t, v ? v->type : nullptr, target,
                                  std::move(missing)};
      PANIC_AS(RaiseKind::Assert);
    }
  }
  if (ok) {
    RA = target->underlying()->kind == TypeKind::Interface ? RB : v->value;
  } else {
    const Program::TypeInfo& ti = prog.type_info[i->c];
    bool agg = target->underlying()->kind == TypeKind::Struct || target->underlying()->kind == TypeKind::Array;
    if (agg) RA.p = new_box(heap, ti);
    else RA.u = 0;
  }
  if (two) R[i->a + 1].i = ok;
  NEXT();
}
L_EqIface: {
  const Iface* x = static_cast<const Iface*>(RB.p);
  const Iface* y = static_cast<const Iface*>(RC.p);
  bool eq;
  if (!x || !y) {
    eq = x == y;
  } else if (x->type != y->type && !identical(x->type, y->type)) {
    eq = false;
  } else {
    const Type* t = x->type;
    if (!is_comparable(t)) PANIC("runtime error: comparing uncomparable type " + type_string(t, true));
    bool agg = t->underlying()->kind == TypeKind::Struct || t->underlying()->kind == TypeKind::Array;
    const Type* u = nullptr;
    eq = agg ? value_equal(t, static_cast<const Slot*>(x->value.p), static_cast<const Slot*>(y->value.p), &u)
             : value_equal(t, &x->value, &y->value, &u);
    if (u) PANIC("runtime error: comparing uncomparable type " + type_string(u, true));
  }
  RA.i = eq;
  NEXT();
}
L_EqAgg: {
  const Type* t = prog.types[pc->bx()];
  ++pc;
  const Type* u = nullptr;
  RA.i = value_equal(t, static_cast<const Slot*>(RB.p), static_cast<const Slot*>(RC.p), &u);
  if (u) PANIC("runtime error: comparing uncomparable type " + type_string(u, true));
  NEXT();
}
L_IsNil:
  RA.i = RB.p == nullptr;
  NEXT();
L_Panic:
  // panic(nil) panics with a nil value in Go 1.19 (recover returns nil).
  panic_value = RA;
  PANIC_AS(RaiseKind::Value);
L_Defer:
L_DeferClosure:
L_DeferNative: {
  uint32_t n;
  int32_t dproto = -1, dnative = -1;
  Closure* dc = nullptr;
  if (i->op == Op::Defer) {
    dproto = static_cast<int32_t>(i->bx());
    n = prog.protos[dproto]->nparams;
  } else if (i->op == Op::DeferClosure) {
    dc = static_cast<Closure*>(RB.p);
    // A nil function value panics when the deferred call runs, not here (Go's spec).
    n = dc ? dc->proto->nparams : 0;
  } else {
    dnative = i->b;
    n = i->c;
  }
  void* mem = std::malloc(sizeof(DeferRec) + n * sizeof(Slot));
  auto* d = new (mem) DeferRec();
  d->depth = g->nframes;
  d->proto = dproto;
  d->native = dnative;
  d->closure = dc;
  d->nargs = n;
  for (uint32_t k = 0; k < n; ++k) d->args[k] = R[i->a + k];
  d->next = g->defers;
  g->defers = d;
  NEXT();
}
L_RunDefers: {
  DeferRec* d = g->defers;
  if (!d || d->depth != g->nframes) NEXT();
  g->defers = d->next;
  pc = i;  // back here when the call returns: maybe more to run
  SAVE();
  defer_rec = d;
  goto call_deferred;
}
L_Recover: {
  PanicRec* p = g->panicking;
  // Only a function called directly as a deferred call of the panic stops it.
  if (p && !p->recovered && !p->goexit && p->defer_depth == g->nframes) {
    p->recovered = true;
    RA = p->value;
  } else {
    RA.p = nullptr;
  }
  NEXT();
}

call_deferred: {
  // Runs defer_rec above the current frame's registers, then continues at
  // the saved pc (RunDefers again, or the panic's unwinding).
  DeferRec* d = defer_rec;
  uint32_t base2 = f->base + proto->maxstack;
  if (d->native >= 0) {
    g->ensure_stack(base2, d->nargs + 2);
    uint32_t nargs = d->nargs;
    for (uint32_t k = 0; k < nargs; ++k) g->stack[base2 + k] = d->args[k];
    native = &prog.natives[d->native];
    std::free(d);
    // Script code the native calls (a String method) is not the deferred
    // function: recover() there must not stop the panic.
    if (in_unwind) g->panicking->defer_depth = 0;
    native_unwind = in_unwind;
    if (native->reenters && native->reenters(g->stack + base2, nargs)) {
      RunResult r = call_reentrant(w, g, native->fn, g->stack + base2, nargs, in_unwind, nullptr,
                                   &nst, &panic_msg);
      if (r != RunResult::Returned) return r;
      goto native_done;
    }
    NativeCall nc{this, &w, g, g->stack + base2, nargs, {}};
    nst = native->fn(nc);
    // A deferred runtime.Gosched does not yield (the unwinding state is
    // local to this loop); it is only a hint.
    if (nst == NativeStatus::Yield) nst = NativeStatus::Ok;
    panic_msg = std::move(nc.panic_msg);
    goto native_done;
  }
  if (__builtin_expect(d->proto < 0 && !d->closure, 0)) {  // defer of a nil func value
    std::free(d);
    // The call "runs" one frame up and panics there: a panic being unwound is
    // aborted by it as by a panic inside a deferred function.
    if (in_unwind) g->panicking->defer_depth = g->nframes + 1;
    in_unwind = false;
    panic_msg = kNilDeref;
    goto raise;
  }
  callee = d->proto >= 0 ? prog.protos[d->proto].get() : d->closure->proto;
  cl = d->closure;
  g->ensure_stack(base2, callee->maxstack > d->nargs ? callee->maxstack : d->nargs);
  for (uint32_t k = 0; k < d->nargs; ++k) g->stack[base2 + k] = d->args[k];
  std::free(d);
  if (__builtin_expect(g->nframes == g->frames_cap, 0)) g->grow_frames();
  Frame& nf = g->frames[g->nframes++];
  nf.proto = callee;
  nf.closure = cl;
  nf.pc = callee->code.data();
  nf.base = base2;
  if (in_unwind) g->panicking->defer_depth = g->nframes;
  in_unwind = false;
  RELOAD();
  NEXT();
}

native_done:
  // After a native call that may have run script code (which can move the
  // stack and the frames) or come back from a fiber: go on after the call
  // (the caller's pc is saved), unwind a panic that came out of the script
  // code, or raise the native's own panic.
  in_unwind = false;
  RELOAD();
  if (__builtin_expect(g->nested_panic, 0)) {
    g->nested_panic = false;
    if (native_unwind) abort_unwinding_panic(g, g->panicking->link);
    goto unwind;
  }
  if (nst != NativeStatus::Ok) {
    // runtime.Gosched: yield, at the instruction after the call (a
    // deferred call run by a panic does not: the unwinding is local state).
    if (nst == NativeStatus::Yield) {
      if (!native_unwind) goto native_yield;
    } else if (nst == NativeStatus::Goexit) {
      goto goexit;
    } else {
      if (native_unwind) abort_unwinding_panic(g, g->panicking);
      raise_kind = RaiseKind::NativeText;
      goto raise;
    }
  }
  if (sched.exiting()) return RunResult::ProgramExit;
  if (native_unwind && g->panicking) goto unwind;
  NEXT();

L_Unreachable:
  SAVE();
  panic_msg = "unreachable code reached (missing return)";
  goto fatal;

  // ---- complex (vm/complex.hpp) ----
L_MakeC:
  RA = make_complex(heap, RB.f, RC.f);
  NEXT();
L_RealC:
  RA.f = complex_parts(RB).re;
  NEXT();
L_ImagC:
  RA.f = complex_parts(RB).im;
  NEXT();
L_AddC:
L_SubC:
L_MulC:
L_DivC:
L_AddC64:
L_SubC64:
L_MulC64:
L_DivC64:
  RA = complex_binary(heap, static_cast<ComplexOp>(static_cast<int>(i->op) - static_cast<int>(Op::AddC)), RB, RC);
  NEXT();
L_NegC:
  RA = complex_neg(heap, RB);
  NEXT();
L_RoundC64:
  RA = complex_round64(heap, RB);
  NEXT();
L_EqC:
  RA.i = complex_equal(RB, RC);
  NEXT();
L_NeC:
  RA.i = !complex_equal(RB, RC);
  NEXT();

  // ---- sync.Mutex (stdlib/sync/mutex.go) ----
  // A call of Lock or Unlock on a *sync.Mutex in R[a], in the call's
  // registers, with the cases Go's code settles in its first few steps
  // done here: the state word (the Mutex's first slot; bit 0 locked, 1
  // woken, 2 starving, waiters from bit 3) changes by one atomic operation.
  // Lock: a mutex neither locked nor starving is taken by setting its lock
  // bit (Go's fast path, or the first step of lockSlow when goroutines
  // wait); else the call of P[bx], lockSlow (a nil receiver panics there).
  // Unlock: the lock bit is
  // cleared, and when nobody must be woken (no waiters, or the mutex was
  // taken again, or a woken waiter is competing already) that is all;
  // else (waiters to wake, starvation mode, misuse) R[a+1] = the new state
  // and the call of P[bx], unlockSlow, goes on from there. No ordering
  // weaker than Go's (sequentially consistent).
L_MutexLock: {
  Slot* m = static_cast<Slot*>(RA.p);
  if (__builtin_expect(m != nullptr, 1)) {
    uint64_t st = __atomic_load_n(&m->u, __ATOMIC_RELAXED);
    if ((st & 5) == 0 &&
        __atomic_compare_exchange_n(&m->u, &st, st | 1, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
      NEXT();
  }
  callee = prog.protos[i->bx()].get();
  cl = nullptr;
  goto enter;
}
L_MutexUnlock: {
  Slot* m = static_cast<Slot*>(RA.p);
  if (__builtin_expect(m == nullptr, 0)) PANIC(kNilDeref);
  // The state is an int32 kept sign-extended in its slot; one less stays
  // so (it would wrap only below -2^31, past 2^28 waiters).
  int64_t st = static_cast<int64_t>(__atomic_sub_fetch(&m->u, 1, __ATOMIC_SEQ_CST));
  if (__builtin_expect(st == 0, 1)) NEXT();
  if ((st & 1) == 0 && (st & 4) == 0 && ((st >> 3) == 0 || (st & 3) != 0)) NEXT();
  R[i->a + 1].i = st;
  callee = prog.protos[i->bx()].get();
  cl = nullptr;
  goto enter;
}

L_GlobalAddr:  // &x of a package-level scalar: its slot never moves (vm/globals.hpp)
  RA.p = &globals[i->bx()];
  NEXT();

raise: {
  // A new panic, its value made as Go's runtime makes it. The fatal report
  // formats it only if nothing recovers it (fatal_panic), as Go does.
  auto* p = new PanicRec();
  switch (raise_kind) {
    case RaiseKind::Value: p->value = panic_value; break;
    case RaiseKind::Text:
    case RaiseKind::NativeText:
      p->value.p = raise_kind == RaiseKind::Text ? rt_errors_.from_text(heap, panic_msg)
                                                 : rt_errors_.from_native(heap, panic_msg);
      if (panic_msg == kNilDeref) {
        g->nil_signal = true;
        auto at = f->pc - f->proto->code.data();  // just past the faulting instruction
        g->signal_pc = at > 0 ? static_cast<uint32_t>(at - 1) : 0;
      }
      break;
    case RaiseKind::Bounds: p->value.p = rt_errors_.bounds(heap, bounds_fail); break;
    case RaiseKind::Assert: p->value.p = rt_errors_.type_assertion(heap, assert_fail); break;
  }
  raise_kind = RaiseKind::Text;
  panic_value.p = nullptr;
  p->link = g->panicking;
  g->panicking = p;
  goto unwind;
}
goexit: {
  // runtime.Goexit: a record on the panic list that runs the deferred
  // calls as a panic does (a panic being unwound by a deferred call that
  // called Goexit is aborted: only Goexit's unwinding goes on).
  auto* p = new PanicRec();
  p->goexit = true;
  p->link = g->panicking;
  g->panicking = p;
  goto unwind;
}
unwind: {
  // Run the newest deferred call on top of the panicking frames; when it
  // returns, Ret comes back here unless it recovered.
  DeferRec* d = g->defers;
  // Inside script code a native called, the panic leaves at the nested
  // call's boundary: the native returns and its caller unwinds on.
  if (__builtin_expect(g->nested_depth != 0, 0) && (!d || d->depth <= g->nested_depth)) {
    SAVE();
    return leave_nested_panicking(g);
  }
  if (!d) return g->panicking->goexit ? goexit_done(g) : fatal_panic(w, g);
  g->defers = d->next;
  g->panicking->defer_frame = d->depth;
  f = &g->top();
  proto = f->proto;
  R = g->stack + f->base;
  defer_rec = d;
  in_unwind = true;
  goto call_deferred;
}
fatal: {
  std::lock_guard<std::mutex> lock(report_mu_);
  if (!reported_) {
    reported_ = true;
    write_err("fatal error: " + panic_msg + "\n\n" + traceback(g, "running"));
  }
  sched.exit_program(2);
  return RunResult::ProgramExit;
}

#undef SAVE
#undef RELOAD
#undef NEXT
#undef PANIC
#undef TICK
#undef JUMP
#undef RA
#undef RB
#undef RC
}

// MutexLock and MutexUnlock do the first steps of sync.(*Mutex).Lock and
// Unlock in the caller and call the slow path (lockSlow, unlockSlow)
// directly. Go's compiler inlines those methods, and its tracebacks show
// the inlined frame: `sync.(*Mutex).Lock(...)` at the line of Lock that
// calls lockSlow. This is that line: the call of slow in method's code.
static std::string inlined_mutex_frame(const Program& prog, const Instr* at) {
  const char* method = at->op == Op::MutexLock ? "sync.(*Mutex).Lock" : "sync.(*Mutex).Unlock";
  for (const auto& p : prog.protos) {
    if (!p || p->name != method) continue;
    for (const Instr& in : p->code)
      if (in.op == Op::Call && in.bx() == at->bx())
        return p->name + "(...)\n\t" + p->file + ":" + std::to_string(p->line_at(&in)) + "\n";
  }
  return "";
}

std::string VM::traceback(G* g, const char* status) {
  std::string out = "goroutine " + std::to_string(g->id) + " [" + status + "]:\n";
  for (uint32_t k = g->nframes; k-- > 0;) {
    const Frame& fr = g->frames[k];
    const Proto* p = fr.proto;
    if (p->hidden) continue;
    const Instr* at = fr.pc > p->code.data() ? fr.pc - 1 : fr.pc;
    // A frame returning through its deferred calls is at its RunDefers
    // (a frame in a call or a panic is never: Compiler::emit_run_defers);
    // Go prints the line of the return.
    if (k + 1 < g->nframes && fr.pc->op == Op::RunDefers) at = fr.pc;
    if (k + 1 < g->nframes && (at->op == Op::MutexLock || at->op == Op::MutexUnlock))
      out += inlined_mutex_frame(*prog_, at);
    out += p->name + (p->nparams ? "(...)" : "()") + "\n\t" + p->file + ":" +
           std::to_string(p->line_at(at)) + "\n";
  }
  if (g->created_by && !g->created_by->hidden) {
    const Instr* at = g->created_pc - 1;
    out += "created by " + g->created_by->name + "\n\t" + g->created_by->file + ":" +
           std::to_string(g->created_by->line_at(at)) + "\n";
  }
  return out;
}

}  // namespace csp
