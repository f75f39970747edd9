// print/println format values as Go's runtime does (printint, printfloat,
// ...): floats in +1.500000e+000 form, pointers in hex, no fmt rules.
#include "stdlib/builtin/builtin.hpp"

#include "lang/types.hpp"
#include "stdlib/fmt/format.hpp"
#include "vm/layout.hpp"
#include "vm/runtime.hpp"

namespace csp {

namespace {

// Each argument arrives boxed with its static type (an interface-typed argument is an
// interface boxed again), so the runtime's formats by kind apply.
void print_value(std::string& out, const Iface* v) {
  if (!v) {  // (not produced by the compiler; kept for safety)
    out += "(0x0,0x0)";
    return;
  }
  const Type* u = v->type->underlying();
  if (u->kind == TypeKind::Interface) {  // printeface: (type word, data word)
    auto* inner = static_cast<const Iface*>(v->value.p);
    out += '(';
    fmtlib::builtin_print_pointer(out, inner ? reinterpret_cast<uintptr_t>(inner->type) : 0);
    out += ',';
    fmtlib::builtin_print_pointer(out, inner ? reinterpret_cast<uintptr_t>(inner) : 0);
    out += ')';
    return;
  }
  if (u->kind == TypeKind::Slice) {  // printslice: [len/cap]array
    auto* s = static_cast<const SliceObj*>(v->value.p);
    out += '[' + std::to_string(s ? s->len : 0) + '/' + std::to_string(s ? s->cap : 0) + ']';
    fmtlib::builtin_print_pointer(out, s ? reinterpret_cast<uintptr_t>(s->data) : 0);
    return;
  }
  const BasicType* b = as_basic(v->type);
  if (!b) {
    fmtlib::builtin_print_pointer(out, reinterpret_cast<uintptr_t>(v->value.p));
    return;
  }
  if (b->is_boolean()) fmtlib::builtin_print_bool(out, v->value.i != 0);
  else if (b->is_unsigned()) fmtlib::builtin_print_uint(out, v->value.u);
  else if (b->is_integer()) fmtlib::builtin_print_int(out, v->value.i);
  else if (b->is_float()) fmtlib::builtin_print_float(out, v->value.f);
  else if (b->is_string()) out += str_view(v->value);
  else if (b->is_complex()) {
    ComplexParts c = complex_parts(v->value);
    fmtlib::builtin_print_complex(out, c.re, c.im);
  }
  else fmtlib::builtin_print_pointer(out, reinterpret_cast<uintptr_t>(v->value.p));
}

NativeStatus print_args(NativeCall& c, bool spaces) {
  std::string out;
  for (uint32_t k = 0; k < c.nargs; ++k) {
    if (spaces && k > 0) out += ' ';
    print_value(out, static_cast<const Iface*>(c.args[k].p));
  }
  if (spaces) out += '\n';
  c.vm->write_err(out);
  return NativeStatus::Ok;
}

}  // namespace

NativeStatus builtin_print(NativeCall& c) { return print_args(c, false); }
NativeStatus builtin_println(NativeCall& c) { return print_args(c, true); }

namespace {
constexpr NativeDef kBuiltinNatives[] = {
    {"builtin.print", builtin_print},
    {"builtin.println", builtin_println},
};
}  // namespace

const NativeTable builtin_natives = kBuiltinNatives;

}  // namespace csp
