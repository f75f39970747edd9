// Package fmt's natives: the glue between VM values and the formatting
// library in format.hpp.
#pragma once

#include <deque>
#include <string>

#include "stdlib/fmt/format.hpp"
#include "vm/program.hpp"
#include "vm/value.hpp"

namespace csp {

// The formatting operand for an interface value: iface_to_arg in
// stdlib/fmt/value_format.hpp.

NativeStatus fmt_print(NativeCall& c);
NativeStatus fmt_println(NativeCall& c);
NativeStatus fmt_printf(NativeCall& c);
NativeStatus fmt_sprint(NativeCall& c);
NativeStatus fmt_sprintln(NativeCall& c);
NativeStatus fmt_sprintf(NativeCall& c);

}  // namespace csp
