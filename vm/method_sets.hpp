// Method sets at run time.
//
// Two views of a type's methods: the compiled method sets in
// Program::methods (what CallIface dispatches through; every type the
// program converts to an interface is there), and the checker's lookup,
// which answers for every type whether or not the program boxes it. Type
// assertions use the first, as Go's itabs do; errors.As's check of its
// target's type the second.
#pragma once

#include <string>
#include <string_view>

#include "vm/program.hpp"

namespace csp {

class Type;

// Whether a value of dynamic type `dyn` satisfies x.(target): identical
// types, or for an interface target every method, with an identical
// signature, in dyn's compiled method set; *missing names the first one
// absent.
bool type_assert_ok(const Program& prog, const Type* dyn, const Type* target, std::string* missing);

// Whether t has the method Error() string in its method set (t implements
// error), declared or promoted (Go's lookup rules, through the checker);
// interfaces by their method list.
bool implements_error(const Type* t);

}  // namespace csp
