// The report of an unrecovered panic, as Go's runtime prints it:
// preprintpanics turns every panic value of the goroutine into its text
// (Error() for an error, String() for a Stringer: script code, run on the
// panicking goroutine now that no deferred call is left), then printpanics
// prints the oldest first, each later one indented, "[recovered]" after one
// that was recovered and then superseded; then the traceback, exit status 2.
#include <cstdio>
#include <string>
#include <vector>

#include "lang/types.hpp"
#include "stdlib/fmt/format.hpp"
#include "vm/layout.hpp"
#include "vm/runtime.hpp"
#include "vm/slices.hpp"

namespace csp {

namespace {

// Go's printany / printanycustomtype for a value without Error or String.
std::string printany(const Iface* v) {
  if (!v) return "nil";
  const Type* t = v->type;
  const BasicType* b = as_basic(t);
  std::string tname = type_string(t, true);
  bool named = t->kind == TypeKind::Named;
  std::string val;
  if (!b) {
    // Go prints the data word: the pointer, or the address of the boxed value.
    fmtlib::builtin_print_pointer(val, reinterpret_cast<uintptr_t>(v->value.p));
    return "(" + tname + ") " + val;
  }
  if (b->is_boolean()) val = v->value.i ? "true" : "false";
  else if (b->is_unsigned()) fmtlib::builtin_print_uint(val, v->value.u);
  else if (b->is_integer()) fmtlib::builtin_print_int(val, v->value.i);
  else if (b->is_float()) fmtlib::builtin_print_float(val, v->value.f);
  else if (b->is_complex()) {
    ComplexParts c = complex_parts(v->value);
    fmtlib::builtin_print_complex(val, c.re, c.im);
    return named ? tname + val : val;  // Go: typestring then (re+imi)
  } else if (b->is_string()) {
    std::string_view s = str_view(v->value);
    if (named) {
      val = "\"";
      val += s;
      val += "\"";
    } else {
      val = s;
    }
  }
  if (named) return tname + "(" + val + ")";
  return val;
}

}  // namespace

bool VM::panic_text(NativeCall& nc, const Iface* v, std::string* out) {
  if (!v) {
    *out = "nil";
    return true;
  }
  // Go asks v.(error), then v.(stringer): the compiled method set of the
  // dynamic type (every boxed type has one), promoted methods included.
  auto ms = prog_->methods.find(v->type);
  for (const char* name : {"Error", "String"}) {
    if (ms == prog_->methods.end()) break;
    const Program::MethodEntry* m = nullptr;
    for (const auto& e : ms->second)
      if (prog_->method_names[e.name] == name) m = &e;
    if (!m || !m->sig) continue;
    auto* sig = static_cast<const SignatureType*>(m->sig);
    if (!sig->params.empty() || sig->variadic || sig->results.size() != 1 || !is_string(sig->results[0]))
      continue;
    // The receiver as CallIface passes it; an aggregate gets its own copy
    // (the panic value must not change).
    Slot recv = v->value;
    LocalHeap& lh = heap_->local(nc.w->id);
    auto copy = [&](const Slot* src, uint64_t n) {
      Slot* c = new_box(lh, n);
      for (uint64_t k = 0; k < n; ++k) c[k] = src[k];
      recv.p = c;
    };
    if (m->deref) {
      const Slot* p = static_cast<const Slot*>(recv.p);
      if (!p) {
        // A value method through a nil pointer: Go's wrapper panics, which
        // the report cannot print; say "nil".
        *out = "nil";
        return true;
      }
      if (m->deref_agg) copy(p, m->deref);
      else recv = *p;
    } else if (is_aggregate(v->type)) {
      copy(static_cast<const Slot*>(recv.p), value_slots(v->type));
    }
    Slot result{};
    // On the report's fiber (see fatal_panic), the method may block.
    switch (call_nested(nc, m->proto, nullptr, &recv, 1, &result)) {
      case NestedStatus::Ok: break;
      case NestedStatus::Panicked:
        // The method panicked: Go's preprintpanics throws, which the report
        // says (it sees that panic on top of one being printed).
        nc.g->nested_panic = false;
        report_panics(nc);
        return false;
      case NestedStatus::Ended: return false;
    }
    *out = std::string(str_view(result));
    return true;
  }
  *out = printany(v);
  return true;
}

RunResult VM::fatal_panic(Worker& w, G* g) {
  // Go's preprintpanics calls the values' Error and String methods on the
  // panicking goroutine, which may block on a channel meanwhile (and other
  // goroutines run); here such script code runs on a fiber, as for a native
  // that calls script code. g is at the top level (a panic inside script
  // code a native called leaves at the native's boundary), so it has no
  // fiber yet.
  bool methods = false;
  for (PanicRec* p = g->panicking; p && !methods; p = p->link) {
    const Iface* v = static_cast<const Iface*>(p->value.p);
    methods = v && prog_->methods.count(v->type) != 0;
  }
  if (methods && !g->fiber) {
    NativeStatus st;
    std::string msg;
    RunResult r = call_reentrant(w, g, report_panics_native, g->stack, 0, false, nullptr, &st, &msg);
    // Returned: the report is over and the program is exiting. Otherwise
    // the goroutine parked or yielded in a method; once the report ends,
    // the interpreter resumes after this "call" and finds the program
    // exiting (native_done).
    return r == RunResult::Returned ? RunResult::ProgramExit : r;
  }
  NativeCall nc{this, &w, g, nullptr, 0, {}};
  return report_panics(nc);
}

NativeStatus VM::report_panics_native(NativeCall& nc) {
  nc.vm->report_panics(nc);
  return NativeStatus::Ok;
}

RunResult VM::report_panics(NativeCall& nc) {
  G* g = nc.g;
  std::vector<PanicRec*> chain;  // newest first
  bool nested = false;
  for (PanicRec* p = g->panicking; p; p = p->link) {
    chain.push_back(p);
    nested |= p->printing;
    // No deferred call runs for these panics any more: a method the report
    // calls must not look like one returning (Ret compares frame depths).
    p->defer_depth = 0;
  }
  std::string text;
  if (nested) {
    // An Error or String method panicked while the report ran it: Go's
    // preprintpanics throws.
    const Iface* v = chain.empty() ? nullptr : static_cast<const Iface*>(chain[0]->value.p);
    text = "fatal error: panic while printing panic value";
    if (v && v->type->kind == TypeKind::Basic && is_string(v->type)) text += ": " + std::string(str_view(v->value));
    else if (v) text += ": type " + rtype_string(v->type);
    text += "\n";
  } else {
    for (PanicRec* p : chain) {
      if (p->goexit) continue;
      p->printing = true;
      if (!panic_text(nc, static_cast<const Iface*>(p->value.p), &p->text)) return RunResult::ProgramExit;
      p->printing = false;
    }
    // Go's printpanics, oldest first: a tab before each record whose
    // older neighbour is not Goexit's, and nothing for Goexit's own.
    for (size_t k = chain.size(); k-- > 0;) {
      if (k + 1 < chain.size() && !chain[k + 1]->goexit) text += "\t";
      if (chain[k]->goexit) continue;
      text += "panic: " + chain[k]->text + (chain[k]->recovered ? " [recovered]" : "") + "\n";
    }
    // Go's nil dereference is a real SIGSEGV, which its report names. csp
    // checks for nil instead: the address is Go's for a nil base with no
    // offset, and the pc is the instruction's index (tests/run_golden.py
    // normalizes both, since Go's depend on its compiler).
    if (g->nil_signal) {
      char line[96];
      std::snprintf(line, sizeof line, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%x]\n",
                    static_cast<unsigned>(g->signal_pc));
      text += line;
    }
  }
  // A panic that left script code a native called (sort.Slice's less)
  // kept the traceback of where it happened: those frames are gone now.
  std::string trace = !nested && !chain.empty() && !chain[0]->trace.empty()
                          ? chain[0]->trace
                          : traceback(g, "running");
  std::lock_guard<std::mutex> lock(report_mu_);
  if (!reported_) {
    reported_ = true;
    write_err(text + "\n" + trace);
  }
  sched_->exit_program(2);
  return RunResult::ProgramExit;
}

void VM::fatal_error(G* g, std::string_view msg) {
  std::lock_guard<std::mutex> lock(report_mu_);
  if (!reported_) {
    reported_ = true;
    write_err("fatal error: " + std::string(msg) + "\n\n" + traceback(g, "running"));
  }
  sched_->exit_program(2);
}

}  // namespace csp
