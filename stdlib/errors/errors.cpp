// errors natives: what Go's errors package asks of internal/reflectlite.
// Interface values carry their dynamic type (a checker Type), so the
// questions are answered from it directly.
#include "stdlib/errors/errors.hpp"

#include "lang/types.hpp"
#include "stdlib/native_util.hpp"
#include "vm/layout.hpp"
#include "vm/method_sets.hpp"

namespace csp {

namespace {

const Iface* iface_arg(const NativeCall& c, uint32_t k) { return static_cast<const Iface*>(c.args[k].p); }

// reflectlite's directlyAssignable || implements: may a value of type v be
// stored in a variable of type t?
bool assignable(const Program& prog, const Type* v, const Type* t) {
  if (v == t || identical(v, t)) return true;
  const Type* tu = t->underlying();
  if (tu->kind == TypeKind::Interface) {
    std::string missing;
    return type_assert_ok(prog, v, t, &missing);
  }
  // At least one of them unnamed, identical underlying types.
  if (v->kind == TypeKind::Named && t->kind == TypeKind::Named) return false;
  return identical(v->underlying(), tu);
}

}  // namespace

// comparable(v any) bool
NativeStatus errors_comparable(NativeCall& c) {
  const Iface* v = iface_arg(c, 0);
  return ret_bool(c, !v || is_comparable(v->type));
}

// checkAsTarget(target any): target is non-nil (As checked).
NativeStatus errors_check_as_target(NativeCall& c) {
  const Iface* target = iface_arg(c, 0);
  const Type* u = target->type->underlying();
  if (u->kind != TypeKind::Pointer || !target->value.p)
    return panic_with(c, "errors: target must be a non-nil pointer");
  const Type* elem = static_cast<const PointerType*>(u)->elem;
  if (elem->underlying()->kind != TypeKind::Interface && !implements_error(elem))
    return panic_with(c, "errors: *target must be interface or implement error");
  return NativeStatus::Ok;
}

// assignTo(err error, target any) bool: err is non-nil; target passed
// checkAsTarget.
NativeStatus errors_assign_to(NativeCall& c) {
  const Iface* err = iface_arg(c, 0);
  const Iface* target = iface_arg(c, 1);
  const Type* elem = static_cast<const PointerType*>(target->type->underlying())->elem;
  if (!assignable(c.vm->program(), err->type, elem)) return ret_bool(c, false);
  Slot* dst = static_cast<Slot*>(target->value.p);
  if (elem->underlying()->kind == TypeKind::Interface) {
    elem_store(dst, slot_p(const_cast<Iface*>(err)));  // an interface holds the same box
  } else if (is_aggregate(elem)) {
    // The interface's private copy of the value, copied into *target.
    const Slot* src = static_cast<const Slot*>(err->value.p);
    for (uint64_t k = 0, n = slot_width(elem); k < n; ++k) elem_store(&dst[k], elem_load(&src[k]));
  } else {
    elem_store(dst, err->value);
  }
  return ret_bool(c, true);
}

namespace {
constexpr NativeDef kErrorsNatives[] = {
    {"errors.assignTo", errors_assign_to},
    {"errors.checkAsTarget", errors_check_as_target},
    {"errors.comparable", errors_comparable},
};
}  // namespace

const NativeTable errors_natives = kErrorsNatives;

}  // namespace csp
