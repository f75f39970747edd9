// The runtime behind one csp::VM: program, types, heap, scheduler and the
// interpreter that runs goroutines (the scheduler's Executor).
//
// Everything a running program touches hangs off this object; there is no
// global mutable state, so several VMs can live in one process.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lang/diagnostics.hpp"
#include "lang/types.hpp"
#include "vm/fiber.hpp"
#include "vm/globals.hpp"
#include "vm/heap.hpp"
#include "vm/program.hpp"
#include "vm/runtime_errors.hpp"
#include "vm/sched.hpp"
#include "vm/sema.hpp"

namespace csp {

class StdImporter;

struct RuntimeOptions {
  int procs = 0;  // worker threads; 0 = GOMAXPROCS or the CPU count
  std::function<void(std::string_view)> out;  // default: fd 1
  std::function<void(std::string_view)> err;  // default: fd 2
  // os.Args: the program path, then its arguments. Empty: the path of the
  // file loaded last.
  std::vector<std::string> args;
};

class VM : public Executor, public GcClient {
 public:
  explicit VM(RuntimeOptions opts);
  ~VM() override;
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Parses, checks and compiles a source file into the program. On failure
  // returns false and appends rendered diagnostics to *errors.
  bool load(const std::string& filename, std::string_view source, std::string* errors);
  // Runs the loaded program's entry on the scheduler; returns the exit code.
  int run();
  std::string disassemble() const;

  // Executor: runs goroutine g on worker w until it parks, yields or ends.
  // A goroutine parked inside a native's fiber continues there first.
  RunResult run(Worker& w, G* g) override;

  // GcClient (vm/gc_roots.cpp): roots are scanned conservatively (every
  // register and global slot; the page map rejects non-pointers), heap
  // objects by kind and layout.
  void visit_roots(Tracer& t) override;
  void scan_object(void* obj, size_t size, Tracer& t) override;
  void scan_slots(Tracer& t, const Slot* slots, size_t n, uint32_t layout);

  void write_out(std::string_view s) { opts_.out(s); }
  void write_err(std::string_view s) { opts_.err(s); }
  const std::vector<std::string>& args() const { return opts_.args; }
  LocalHeap& heap_of(Worker& w) { return heap_->local(w.id); }
  Program& program() { return *prog_; }
  TypeContext& types() { return *types_; }
  Scheduler& scheduler() { return *sched_; }
  // GOMAXPROCS: the scheduler's setting while running.
  int procs() const { return sched_ ? sched_->procs() : procs_; }
  // The semaphores and notify lists sync parks goroutines on (a fresh
  // table for each run).
  SemaTable& sema() { return *sema_; }

  // Runs a script function on the calling goroutine from inside a native
  // (vm/nested_call.cpp): `proto`, or `closure` if proto < 0, with `args`
  // copied to a new frame above the native's caller; the first result goes
  // to *result. When the native runs on a fiber (NativeEntry::reenters) the
  // script code may park: the goroutine and the fiber park together and
  // may come back on another worker, so nc.w is updated, and nc.args too
  // (the goroutine's stack may move). Ok; Panicked: a panic unwound out of
  // the call (g->nested_panic): the native should return promptly, or
  // recover it (recover_nested); Ended: the program is ending.
  enum class NestedStatus : uint8_t { Ok, Panicked, Ended };
  NestedStatus call_nested(NativeCall& nc, int32_t proto, Closure* closure, const Slot* args,
                           uint32_t nargs, Slot* result);
  // After call_nested returned Panicked: the panic's value (an Iface*),
  // kept reachable until recover_nested; then stops that panic, as a
  // recover() in a deferred call would.
  Slot nested_panic_value(G* g) const;
  void recover_nested(G* g);

  // Ends the program with Go's report for g's unrecovered panics
  // (vm/panic_report.cpp). The report runs the Error or String methods of
  // the panic values, script code that may block: it then runs on a fiber,
  // as a native that calls script code does, and the result may be Parked
  // or Yielded (the program ends once the goroutine finishes the report).
  RunResult fatal_panic(Worker& w, G* g);
  // Ends the program with Go's "fatal error: msg" and g's traceback, exit
  // status 2: an error no recover can catch, raised by a native (sync's
  // "unlock of unlocked mutex"). The native then returns normally; the
  // interpreter sees the program exiting.
  void fatal_error(G* g, std::string_view msg);
  // How the report prints a panic value: its Error() or String() result
  // (run on nc.g, which may move to another worker: nc.w follows it), else
  // Go's printpanicval form. False when the method itself panicked (the
  // program has ended then).
  bool panic_text(NativeCall& nc, const Iface* v, std::string* out);
  // Go's traceback of one goroutine ("goroutine 1 [running]:" ...).
  std::string traceback(G* g, const char* status);

