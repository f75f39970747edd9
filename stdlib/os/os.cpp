// os natives. Exit ends the whole program at once with the given status:
// the scheduler stops every worker and the interpreter returns right after
// this native, so deferred functions do not run (as in Go). Output written
// before it is already out: the VM's writes are unbuffered.
#include "stdlib/os/os.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>

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

namespace {
constexpr NativeDef kOsNatives[] = {
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
