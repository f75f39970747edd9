// The print and println builtins: Go's runtime formatting, to stderr.
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus builtin_print(NativeCall& c);
NativeStatus builtin_println(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable builtin_natives;

}  // namespace csp
