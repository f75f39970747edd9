// Script code called from a native: sort.Slice's less function, fmt running
// String and Error methods.
//
// A native that may call script code is marked (NativeDef::reenters) and
// the interpreter runs it on a pooled fiber (vm/fiber.hpp). Its calls into
// script code (call_nested) push a frame above the native's caller on the
// goroutine's own frame stack and run the interpreter re-entrantly, on the
// fiber's stack, until that frame returns (RunResult::Returned, found
// through G::nested_depth). When that script code parks, yields or ends the
// program, call_nested suspends the fiber with the reason, which the
// interpreter on the worker's stack returns to the scheduler; when the
// goroutine runs again — on any worker — VM::run enters the fiber first and
// call_nested goes on where it was. Once the native returns, the fiber goes
// back to the pool and the interpreter continues after the call.
//
// Everything the collector needs stays where it looks anyway: the nested
// frames and their registers are on the goroutine's frame stack and the
// native's arguments in its caller's registers. Natives keep heap objects
// they need across a call reachable from those (sort keeps the slice and
// less in its arguments).
//
// A panic in the nested code unwinds its own deferred calls; at the nested
// call's boundary it leaves (RunResult::NestedPanic, G::nested_panic): the
// native returns (fmt recovers it, as Go's fmt does) and the interpreter
// unwinds on through the native's caller.
#include <new>

#include "stdlib/fmt/value_format.hpp"
#include "vm/runtime.hpp"
#include "vm/slices.hpp"

