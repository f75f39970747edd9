// fmt.Print*, fmt.Sprint*: arguments arrive as interface boxes (the
// compiler boxes each operand of a ...any parameter) and are turned into
// formatting operands for the Go-exact formatter: scalars directly,
// composite values as custom operands formatted by value_format.
#include "stdlib/fmt/fmt.hpp"

#include "stdlib/fmt/value_format.hpp"

#include <vector>

#include "lang/types.hpp"
#include "vm/runtime.hpp"

namespace csp {

namespace {

void collect(const NativeCall& c, uint32_t from, std::vector<fmtlib::Arg>& args, FormatEnv& env) {
  args.reserve(c.nargs - from);
  for (uint32_t k = from; k < c.nargs; ++k)
    args.push_back(iface_to_arg(static_cast<const Iface*>(c.args[k].p), env));
}

// Writes to standard output and returns (n int, err error). Nothing is
// written when a String or Error method called runtime.Goexit: fmt's
// catchPanic does not stop it, so Go's Fprint never reaches its write (the
// flag stays set until the interpreter unwinds on, vm/nested_call.cpp).
NativeStatus print_result(NativeCall& c, const std::string& s) {
  if (c.g->nested_panic) return NativeStatus::Ok;
  c.vm->write_out(s);
  c.args[0].i = static_cast<int64_t>(s.size());
  c.args[1].p = nullptr;
  return NativeStatus::Ok;
}

template <class F>
std::string render(NativeCall& c, uint32_t from, F&& f) {
  std::vector<fmtlib::Arg> args;
  FormatEnv env;
  // Error()/String() methods run on the calling goroutine.
  std::unique_ptr<MethodCaller> mc = make_method_caller(c);
  env.mc = mc.get();
  collect(c, from, args, env);
  std::string out;
  f(out, args);
  return out;
}

}  // namespace

NativeStatus fmt_print(NativeCall& c) {
  return print_result(c, render(c, 0, [](std::string& o, auto& a) { fmtlib::sprint(o, a); }));
}
NativeStatus fmt_println(NativeCall& c) {
  return print_result(c, render(c, 0, [](std::string& o, auto& a) { fmtlib::sprintln(o, a); }));
}
NativeStatus fmt_printf(NativeCall& c) {
  std::string_view format = str_view(c.args[0]);
  return print_result(c, render(c, 1, [&](std::string& o, auto& a) { fmtlib::sprintf(o, format, a); }));
}
NativeStatus fmt_sprint(NativeCall& c) {
  std::string s = render(c, 0, [](std::string& o, auto& a) { fmtlib::sprint(o, a); });
  c.args[0] = Heap::make_string(c.vm->heap_of(*c.w), s);
  return NativeStatus::Ok;
}
NativeStatus fmt_sprintln(NativeCall& c) {
  std::string s = render(c, 0, [](std::string& o, auto& a) { fmtlib::sprintln(o, a); });
  c.args[0] = Heap::make_string(c.vm->heap_of(*c.w), s);
  return NativeStatus::Ok;
}
NativeStatus fmt_sprintf(NativeCall& c) {
  std::string_view format = str_view(c.args[0]);
  std::string s = render(c, 1, [&](std::string& o, auto& a) { fmtlib::sprintf(o, format, a); });
  c.args[0] = Heap::make_string(c.vm->heap_of(*c.w), s);
  return NativeStatus::Ok;
}

// errorf(format string, a ...any) (string, error): Errorf's formatting and
// the operand its %w wraps (nil for none); fmt.go makes the error value.
NativeStatus fmt_errorf(NativeCall& c) {
  std::string_view format = str_view(c.args[0]);
  int wrapped = -1;
  std::string s = render(c, 1, [&](std::string& o, auto& a) { wrapped = fmtlib::sprintf_wrap(o, format, a); });
  Slot err = wrapped >= 0 ? c.args[1 + wrapped] : Slot{};
  c.args[0] = Heap::make_string(c.vm->heap_of(*c.w), s);
  c.args[1] = err;
  return NativeStatus::Ok;
}

namespace {
// Whether formatting the operands from `from` on may run String or Error
// methods (script code: the call then runs on a fiber). Values of types
// that reach no such method (unnamed basic types, []int, a struct of plain
// fields) take the direct path.
bool any_method_operands(const Slot* args, uint32_t nargs, uint32_t from) {
  for (uint32_t k = from; k < nargs; ++k) {
    const Iface* v = static_cast<const Iface*>(args[k].p);
    if (v && may_call_format_methods(v->type)) return true;
  }
  return false;
}
bool print_reenters(const Slot* args, uint32_t nargs) { return any_method_operands(args, nargs, 0); }
bool printf_reenters(const Slot* args, uint32_t nargs) { return any_method_operands(args, nargs, 1); }

constexpr NativeDef kFmtNatives[] = {
    {"fmt.errorf", fmt_errorf, printf_reenters},
    {"fmt.Print", fmt_print, print_reenters},
    {"fmt.Println", fmt_println, print_reenters},
    {"fmt.Printf", fmt_printf, printf_reenters},
    {"fmt.Sprint", fmt_sprint, print_reenters},
    {"fmt.Sprintln", fmt_sprintln, print_reenters},
    {"fmt.Sprintf", fmt_sprintf, printf_reenters},
};
}  // namespace

const NativeTable fmt_natives = kFmtNatives;

}  // namespace csp
