// Formatting of any Go value, given its static type, exactly as Go's fmt
// prints it: Go's pp.printArg / printValue / handleMethods transcribed over
// csp's value representation (spec/internals.md "Values"), with the scalar
// leaves handed to the Go-exact scalar formatter (format.hpp).
//
// Structs ({1 2}, {A:1 B:2}, main.T{A:1, B:2}), pointers (&{..} at the top
// level, addresses below), arrays and slices, []byte as text for %s %q %x
// %X, maps with keys sorted as internal/fmtsort sorts them, interfaces,
// chans and funcs as addresses, complex; flags, width and precision apply to
// every leaf as in Go.
//
// Error(), String() and GoString() are script code: value_format calls them
// through a MethodCaller that the VM implements. Go's rules: methods are
// used for %v %s %x %X %q (GoString for %#v), never for %T or %p, not for
// values reached through unexported struct fields, not while printing a bad
// verb; a nil pointer receiver prints <nil>; a panicking method prints
// %!v(PANIC=String method: boom).
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "stdlib/fmt/format.hpp"
#include "vm/value.hpp"

namespace csp {

class Type;
class Func;

// Runs a script method of signature `func() string` (Error, String,
// GoString). `recv` is already the method's receiver: the pointer for a
// pointer-receiver method, the value otherwise (for a struct/array receiver,
// a pointer to the value's slots: the callee must copy them, since methods
// get their own copy). Returns true with the result in `out`, or false with
// the panic value formatted as %v in `out`.
class MethodCaller {
 public:
  virtual ~MethodCaller() = default;
  virtual bool call_string_method(const Func* method, Slot recv, std::string& out) = 0;
};

// Appends the value of type t whose slots start at `slots` (for a scalar,
// the slot holding it; for a struct or array, its first flattened slot)
// formatted for `verb` with `spec`, as fmt does for a top-level operand of
// that dynamic type. For verb 'v' the caller moves plus/sharp into
// plus_v/sharp_v (as format.hpp's format_arg expects). `mc` may be null:
// then methods are not called.
void format_value(std::string& out, const Type* t, const Slot* slots, const fmtlib::Spec& spec,
                  char32_t verb, MethodCaller* mc);

// Storage behind the Args of one fmt call: type names, []byte contents and
// custom-operand records must live until the call has formatted.
struct FormatEnv {
  MethodCaller* mc = nullptr;
  std::deque<std::string> strings;
  struct Value {
    const Type* type;
    const Slot* slots;
    MethodCaller* mc;
  };
  std::deque<Value> values;
};

// The formatting operand for an interface value (fmt's ...any arguments):
// plain scalar Args for basic values without methods (the fast path),
// Arg::custom (formatted by format_value) for everything else.
fmtlib::Arg iface_to_arg(const Iface* v, FormatEnv& env);

// True when fmt would call a method of a value of type t (t has Error,
// String or GoString of signature func() string in its method set).
bool has_format_methods(const Type* t);

// Whether printing a value of type t may run script code: t or a type
// reachable from it (fields, elements, map keys and values, pointees) has
// Error/String/GoString, or is an interface (whose dynamic values may).
// Cached per thread; a value that cannot is printed without a fiber.
bool may_call_format_methods(const Type* t);

}  // namespace csp
