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

// The texts of each check, as runtime.go's boundsError.Error writes them:
// `X` and `Y` stand for the operands; `neg` is the form for a negative X.
struct BoundsText {
  BoundsCode code;
  std::string_view text, neg;
};
constexpr BoundsText kBoundsTexts[] = {
    {BoundsCode::Index, "index out of range [X] with length Y", "index out of range [X]"},
    {BoundsCode::SliceAlen, "slice bounds out of range [:X] with length Y", "slice bounds out of range [:X]"},
    {BoundsCode::SliceAcap, "slice bounds out of range [:X] with capacity Y", ""},
    {BoundsCode::SliceB, "slice bounds out of range [X:Y]", "slice bounds out of range [X:]"},
    {BoundsCode::Slice3Alen, "slice bounds out of range [::X] with length Y", "slice bounds out of range [::X]"},
    {BoundsCode::Slice3Acap, "slice bounds out of range [::X] with capacity Y", ""},
    {BoundsCode::Slice3B, "slice bounds out of range [:X:Y]", "slice bounds out of range [:X:]"},
    {BoundsCode::Slice3C, "slice bounds out of range [X:Y:]", "slice bounds out of range [X::]"},
    {BoundsCode::Convert, "cannot convert slice with length Y to pointer to array with length X", ""},
};

// Reads a decimal at text[*at] (a leading '-' only if `sign`) into *v; a
// value past INT64_MAX is kept as its uint64 bits, with *is_unsigned set.
bool read_number(std::string_view text, size_t* at, bool sign, int64_t* v, bool* is_unsigned) {
  size_t k = *at;
  bool minus = sign && k < text.size() && text[k] == '-';
  if (minus) ++k;
  size_t first = k;
  uint64_t u = 0;
  for (; k < text.size() && text[k] >= '0' && text[k] <= '9'; ++k) {
    unsigned d = static_cast<unsigned>(text[k] - '0');
    if (u > (UINT64_MAX - d) / 10) return false;
    u = u * 10 + d;
  }
  if (k == first) return false;
  if (minus && u > uint64_t(INT64_MAX) + 1) return false;
  *v = minus ? static_cast<int64_t>(0 - u) : static_cast<int64_t>(u);
  *is_unsigned = !minus && u > uint64_t(INT64_MAX);
  *at = k;
  return true;
}

// Matches text against a pattern whose 'X' and 'Y' are numbers (the texts
// have no other capitals).
bool match_bounds(std::string_view pattern, std::string_view text, BoundsFailure* out) {
  size_t at = 0;
  bool x_unsigned = false, y_unsigned = false;
  for (char p : pattern) {
    if (p == 'X' || p == 'Y') {
      bool is_x = p == 'X';
      if (!read_number(text, &at, is_x, is_x ? &out->x : &out->y, is_x ? &x_unsigned : &y_unsigned))
        return false;
    } else if (at >= text.size() || text[at++] != p) {
      return false;
    }
  }
  out->is_signed = !x_unsigned;
  return at == text.size() && !y_unsigned;
}

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

bool parse_bounds_text(std::string_view text, BoundsFailure* out) {
  for (const BoundsText& t : kBoundsTexts) {
    BoundsFailure b;
    b.code = t.code;
    if (match_bounds(t.text, text, &b) && !(b.is_signed && b.x < 0)) {
      *out = b;
      return true;
    }
    if (!t.neg.empty() && match_bounds(t.neg, text, &b) && b.x < 0) {
      *out = b;
      return true;
    }
  }
  return false;
}

Iface* RuntimeErrors::from_native(LocalHeap& h, std::string_view text) const {
  constexpr std::string_view kPrefix = "runtime error: ";
  if (text.substr(0, kPrefix.size()) != kPrefix) return box(h, string_, Heap::make_string(h, text).u);
  BoundsFailure b;
  if (parse_bounds_text(text.substr(kPrefix.size()), &b)) return bounds(h, b);
  return from_text(h, text);
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
