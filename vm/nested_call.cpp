// Script code called from a native: fmt running a String or Error method.
//
// The goroutine's stack already holds the native's caller frame; the callee
// gets a frame above it and the interpreter runs re-entrantly on the C++
// stack until that frame returns (RunResult::Returned, signalled by
// G::nested_depth). This is the cheap path for methods that compute; a
// method that would park cannot, because the native's C++ frame is in the
// way — that needs the fiber design of the brief and ends the program with
// a clear fatal error until then.
#include "stdlib/fmt/value_format.hpp"
#include "vm/runtime.hpp"
#include "vm/slices.hpp"

namespace csp {

bool VM::call_nested(Worker& w, G* g, int32_t proto, const Slot* args, uint32_t nargs,
                     Slot* result, Closure* closure) {
  const Proto* p = closure ? closure->proto : prog_->protos[proto].get();
  const Frame& top = g->top();
  uint32_t base = top.base + top.proto->maxstack;
  g->ensure_stack(base, p->maxstack > nargs ? p->maxstack : nargs);
  for (uint32_t k = 0; k < nargs; ++k) g->stack[base + k] = args[k];
  uint32_t saved = g->nested_depth;
  g->nested_depth = g->nframes;
  Frame& f = g->push_frame();
  f.proto = p;
  f.closure = closure;
  f.pc = p->code.data();
  f.base = base;
  bool ok = true;
  for (;;) {
    RunResult r = run(w, g);
    if (r == RunResult::Returned) break;
    if (r == RunResult::Yielded) continue;  // a time slice ended: keep going
    if (r == RunResult::Parked) {
      std::lock_guard<std::mutex> lock(report_mu_);
      if (!reported_) {
        reported_ = true;
        write_err("fatal error: a String or Error method blocked (not supported yet)\n\n" +
                  traceback(g, "running"));
      }
      sched_->exit_program(2);
    }
    ok = false;  // the program is ending
    break;
  }
  g->nested_depth = saved;
  if (ok && result) *result = g->stack[base];
  return ok;
}

namespace {

// fmt's hook for Error()/String(): runs the method on the calling goroutine.
class NestedMethodCaller : public MethodCaller {
 public:
  explicit NestedMethodCaller(NativeCall& nc)
      : vm_(*nc.vm), w_(*nc.w), g_(nc.g), nc_(nc),
        // Arguments on the goroutine's stack move with it; those of a
        // spread call (f(xs...)) live in a buffer of the interpreter's.
        args_at_(nc.args >= nc.g->stack && nc.args < nc.g->stack + nc.g->stack_size ? nc.args - nc.g->stack
                                                                                  : -1) {}
  bool call_string_method(const Func* m, Slot recv, std::string& out) override {
    if (!m || m->index < 0) return false;
    const Type* rt = m->sig()->recv;
    if (rt && rt->underlying()->kind != TypeKind::Pointer && value_slots(rt) > 0 &&
        (rt->underlying()->kind == TypeKind::Struct || rt->underlying()->kind == TypeKind::Array)) {
      // A value receiver gets its own copy.
      uint64_t n = value_slots(rt);
      Slot* copy = new_box(vm_.heap_of(w_), n);
      const Slot* src = static_cast<const Slot*>(recv.p);
      for (uint64_t k = 0; k < n; ++k) copy[k] = src[k];
      recv.p = copy;
    }
    Slot result{};
    bool ok = vm_.call_nested(w_, g_, m->index, &recv, 1, &result);
    if (args_at_ >= 0) nc_.args = g_->stack + args_at_;  // the stack may have moved
    if (!ok) {
      out = "program ended";
      return false;
    }
    out = std::string(str_view(result));
    return true;
  }

 private:
  VM& vm_;
  Worker& w_;
  G* g_;
  NativeCall& nc_;
  ptrdiff_t args_at_;
};

}  // namespace

std::unique_ptr<MethodCaller> make_method_caller(NativeCall& nc) {
  return std::make_unique<NestedMethodCaller>(nc);
}

}  // namespace csp
