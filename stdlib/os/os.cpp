// os natives. Exit ends the whole program at once with the given status:
// the scheduler stops every worker and the interpreter returns right after
// this native, so deferred functions do not run (as in Go). Output written
// before it is already out: the VM's writes are unbuffered.
#include "stdlib/os/os.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "stdlib/native_util.hpp"
#include "vm/sched.hpp"

namespace csp {

namespace {
// Go looks the key up in its copy of the environment, so a key holding '='
// or NUL never matches (getenv would match a prefix of "A=B=c").
const char* lookup(const std::string& name) {
  if (name.empty() || name.find_first_of(std::string_view("=\0", 2)) != std::string::npos) return nullptr;
  return std::getenv(name.c_str());
}
}  // namespace

NativeStatus os_getenv(NativeCall& c) {
  std::string name(str_arg(c, 0));
  const char* v = lookup(name);
  return ret_str(c, v ? std::string_view(v) : std::string_view());
}

// LookupEnv(key string) (string, bool)
NativeStatus os_lookup_env(NativeCall& c) {
  std::string name(str_arg(c, 0));
  const char* v = lookup(name);
  c.args[0] = make_str(c, v ? std::string_view(v) : std::string_view());
  c.args[1].i = v ? 1 : 0;
  return NativeStatus::Ok;
}

NativeStatus os_exit(NativeCall& c) {
  c.vm->scheduler().exit_program(static_cast<int>(int_arg(c, 0)));
  return NativeStatus::Ok;
}

NativeStatus os_getpid(NativeCall& c) { return ret_int(c, ::getpid()); }
NativeStatus os_getppid(NativeCall& c) { return ret_int(c, ::getppid()); }
NativeStatus os_getuid(NativeCall& c) { return ret_int(c, ::getuid()); }
NativeStatus os_getpagesize(NativeCall& c) { return ret_int(c, ::getpagesize()); }

// runtimeArgs() []string: the VM's command line.
NativeStatus os_runtime_args(NativeCall& c) {
  const std::vector<std::string>& args = c.vm->args();
  SliceObj* s = make_slice(c, args.size(), args.size());
  // The slice is held only here while the strings are allocated (natives
  // are not interrupted by a collection).
  for (size_t k = 0; k < args.size(); ++k) elem_store(&s->data[k], make_str(c, args[k]));
  c.args[0] = slot_p(s);
  return NativeStatus::Ok;
}

// write(fd int, s string) int
NativeStatus os_write(NativeCall& c) {
  int64_t fd = int_arg(c, 0);
  std::string_view s = str_arg(c, 1);
  if (fd == 1) {
    c.vm->write_out(s);
  } else if (fd == 2) {
    c.vm->write_err(s);
  } else {
    for (std::string_view rest = s; !rest.empty();) {
      ssize_t n = ::write(static_cast<int>(fd), rest.data(), rest.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return ret_int(c, static_cast<int64_t>(s.size() - rest.size()));
      rest.remove_prefix(static_cast<size_t>(n));
    }
  }
  return ret_int(c, static_cast<int64_t>(s.size()));
}

// read(fd int, b []byte) int
NativeStatus os_read(NativeCall& c) {
  int64_t fd = int_arg(c, 0);
  const SliceObj* b = slice_arg(c, 1);
  uint64_t len = slice_len(b);
  std::string buf(len < (1u << 20) ? len : (1u << 20), '\0');
  // When no input is ready the read may block for as long as it takes, on
  // this worker's thread. Before that, as Go's entersyscall/handoffp: the
  // goroutines queued on this worker move to others; the worker steps out
  // of the collector's mutator set, so a collection started elsewhere need
  // not wait for the input (the read goes to a private buffer; the heap is
  // touched only after rejoining); and it waits in poll() with a timeout,
  // so that when the program ends (main returns, os.Exit) the run can
  // finish without the input, as Go's does. The goroutine still holds the
  // thread: see "Blocking reads" in spec/internals.md.
  pollfd p{static_cast<int>(fd), POLLIN, 0};
  bool ready_now = ::poll(&p, 1, 0) != 0;  // readable, closed, or an error to report
  Scheduler& sched = c.vm->scheduler();
  bool on_worker = c.w && c.w->sched == &sched;
  if (!ready_now && on_worker) sched.before_blocking(*c.w);
  GcCache* cache = on_worker && !ready_now ? c.w->gc_cache : nullptr;
  GcHeap* gc = cache ? &c.vm->heap_of(*c.w).cache->heap() : nullptr;
  if (gc) gc->leave(*cache);
  ssize_t n = 0;
  for (;;) {
    int ready = ready_now ? 1 : ::poll(&p, 1, 20);
    ready_now = false;
    if (ready == 0 || (ready < 0 && errno == EINTR)) {
      if (sched.exiting()) break;  // n == 0; the interpreter stops after the native
      continue;
    }
    n = ::read(static_cast<int>(fd), buf.data(), buf.size());
    if (n >= 0 || errno != EINTR) break;
  }
  if (gc) gc->enter(*cache);
  if (n < 0) return ret_int(c, -1);
  uint8_t* dst = slice_bytes(b);
  for (ssize_t k = 0; k < n; ++k) store_byte(dst + k, static_cast<uint8_t>(buf[static_cast<size_t>(k)]));
  return ret_int(c, n);
}

namespace {
constexpr NativeDef kOsNatives[] = {
    {"os.read", os_read},
    {"os.runtimeArgs", os_runtime_args},
    {"os.write", os_write},
    {"os.Exit", os_exit},
    {"os.Getenv", os_getenv},
    {"os.Getpagesize", os_getpagesize},
    {"os.Getpid", os_getpid},
    {"os.Getppid", os_getppid},
    {"os.Getuid", os_getuid},
    {"os.LookupEnv", os_lookup_env},
};
}  // namespace

const NativeTable os_natives = kOsNatives;

}  // namespace csp