 private:
  RuntimeOptions opts_;
  int procs_ = 1;
  std::unique_ptr<TypeContext> types_;
  std::unique_ptr<StdImporter> importer_;
  std::unique_ptr<Program> prog_;
  std::unique_ptr<Heap> heap_;
  GcHeap* gc_ = nullptr;  // heap_->gc(), one load nearer for call_nested's poll
  std::unique_ptr<Scheduler> sched_;
  std::unique_ptr<SemaTable> sema_;
  GlobalSlots globals_;  // at fixed addresses: &x of a global is a pointer into it
  RuntimeErrors rt_errors_;  // the runtime package's error types
  std::deque<std::string> sources_;  // kept for diagnostics
  std::vector<std::unique_ptr<AstArena>> arenas_;  // the checked ASTs stay referenced
  std::mutex report_mu_;              // one fatal report at a time
  std::set<const Package*> compiled_;  // imported packages already compiled
  bool compile_imports(const Package& pkg, std::vector<int32_t>& inits, Diagnostics& diags);
  bool compile_imported(Package* imp, std::vector<int32_t>& inits, Diagnostics& diags);
  bool reported_ = false;

  // The interpreter (vm/interp.cpp). `resumed`: g's top frame called a
  // native that ran on a fiber and has just returned; go on after it.
  RunResult interpret(Worker& w, G* g, const NativeOutcome* resumed);
  // Natives that call script code and their fibers (vm/nested_call.cpp).
  // Runs native fn for g's top frame on a fiber (or directly, when g is on
  // its fiber already). Returned: it finished on this worker, with its
  // status in *st and *msg; otherwise the result to return from
  // interpret(). args == nullptr: a spread call's, in *spread (which then
  // holds its results).
  RunResult call_reentrant(Worker& w, G* g, NativeFn fn, Slot* args, uint32_t nargs,
                           bool in_unwind, std::vector<Slot>* spread, NativeStatus* st,
                           std::string* msg);
  // Enters g's fiber on w; true when its native finished (*st, *msg, and
  // a spread call's buffer back in *spread), false when the fiber is
  // suspended again (*why).
  bool run_fiber(Worker& w, G* g, RunResult* why, NativeStatus* st, std::string* msg,
                 std::vector<Slot>* spread);
  // call_nested's cold paths: the fiber's stack is nearly used up (Go's
  // stack overflow); the nested code stopped before returning (parked,
  // yielded, panicked out, or the program is ending).
  [[gnu::cold, gnu::noinline]] void nested_stack_overflow(G* g, Fiber* fb);
  [[gnu::noinline]] NestedStatus finish_nested(NativeCall& nc, Fiber* fb, RunResult r);
  // The report itself (fatal_panic), and the same as a native to run on a
  // fiber.
  RunResult report_panics(NativeCall& nc);
  static NativeStatus report_panics_native(NativeCall& nc);
  // The interpreter's side of a panic unwinding out of a nested call.
  RunResult leave_nested_panicking(G* g);
  // runtime.Goexit (vm/goexit.cpp). After a recovery: whether a Goexit is
  // under the recovered panic; if so the panics between are dropped and
  // Goexit's record is on top again. goexit_done: Goexit ran every deferred
  // call; the goroutine ends (main's too: the program goes on).
  bool resume_goexit(G* g);
  RunResult goexit_done(G* g);
  // Main called Goexit: when nothing is left to run, Go's report is "no
  // goroutines (main called runtime.Goexit)".
  std::atomic<bool> main_goexit_{false};
  // Unwinds the fibers of goroutines that were parked inside natives when
  // the program ended.
  void cancel_fibers();
  std::unique_ptr<FiberPool> fibers_;
  friend struct Interp;
};

}  // namespace csp
