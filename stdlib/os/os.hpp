// Package os: the scalar part (Getenv, LookupEnv, Exit, Getpid, ...).
// Args, Stdout/Stderr and the file API wait for slices and structs.
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

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable os_natives;

}  // namespace csp
