// Run-time errors as Go values (see runtime_errors.hpp).
#include "vm/runtime_errors.hpp"

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/layout.hpp"
#include "vm/program.hpp"
#include "vm/slices.hpp"

namespace csp {

BoundsFailure slice_failure(int64_t lo, int64_t hi, int64_t max, bool three, bool hi_given,
                            int64_t bound, bool is_cap) {
  // Go checks the highest given index first, then each one against the
  // next: the first failing check is the one reported.
  if (three) {
    if (max < 0 || max > bound) return {max, bound, is_cap ? BoundsCode::Slice3Acap : BoundsCode::Slice3Alen};
    if (hi < 0 || hi > max) return {hi, max, BoundsCode::Slice3B};
    return {lo, hi, BoundsCode::Slice3C};
  }
  if (hi_given && (hi < 0 || hi > bound))
    return {hi, bound, is_cap ? BoundsCode::SliceAcap : BoundsCode::SliceAlen};
  return {lo, hi, BoundsCode::SliceB};
}

namespace {

const Type* lookup_type(const Package& pkg, const char* name) {
  Object* o = pkg.scope ? pkg.scope->lookup_local(name) : nullptr;
  return o && o->kind == ObjKind::TypeName ? o->type : nullptr;
}

// The type as Go's runtime names it in messages.
std::string rt_name(const Type* t) {
  return t->kind == TypeKind::Named ? type_string(t, true) : rtype_string(t);
}

std::string pkg_path(const Type* t) {
  if (t->kind != TypeKind::Named) return "";
  const Object* o = static_cast<const NamedType*>(t)->obj;
  return o && o->pkg ? o->pkg->path : "";
}

}  // namespace

bool RuntimeErrors::init(const Program& prog, TypeContext& types, const Package& rt, std::string* err) {
  string_ = types.basic(BasicKind::String);
  error_string_ = lookup_type(rt, "errorString");
  plain_error_ = lookup_type(rt, "plainError");
  const Type* bounds = lookup_type(rt, "boundsError");
  const Type* assert_t = lookup_type(rt, "TypeAssertionError");
  const Type* rtype = lookup_type(rt, "_type");
  // The layouts this file writes: boundsError {x, y, signed, code},
  // TypeAssertionError {3 x *_type, missingMethod}, _type {str, pkgPath}.
  if (!error_string_ || !plain_error_ || !bounds || !assert_t || !rtype || slot_width(bounds) != 4 ||
      slot_width(assert_t) != 4 || slot_width(rtype) != 2) {
    if (err) *err = "csp: internal error: the runtime package's error types do not match the VM";
    return false;
  }
  assert_ptr_ = types.pointer(assert_t);
  // runtime.go's methodSets made the compiler record the method sets of the
  // four types (interface calls and assertions look there).
  for (const Type* t : {error_string_, plain_error_, bounds, assert_ptr_}) {
    auto it = prog.methods.find(t);
    if (it == prog.methods.end() || it->second.size() != 2) {
      if (err) *err = "csp: internal error: no method set for " + type_string(t, true);
      return false;
    }
  }
  bounds_ = bounds;
  return true;
}

Iface* RuntimeErrors::box(LocalHeap& h, const Type* t, uint64_t bits) const {
  auto* v = static_cast<Iface*>(Heap::alloc(h, HeapKind::Iface, sizeof(Iface)));
  v->type = t;
  v->value.u = bits;
  return v;
}

Iface* RuntimeErrors::from_text(LocalHeap& h, std::string_view text) const {
  constexpr std::string_view kPrefix = "runtime error: ";
  if (text.substr(0, kPrefix.size()) == kPrefix)
    return box(h, error_string_, Heap::make_string(h, text.substr(kPrefix.size())).u);
  return box(h, plain_error_, Heap::make_string(h, text).u);
}

Iface* RuntimeErrors::from_native(LocalHeap& h, std::string_view text) const {
  constexpr std::string_view kPrefix = "runtime error: ";
  if (text.substr(0, kPrefix.size()) == kPrefix) return from_text(h, text);
  return box(h, string_, Heap::make_string(h, text).u);
}

Iface* RuntimeErrors::bounds(LocalHeap& h, const BoundsFailure& b) const {
  Slot* s = new_box(h, 4);
  s[0].i = b.x;
  s[1].i = b.y;
  s[2].i = b.is_signed ? 1 : 0;
  s[3].u = static_cast<uint8_t>(b.code);
  return box(h, bounds_, reinterpret_cast<uintptr_t>(s));
}

Iface* RuntimeErrors::type_assertion(LocalHeap& h, const AssertFailure& a) const {
  auto rtype = [&](const Type* t) -> Slot* {
    if (!t) return nullptr;
    Slot* s = new_box(h, 2);
    s[0] = Heap::make_string(h, rt_name(t));
    s[1] = Heap::make_string(h, pkg_path(t));
    return s;
  };
  Slot* e = new_box(h, 4);
  e[0].p = rtype(a.iface);
  e[1].p = rtype(a.concrete);
  e[2].p = rtype(a.asserted);
  e[3] = Heap::make_string(h, a.missing);
  return box(h, assert_ptr_, reinterpret_cast<uintptr_t>(e));
}

}  // namespace csp
