// Package os: the environment, Exit, the process ids, Args and the
// standard streams (*os.File is Go, os.go; its reads and writes are natives).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus os_getenv(NativeCall& c);
NativeStatus os_lookup_env(NativeCall& c);
NativeStatus os_exit(NativeCall& c);
NativeStatus os_getpid(NativeCall& c);
NativeStatus os_getppid(NativeCall& c);
NativeStatus os_getuid(NativeCall& c);
NativeStatus os_getpagesize(NativeCall& c);
NativeStatus os_runtime_args(NativeCall& c);
NativeStatus os_write(NativeCall& c);
NativeStatus os_read(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable os_natives;

}  // namespace csp
