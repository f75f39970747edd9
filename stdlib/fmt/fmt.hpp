// Package fmt's natives: the glue between VM values and the formatting
// library in format.hpp.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "stdlib/fmt/format.hpp"
#include "vm/program.hpp"
#include "vm/value.hpp"

namespace csp {

class MethodCaller;
// The MethodCaller fmt uses to run String/Error methods on the calling
// goroutine (vm/nested_call.cpp); it keeps nc.args valid if the stack moves.
std::unique_ptr<MethodCaller> make_method_caller(NativeCall& nc);


// The formatting operand for an interface value: iface_to_arg in
// stdlib/fmt/value_format.hpp.

NativeStatus fmt_print(NativeCall& c);
NativeStatus fmt_println(NativeCall& c);
NativeStatus fmt_printf(NativeCall& c);
NativeStatus fmt_sprint(NativeCall& c);
NativeStatus fmt_sprintln(NativeCall& c);
NativeStatus fmt_sprintf(NativeCall& c);
NativeStatus fmt_errorf(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable fmt_natives;

}  // namespace csp
