// fmt.Print*, fmt.Sprint*: arguments arrive as interface boxes (the
// compiler boxes each operand of a ...any parameter) and are turned into
// formatting operands for the Go-exact formatter.
#include "stdlib/fmt/fmt.hpp"

#include <vector>

#include "lang/types.hpp"
#include "vm/runtime.hpp"

namespace csp {

fmtlib::Arg iface_to_arg(const Iface* v, std::deque<std::string>& names) {
  using fmtlib::Arg;
  if (!v) return Arg::nil();
  const Type* t = v->type;
  const BasicType* b = as_basic(t);
  std::string_view tn;
  if (t->kind == TypeKind::Named || !b) {
    names.push_back(type_string(t, true));
    tn = names.back();
  }
  if (b) {
    switch (b->bkind) {
      case BasicKind::Bool:
      case BasicKind::UntypedBool: return Arg::boolean(v->value.i != 0, tn);
      case BasicKind::Float32: return Arg::float32(static_cast<float>(v->value.f), tn);
      case BasicKind::Float64:
      case BasicKind::UntypedFloat: return Arg::float64(v->value.f, tn);
      case BasicKind::String:
      case BasicKind::UntypedString: return Arg::string(str_view(v->value), tn);
      default: break;
    }
    if (b->is_unsigned()) return Arg::uint64(v->value.u, tn);
    if (b->is_integer()) {
      if (tn.empty() && b->bkind != BasicKind::Int && b->bkind != BasicKind::UntypedInt) {
        names.push_back(b->bkind == BasicKind::UntypedRune ? "int32" : b->name);
        tn = names.back();
      }
      return Arg::int64(v->value.i, tn);
    }
  }
  if (tn.empty()) {
    names.push_back(type_string(t, true));
    tn = names.back();
  }
  return Arg::pointer(reinterpret_cast<uintptr_t>(v->value.p), tn);
}

namespace {

void collect(const NativeCall& c, uint32_t from, std::vector<fmtlib::Arg>& args,
             std::deque<std::string>& names) {
  args.reserve(c.nargs - from);
  for (uint32_t k = from; k < c.nargs; ++k)
    args.push_back(iface_to_arg(static_cast<const Iface*>(c.args[k].p), names));
}

// Writes to standard output and returns (n int, err error).
NativeStatus print_result(NativeCall& c, const std::string& s) {
  c.vm->write_out(s);
  c.args[0].i = static_cast<int64_t>(s.size());
  c.args[1].p = nullptr;
  return NativeStatus::Ok;
}

template <class F>
std::string render(NativeCall& c, uint32_t from, F&& f) {
  std::vector<fmtlib::Arg> args;
  std::deque<std::string> names;
  collect(c, from, args, names);
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

}  // namespace csp
