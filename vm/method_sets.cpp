// Method sets at run time (see method_sets.hpp).
#include "vm/method_sets.hpp"

#include "lang/checker.hpp"
#include "lang/types.hpp"

namespace csp {

bool type_assert_ok(const Program& prog, const Type* dyn, const Type* target, std::string* missing) {
  const Type* tu = target->underlying();
  if (tu->kind != TypeKind::Interface) return dyn == target || identical(dyn, target);
  const auto* it = static_cast<const InterfaceTy*>(tu);
  if (it->methods.empty()) return true;
  auto ms = prog.methods.find(dyn);
  for (const auto& m : it->methods) {
    bool found = false;
    if (ms != prog.methods.end())
      for (const auto& e : ms->second)
        if (prog.method_names[e.name] == m.name) {
          // Same name but another signature is as good as missing: calling
          // it through the interface would misread its results.
          found = e.sig && identical(e.sig, m.sig);
          break;
        }
    if (!found) {
      *missing = m.name;
      return false;
    }
  }
  return true;
}

namespace {
bool is_error_sig(const SignatureType* sig) {
  if (!sig || !sig->params.empty() || sig->variadic || sig->results.size() != 1) return false;
  const Type* r = sig->results[0];
  return r->kind == TypeKind::Basic && static_cast<const BasicType*>(r)->bkind == BasicKind::String;
}
}  // namespace

bool implements_error(const Type* t) {
  const Type* u = t->underlying();
  if (u && u->kind == TypeKind::Interface) {
    for (const auto& m : static_cast<const InterfaceTy*>(u)->methods)
      if (m.name == "Error") return is_error_sig(m.sig);
    return false;
  }
  Checker::Lookup lk = Checker::lookup(t, "Error");
  if (!lk.found || lk.field_type) return false;
  const SignatureType* sig = nullptr;
  if (lk.obj && lk.obj->kind == ObjKind::Func) sig = static_cast<const Func*>(lk.obj)->sig();
  else if (lk.iface && lk.iface_index >= 0) sig = lk.iface->methods[lk.iface_index].sig;
  if (!is_error_sig(sig)) return false;
  // A pointer method is in the method set of T only through an embedded pointer.
  bool ptr_recv = sig->recv && sig->recv->kind == TypeKind::Pointer;
  return !ptr_recv || t->kind == TypeKind::Pointer || lk.indirect;
}

}  // namespace csp