namespace csp {

bool always_reenters(const Slot*, uint32_t) { return true; }

namespace {

// Script code nested in natives nests C++ frames on the fiber (interpreter,
// native, interpreter, ...); with less than this left, a further native
// called there is a stack overflow, as deep recursion is in Go.
constexpr size_t kStackReserve = 64 * 1024;

// Each interpreter run starts with a fresh budget, so script code that a
// native calls many times (a cheap less function) never uses one up: a
// native on a fiber yields its goroutine's time slice after this many calls
// instead (a few hundred microseconds of cheap calls).
constexpr int kNestedCallsPerSlice = 1 << 14;

}  // namespace

// ---- the interpreter's side ----------------------------------------------------

RunResult VM::run(Worker& w, G* g) {
  if (__builtin_expect(g->fiber != nullptr, 0)) {
    // g parked or yielded inside a native: go on there first.
    NativeOutcome out;
    out.in_unwind = g->fiber->in_unwind;
    RunResult why;
    if (!run_fiber(w, g, &why, &out.st, &out.panic_msg, &out.spread)) return why;
    return interpret(w, g, &out);
  }
  return interpret(w, g, nullptr);
}

RunResult VM::call_reentrant(Worker& w, G* g, NativeFn fn, Slot* args, uint32_t nargs,
                             bool in_unwind, std::vector<Slot>* spread, NativeStatus* st,
                             std::string* msg) {
  if (!args) args = spread->data();
  if (Fiber* fb = g->fiber) {
    // Script code running on g's fiber called it: run it right here, on the
    // same fiber (parking inside parks the whole fiber). Only here does the
    // fiber's C++ stack grow by another level (native, interpreter, ...),
    // so only here is it checked.
    if (__builtin_expect(fb->stack_left() < kStackReserve, 0)) nested_stack_overflow(g, fb);
    NativeCall nc{this, &w, g, args, nargs, {}};
    *st = fn(nc);
    *msg = std::move(nc.panic_msg);
    if (fb->w != &w) {
      // It parked inside and came back on another worker: the interpreter
      // that called it belongs to the old one. Its call_nested goes on.
      fb->pending.st = *st;
      fb->pending.panic_msg = std::move(*msg);
      fb->pending.in_unwind = in_unwind;
      fb->pending.spread.clear();
      if (spread) fb->pending.spread = std::move(*spread);
      return RunResult::Migrated;
    }
    return RunResult::Returned;
  }
  Fiber* fb;
  try {
    fb = fibers_->get(w.id);
  } catch (const std::bad_alloc&) {  // no address space left for a stack
    std::lock_guard<std::mutex> lock(report_mu_);
    if (!reported_) {
      reported_ = true;
      write_err("fatal error: out of memory allocating a fiber stack\n\n" +
                traceback(g, "running"));
    }
    sched_->exit_program(2);
    return RunResult::ProgramExit;
  }
  if (spread) {
    fb->spread = std::move(*spread);  // the buffer goes with the fiber
    args = fb->spread.data();
  }
  fb->fn = fn;
  fb->nc.vm = this;
  fb->nc.w = &w;
  fb->nc.g = g;
  fb->nc.args = args;
  fb->nc.nargs = nargs;
  fb->nc.panic_msg.clear();
  fb->in_unwind = in_unwind;
  fb->nested_budget = kNestedCallsPerSlice;
  g->fiber = fb;
  RunResult why;
  if (!run_fiber(w, g, &why, st, msg, spread)) return why;
  return RunResult::Returned;
}

bool VM::run_fiber(Worker& w, G* g, RunResult* why, NativeStatus* st, std::string* msg,
                   std::vector<Slot>* spread) {
  Fiber* fb = g->fiber;
  if (!fb->enter(&w)) {
    *why = fb->why;
    fb->release();  // g may be running elsewhere from here on
    return false;
  }
  *st = fb->st;
  if (fb->st != NativeStatus::Ok) *msg = std::move(fb->nc.panic_msg);
  if (!fb->spread.empty()) {
    if (spread) *spread = std::move(fb->spread);
    fb->spread.clear();
  }
  g->fiber = nullptr;
  fibers_->put(w.id, fb);
  return true;
}

RunResult VM::leave_nested_panicking(G* g) {
  PanicRec* p = g->panicking;
  if (p->trace.empty()) p->trace = traceback(g, "running");
  // Its deferred calls are over: no recover() may match it by depth until
  // the native's caller runs the next one.
  p->defer_depth = 0;
  g->nframes = g->nested_depth;
  return RunResult::NestedPanic;
}

void VM::cancel_fibers() {
  std::vector<G*> parked;
  sched_->for_each_g([&](G* g) {
    if (g->fiber) parked.push_back(g);
  });
  for (G* g : parked) {
    Fiber* fb = g->fiber;
    fb->cancel = true;
    fb->enter(&sched_->worker(0));  // unwinds the native's C++ frames
    g->fiber = nullptr;
    fibers_->put(0, fb);
  }
}

// ---- the native's side -----------------------------------------------------------

VM::NestedStatus VM::call_nested(NativeCall& nc, int32_t proto, Closure* closure, const Slot* args,
                                 uint32_t nargs, Slot* result) {
  // The common case (sort.Slice's less: millions of calls) is a frame push,
  // one interpreter run that returns, and a pop; everything else is out of
  // line (nested_stack_overflow, finish_nested).
  G* g = nc.g;
  if (__builtin_expect(g->nested_panic, 0)) return NestedStatus::Panicked;  // on its way out
  Fiber* fb = g->fiber;
  const Proto* p = closure ? closure->proto : prog_->protos[proto].get();
  // Arguments on the goroutine's stack move with it; those of a spread
  // call (f(xs...)) live in a buffer of their own.
  Slot* const stack = g->stack;
  const bool args_on_stack = nc.args >= stack && nc.args < stack + g->stack_size;
  const Frame& top = g->top();
  uint32_t base = top.base + top.proto->maxstack;
  // A deferred native's arguments sit just above its caller's registers:
  // the new frame goes above them, or its registers would overwrite
  // arguments the native has yet to use (and the collector would not see
  // them).
  if (args_on_stack && uint32_t(nc.args - stack) + nc.nargs > base)
    base = uint32_t(nc.args - stack) + nc.nargs;
  g->ensure_stack(base, p->maxstack > nargs ? p->maxstack : nargs);
  for (uint32_t k = 0; k < nargs; ++k) g->stack[base + k] = args[k];
  uint32_t saved = g->nested_depth;
  g->nested_depth = g->nframes;
  Frame& f = g->push_frame();
  f.proto = p;
  f.closure = closure;
  f.pc = p->code.data();
  f.base = base;
  // A safe point (the new frame covers the arguments now): a native calling
  // script code in a loop must not hold up a collection.
  if (__builtin_expect(gc_->poll_pending(), 0)) gc_->at_safepoint(*heap_of(*nc.w).cache);
  // The time slice: yield before the call (finish_nested suspends the
  // fiber, and runs the call once the goroutine is scheduled again).
  RunResult r = fb && __builtin_expect(--fb->nested_budget <= 0, 0)
                    ? (fb->nested_budget = kNestedCallsPerSlice, RunResult::Yielded)
                    : interpret(*nc.w, g, nullptr);
  NestedStatus status = NestedStatus::Ok;
  if (__builtin_expect(r != RunResult::Returned, 0)) status = finish_nested(nc, fb, r);
  g->nested_depth = saved;
  if (status == NestedStatus::Ok && result) *result = g->stack[base];
  if (args_on_stack && g->stack != stack) nc.args = g->stack + (nc.args - stack);  // it moved
  return status;
}

void VM::nested_stack_overflow(G* g, Fiber* fb) {
  {
    std::lock_guard<std::mutex> lock(report_mu_);
    if (!reported_) {
      reported_ = true;
      write_err("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                "fatal error: stack overflow\n\n" + traceback(g, "running"));
    }
  }
  sched_->exit_program(2);
  fb->suspend(RunResult::ProgramExit);  // never resumed but to unwind
}

VM::NestedStatus VM::finish_nested(NativeCall& nc, Fiber* fb, RunResult r) {
  // The nested call's interpreter stopped before its frame returned: run
  // it on until it does, parking the fiber (and the goroutine) meanwhile.
  G* g = nc.g;
  for (;;) {
    if (r == RunResult::Returned) return NestedStatus::Ok;
    if (r == RunResult::NestedPanic) {
      g->nested_panic = true;
      return NestedStatus::Panicked;
    }
    if (fb) {
      if (r == RunResult::Migrated) {
        // A native nested in this call came back on another worker: go on
        // after it, on the worker the fiber runs on now.
        NativeOutcome resumed = std::move(fb->pending);
        nc.w = fb->w;
        r = interpret(*nc.w, g, &resumed);
      } else {
        fb->suspend(r);  // Parked, Yielded or ProgramExit: until g runs again
        nc.w = fb->w;
        r = interpret(*nc.w, g, nullptr);
      }
      continue;
    }
    // On the worker's own stack (a native not marked reenters, or a fatal
    // report printing a value): nothing may park here.
    if (r == RunResult::Yielded) {
      r = interpret(*nc.w, g, nullptr);
      continue;
    }
    if (r == RunResult::Parked) {
      std::lock_guard<std::mutex> lock(report_mu_);
      if (!reported_) {
        reported_ = true;
        write_err("fatal error: script code called by a native without a fiber blocked\n\n" +
                  traceback(g, "running"));
      }
      sched_->exit_program(2);
    }
    return NestedStatus::Ended;
  }
}

Slot VM::nested_panic_value(G* g) const { return g->panicking->value; }

void VM::recover_nested(G* g) {
  PanicRec* p = g->panicking;
  g->panicking = p->link;
  g->nested_panic = false;
  delete p;
}

namespace {

// fmt's hook for Error()/String(): runs the method on the calling goroutine.
class NestedMethodCaller : public MethodCaller {
 public:
  explicit NestedMethodCaller(NativeCall& nc) : nc_(nc) {}
  bool call_string_method(const Func* m, Slot recv, std::string& out) override {
    if (!m || m->index < 0) return false;
    VM& vm = *nc_.vm;
    const Type* rt = m->sig()->recv;
    if (rt && rt->underlying()->kind != TypeKind::Pointer && value_slots(rt) > 0 &&
        (rt->underlying()->kind == TypeKind::Struct || rt->underlying()->kind == TypeKind::Array)) {
      // A value receiver gets its own copy.
      uint64_t n = value_slots(rt);
      Slot* copy = new_box(vm.heap_of(*nc_.w), n);
      const Slot* src = static_cast<const Slot*>(recv.p);
      for (uint64_t k = 0; k < n; ++k) copy[k] = src[k];
      recv.p = copy;
    }
    Slot result{};
    switch (vm.call_nested(nc_, m->index, nullptr, &recv, 1, &result)) {
      case VM::NestedStatus::Ok:
        out = std::string(str_view(result));
        return true;
      case VM::NestedStatus::Panicked: {
        G* g = nc_.g;
        // runtime.Goexit in the method: Go's catchPanic recovers nil and
        // lets it go on (nested_panic stays set: the native returns and
        // the goroutine unwinds on).
        if (g->panicking->goexit) {
          out.clear();
          return false;
        }
        // Go's catchPanic: the panic is recovered and its value printed
        // with %v. The value stays on the panic (reachable) meanwhile, and
        // its own methods may run.
        g->nested_panic = false;
        FormatEnv env;
        env.mc = this;
        std::vector<fmtlib::Arg> args{
            iface_to_arg(static_cast<const Iface*>(vm.nested_panic_value(g).p), env)};
        out.clear();
        fmtlib::sprint(out, args);
        vm.recover_nested(g);
        return false;
      }
      case VM::NestedStatus::Ended: break;
    }
    out = "program ended";
    return false;
  }

 private:
  NativeCall& nc_;
};

}  // namespace

std::unique_ptr<MethodCaller> make_method_caller(NativeCall& nc) {
  return std::make_unique<NestedMethodCaller>(nc);
}

}  // namespace csp
