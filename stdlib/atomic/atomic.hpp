// Package sync/atomic: sequentially consistent operations on the slot a
// pointer refers to.
#pragma once

#include "vm/program.hpp"

namespace csp {

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable atomic_natives;

}  // namespace csp
