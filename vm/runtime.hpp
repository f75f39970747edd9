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
#include "vm/heap.hpp"
#include "vm/program.hpp"
#include "vm/runtime_errors.hpp"
#include "vm/sched.hpp"

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

  // Executor: the interpreter.
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
  int procs() const { return procs_; }

  // Runs script function `proto` on goroutine g from inside a native (the
  // native's frame stays below it): args are copied to the new frame, the
  // first result is returned in *result. The nested call runs on the C++
  // stack of the native; if it blocks (a channel operation) the program
  // ends with a fatal error, since it cannot park there (natives that must
  // block will borrow a fiber). False if the program ended meanwhile.
  bool call_nested(Worker& w, G* g, int32_t proto, const Slot* args, uint32_t nargs, Slot* result,
                   Closure* closure = nullptr);

  // Ends the program with Go's report for g's unrecovered panics
  // (vm/panic_report.cpp).
  RunResult fatal_panic(Worker& w, G* g);
  // How the report prints a panic value: its Error() or String() result
  // (run on g), else Go's printpanicval form. False when the method itself
  // panicked (the program has ended then).
  bool panic_text(Worker& w, G* g, const Iface* v, std::string* out);
  // Go's traceback of one goroutine ("goroutine 1 [running]:" ...).
  std::string traceback(G* g, const char* status);

 private:
  RuntimeOptions opts_;
  int procs_ = 1;
  std::unique_ptr<TypeContext> types_;
  std::unique_ptr<StdImporter> importer_;
  std::unique_ptr<Program> prog_;
  std::unique_ptr<Heap> heap_;
  std::unique_ptr<Scheduler> sched_;
  std::vector<Slot> globals_;
  RuntimeErrors rt_errors_;  // the runtime package's error types
  std::deque<std::string> sources_;  // kept for diagnostics
  std::vector<std::unique_ptr<AstArena>> arenas_;  // the checked ASTs stay referenced
  std::mutex report_mu_;              // one fatal report at a time
  std::set<const Package*> compiled_;  // imported packages already compiled
  bool compile_imports(const Package& pkg, std::vector<int32_t>& inits, Diagnostics& diags);
  bool compile_imported(Package* imp, std::vector<int32_t>& inits, Diagnostics& diags);
  bool reported_ = false;
  friend struct Interp;
};

}  // namespace csp
