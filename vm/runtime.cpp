// VM construction, loading (parse → check → compile) and running.
#include "vm/runtime.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "lang/check.hpp"
#include "lang/compiler.hpp"
#include "lang/importer.hpp"
#include "lang/parser.hpp"

namespace csp {

static void write_fd(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // a closed pipe: drop output, as Go does after EPIPE
    }
    s.remove_prefix(static_cast<size_t>(n));
  }
}

// Stacks of the fibers natives that call script code run on. Only touched
// pages cost memory; the size bounds how deeply natives and script code
// may nest (fmt printing a value whose String method prints a value ...).
// ThreadSanitizer records the whole C++ stack at every allocation, so deep
// nesting costs it the square of the depth (a String method printing itself
// until the stack overflows took over a minute): its builds nest a quarter
// as deep, still hundreds of levels.
#if defined(__SANITIZE_THREAD__)
#define CSP_TSAN_STACKS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CSP_TSAN_STACKS 1
#endif
#endif
#ifdef CSP_TSAN_STACKS
static constexpr size_t kFiberStackSize = size_t(4) << 20;
#else
static constexpr size_t kFiberStackSize = size_t(16) << 20;
#endif

static int default_procs() {
  if (const char* env = std::getenv("GOMAXPROCS")) {
    int n = std::atoi(env);
    if (n > 0) return n;
  }
  unsigned n = std::thread::hardware_concurrency();
  return n ? static_cast<int>(n) : 1;
}

VM::VM(RuntimeOptions opts) : opts_(std::move(opts)) {
  if (!opts_.out) opts_.out = [](std::string_view s) { write_fd(1, s); };
  if (!opts_.err) opts_.err = [](std::string_view s) { write_fd(2, s); };
  procs_ = opts_.procs > 0 ? opts_.procs : default_procs();
  if (procs_ > kMaxWorkers) procs_ = kMaxWorkers;
  types_ = std::make_unique<TypeContext>();
  importer_ = std::make_unique<StdImporter>(*types_);
  prog_ = std::make_unique<Program>();
  // Room for every worker runtime.GOMAXPROCS may add; only the first
  // procs_ have allocation caches until then.
  heap_ = std::make_unique<Heap>(procs_, kMaxWorkers);
  gc_ = &heap_->gc();
  fibers_ = std::make_unique<FiberPool>(kMaxWorkers, kFiberStackSize);
}

VM::~VM() {
  sched_.reset();  // joins the workers before the heap goes away
}

bool VM::load(const std::string& filename, std::string_view source, std::string* errors) {
  if (opts_.args.empty()) opts_.args.push_back(filename);
  sources_.emplace_back(source);
  std::string_view src = sources_.back();
  arenas_.push_back(std::make_unique<AstArena>());
  Diagnostics diags;
  File* file = parse_file(*arenas_.back(), filename, src, diags);
  if (diags.has_errors() || !file) {
    if (errors) *errors += diags.render(filename, src);
    return false;
  }
  // Tracebacks name files by absolute path, as Go's do.
  std::error_code ec;
  auto abs = std::filesystem::absolute(filename, ec);
  if (!ec) file->filename = abs.lexically_normal().string();
  Package* pkg = types_->make<Package>();
  pkg->path = "main";
  pkg->name = "main";
  if (!check_package(*types_, *pkg, {file}, *importer_, diags)) {
    if (errors) *errors += diags.render(filename, src);
    return false;
  }
  if (pkg->files.empty()) pkg->files.push_back(file);
  // Standard-library packages written in Go are compiled once, before the
  // first package that imports them; their variable initializers run
  // before main's.
  std::vector<int32_t> inits;
  // The runtime package is part of every program: its error types are the
  // values of run-time panics (vm/runtime_errors.hpp).
  if (!rt_errors_.ready()) {
    Package* rt = importer_->import("runtime");
    std::string err = "csp: internal error: the runtime package is missing";
    if (!rt || !compile_imported(rt, inits, diags) || !rt_errors_.init(*prog_, *types_, *rt, &err)) {
      if (errors) *errors += diags.has_errors() ? diags.render(filename, src) : err + "\n";
      return false;
    }
  }
  if (!compile_imports(*pkg, inits, diags)) {
    if (errors) *errors += diags.render(filename, src);
    return false;
  }
  if (!compile_package(*prog_, *pkg, diags)) {
    if (errors) *errors += diags.render(filename, src);
    return false;
  }
  if (!inits.empty()) {
    Proto* root = new Proto();
    root->name = "runtime.main";
    root->hidden = true;
    for (int32_t k : inits) {
      Instr in{Op::Call};
      in.set_bx(static_cast<uint32_t>(k));
      root->code.push_back(in);
      root->lines.push_back(0);
    }
    Instr call_main{Op::Call};
    call_main.set_bx(static_cast<uint32_t>(prog_->entry));
    root->code.push_back(call_main);
    root->code.push_back(Instr{Op::Ret});
    root->lines.push_back(0);
    root->lines.push_back(0);
    root->maxstack = 1;
    prog_->protos.emplace_back(root);
    prog_->entry = static_cast<int32_t>(prog_->protos.size() - 1);
  }
  if (!globals_.resize(prog_->nglobals)) {
    if (errors) *errors += "csp: too many global variables\n";
    return false;
  }
  // Natives that call script code run on fibers (vm/nested_call.cpp).
  for (NativeEntry& n : prog_->natives)
    if (const NativeDef* d = find_native_def(n.name)) n.reenters = d->reenters;
  return true;
}

