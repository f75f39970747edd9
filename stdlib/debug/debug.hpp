// Package runtime/debug: the collector's knobs (SetGCPercent, FreeOSMemory).
#pragma once

#include "vm/program.hpp"

namespace csp {

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable debug_natives;

}  // namespace csp
