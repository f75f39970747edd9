// Package sync's runtime side: the natives stdlib/sync/*.go park on
// (semaphores and notify lists, vm/sema.hpp), spinning, the clock, fatal
// errors, and the atomic pointer operations of sync.Map's entries.
#pragma once

#include "vm/program.hpp"

namespace csp {

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable sync_natives;

}  // namespace csp
