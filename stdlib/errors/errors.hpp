// Package errors: the reflection errors.As needs, as natives (the package
// itself is Go, errors.go).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus errors_comparable(NativeCall& c);
NativeStatus errors_check_as_target(NativeCall& c);
NativeStatus errors_assign_to(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable errors_natives;

}  // namespace csp