bool VM::compile_imports(const Package& pkg, std::vector<int32_t>& inits, Diagnostics& diags) {
  std::vector<Package*> imported;
  for (const File* f : pkg.files)
    for (const GenDecl* g : f->imports)
      for (const Spec* sp : g->specs)
        if (auto* is = as<ImportSpec>(sp); is && is->path && is->path->value.size() >= 2) {
          const std::string& lit = is->path->value;
          if (Package* p = importer_->import(lit.substr(1, lit.size() - 2))) imported.push_back(p);
        }
  for (Package* imp : imported)
    if (!compile_imported(imp, inits, diags)) return false;
  return true;
}

bool VM::compile_imported(Package* imp, std::vector<int32_t>& inits, Diagnostics& diags) {
  if (compiled_.count(imp)) return true;
  compiled_.insert(imp);
  if (!compile_imports(*imp, inits, diags)) return false;
  bool has_code = !imp->funcs.empty() || !imp->var_init_order.empty();
  if (!has_code) return true;
  int32_t init = -1;
  if (!compile_package(*prog_, *imp, diags, &init)) return false;
  if (!imp->var_init_order.empty() && init >= 0) inits.push_back(init);
  return true;
}

int VM::run() {
  if (prog_->entry < 0) return 0;
  sched_ = std::make_unique<Scheduler>(procs_, *this);
  main_goexit_.store(false, std::memory_order_relaxed);
  if (uint64_t seed; stress_from_env(&seed)) sched_->enable_stress(seed);
  sema_ = std::make_unique<SemaTable>();  // no waiter of an earlier run is left
  // Workers added by runtime.GOMAXPROCS get theirs when they are made.
  sched_->init_worker = [this](Worker& w) {
    heap_->add_local(w.id);
    w.heap = &heap_->local(w.id);
    w.gc_cache = heap_->local(w.id).cache;
  };
  for (int k = 0; k < sched_->num_workers(); ++k) sched_->init_worker(sched_->worker(k));
  heap_->gc().set_client(this);
  sched_->gc = &heap_->gc();
  sched_->on_deadlock = [this] {
    std::vector<G*> gs;
    sched_->for_each_g([&](G* g) { gs.push_back(g); });
    // Go lists goroutines in the order their G was first allocated (allgs;
    // a finished goroutine's G is reused for a later one, in its place).
    // The all-goroutines list has the newest first.
    std::reverse(gs.begin(), gs.end());
    std::erase_if(gs, [](G* g) { return g->nframes == 0; });
    // Go's checkdead: with no goroutine at all, main must have called
    // Goexit (vm/goexit.cpp).
    if (gs.empty() && main_goexit_.load(std::memory_order_relaxed)) {
      write_err("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
      return;
    }
    std::string report = "fatal error: all goroutines are asleep - deadlock!\n";
    for (G* g : gs) report += "\n" + traceback(g, wait_reason_string(g->wait_reason));
    write_err(report);
  };
  const Proto* entry = prog_->protos[prog_->entry].get();
  G* main_g = sched_->new_g(nullptr);
  main_g->ensure_stack(0, entry->maxstack);
  Frame& f = main_g->push_frame();
  f.proto = entry;
  f.closure = nullptr;
  f.pc = entry->code.data();
  f.base = 0;
  int code = sched_->run(main_g);
  cancel_fibers();  // goroutines parked inside natives when the program ended
  // A runtime.GOMAXPROCS setting holds for the next run too (the REPL).
  procs_ = std::min(sched_->procs(), kMaxWorkers);
  heap_->gc().set_client(nullptr);
  sched_.reset();
  reported_ = false;
  return code;
}

std::string VM::disassemble() const {
  return csp::disassemble(*prog_, 0, sources_.empty() ? std::string_view() : sources_.back());
}

}  // namespace csp
