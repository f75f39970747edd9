// Package time: its Go side is stdlib/time/time.go; the natives here read
// the clocks and the system time zone, park a sleeping goroutine, and make
// and drive the runtime's timers (vm/timers.hpp).
#pragma once

#include "vm/program.hpp"

namespace csp {

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable time_natives;

}  // namespace csp
