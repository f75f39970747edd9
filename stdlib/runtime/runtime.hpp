// Package runtime: the collector (GC, ReadMemStats) and the scheduler
// (NumGoroutine, NumCPU, GOMAXPROCS, Gosched) as Go programs see them.
#pragma once

#include "vm/program.hpp"

namespace csp {

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable runtime_natives;

}  // namespace csp
