// Untyped values meeting types: representability of constants, implicit
// conversion of untyped operands (and the recursive update of their
// subexpressions' types), assignability, explicit conversions.
// After go/types' const.go, assignments.go, conversions.go, operand.go.
#include "lang/checker.hpp"

namespace csp {

ConvCode Checker::representable(const Constant* v, const BasicType* t, const Constant** rounded) {
  *rounded = v;
  if (!t) return ConvCode::Invalid;
  if (v->kind() == Constant::Kind::Unknown) return ConvCode::Ok;
  auto numeric_fail = [&]() {
    if (!v->is_numeric()) return ConvCode::Invalid;
    if (t->is_integer() && !v->is_integral()) return ConvCode::Truncated;
    return ConvCode::Overflow;
  };
  if (t->is_integer()) {
    const Constant* i = v->is_numeric() ? cp_.to_int(v) : nullptr;
    if (!i) return numeric_fail();
    if (!t->is_untyped()) {
      int bits = t->size() * 8;
      if (!i->fits_int(bits, !t->is_unsigned())) return ConvCode::Overflow;
    }
    *rounded = i;
    return ConvCode::Ok;
  }
  if (t->is_float()) {
    const Constant* f = v->is_numeric() ? cp_.to_float(v) : nullptr;
    if (!f) return numeric_fail();
    if (!t->is_untyped()) {
      f = cp_.round_float(f, t->bkind == BasicKind::Float32);
      if (!f) return ConvCode::Overflow;
    }
    *rounded = f;
    return ConvCode::Ok;
  }
  if (t->is_complex()) {
    const Constant* c = v->is_numeric() ? cp_.to_complex(v) : nullptr;
    if (!c) return numeric_fail();
    if (!t->is_untyped()) {
      c = cp_.round_float(c, t->bkind == BasicKind::Complex64);
      if (!c) return ConvCode::Overflow;
    }
    *rounded = c;
    return ConvCode::Ok;
  }
  if (t->is_string()) return v->kind() == Constant::Kind::String ? ConvCode::Ok : ConvCode::Invalid;
  if (t->is_boolean()) return v->kind() == Constant::Kind::Bool ? ConvCode::Ok : ConvCode::Invalid;
  return ConvCode::Invalid;
}

// Rank of untyped numeric kinds, for the "larger" of two.
static int untyped_rank(const Type* t) {
  switch (static_cast<const BasicType*>(t)->bkind) {
    case BasicKind::UntypedInt: return 1;
    case BasicKind::UntypedRune: return 2;
    case BasicKind::UntypedFloat: return 3;
    case BasicKind::UntypedComplex: return 4;
    default: return 0;
  }
}

ConvCode Checker::implicit_type(const Operand& x, const Type* target, const Type** out,
                                const Constant** val) {
  *out = x.type;
  *val = nullptr;
  if (x.invalid() || !is_untyped(x.type) || !valid(target)) return ConvCode::Ok;
  if (is_untyped(target)) {
    if (identical(x.type, target)) return ConvCode::Ok;
    int a = untyped_rank(x.type), b = untyped_rank(target);
    if (a && b) {
      *out = a > b ? x.type : target;
      return ConvCode::Ok;
    }
    return ConvCode::Invalid;
  }
  bool is_nil = x.type == basic(BasicKind::UntypedNil);
  const Type* u = target->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      if (is_nil) return ConvCode::Invalid;
      auto* bt = static_cast<const BasicType*>(u);
      if (x.mode == Mode::Constant) {
        const Constant* r;
        ConvCode c = representable(x.val, bt, &r);
        if (c != ConvCode::Ok) return c;
        *val = r;
        *out = target;
        return ConvCode::Ok;
      }
      auto xk = static_cast<const BasicType*>(x.type)->bkind;
      if (xk == BasicKind::UntypedBool) {
        if (!bt->is_boolean()) return ConvCode::Invalid;
      } else if (xk == BasicKind::UntypedString) {
        if (!bt->is_string()) return ConvCode::Invalid;
      } else if (!bt->is_numeric()) {
        return ConvCode::Invalid;
      }
      *out = target;
      return ConvCode::Ok;
    }
    case TypeKind::Interface:
      if (is_nil) {
        *out = basic(BasicKind::UntypedNil);
        return ConvCode::Ok;
      }
      if (!static_cast<const InterfaceTy*>(u)->empty()) return ConvCode::Invalid;
      *out = default_type(x.type);
      return ConvCode::Ok;
    case TypeKind::Pointer: case TypeKind::Signature: case TypeKind::Slice:
    case TypeKind::Map: case TypeKind::Chan:
      if (!is_nil) return ConvCode::Invalid;
      *out = basic(BasicKind::UntypedNil);
      return ConvCode::Ok;
    default:
      return ConvCode::Invalid;
  }
}

void Checker::conv_error(const Operand& x, const Type* target, ConvCode c) {
  const Type* t = target->underlying();
  if (c == ConvCode::Truncated) error(x.expr->pos, operand_string(x) + " truncated to " + tstr(t));
  else if (c == ConvCode::Overflow) error(x.expr->pos, operand_string(x) + " overflows " + tstr(t));
  else error(x.expr->pos, "cannot convert " + operand_string(x) + " to type " + tstr(t));
}

void Checker::convert_untyped(Operand& x, const Type* target) {
  const Type* nt;
  const Constant* v;
  ConvCode c = implicit_type(x, target, &nt, &v);
  if (c != ConvCode::Ok) {
    conv_error(x, target, c);
    x.mode = Mode::Invalid;
    return;
  }
  if (v) {
    x.val = v;
    if (x.expr) x.expr->cval = v;
  }
  if (nt != x.type) {
    x.type = nt;
    update_expr_type(x.expr, nt, false);
  }
}

void Checker::update_expr_type(Expr* e, const Type* t, bool final) {
  if (!e || !e->type || !is_untyped(e->type)) return;
  const Type* old = e->type;
  bool is_const = e->cval != nullptr;
  switch (e->kind) {
    case NodeKind::ParenExpr:
      update_expr_type(static_cast<ParenExpr*>(e)->x, t, final);
      break;
    case NodeKind::UnaryExpr:
      if (!is_const) update_expr_type(static_cast<UnaryExpr*>(e)->x, t, final);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      if (is_const) break;
      bool cmp = b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss ||
                 b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq;
      if (cmp) break;
      update_expr_type(b->x, t, final);
      if (b->op != Tok::Shl && b->op != Tok::Shr) update_expr_type(b->y, t, final);
      break;
    }
    default:
      break;
  }
  if (!final && is_untyped(t)) {
    e->type = t;
    return;
  }
  if (shift_lhs_.count(e)) {
    shift_lhs_.erase(e);
    if (!is_integer(t)) {
      error(e->pos, "invalid operation: shifted operand " + expr_string(e) + " (type " +
                        tstr(t) + ") must be integer");
      e->type = invalid_type();
      return;
    }
  }
  if (is_const && !is_untyped(t)) {
    Operand x{Mode::Constant, e, old, e->cval};
    const Type* nt;
    const Constant* v;
    ConvCode c = implicit_type(x, t, &nt, &v);
    if (c != ConvCode::Ok) {
      conv_error(x, t, c);
      e->type = invalid_type();
      return;
    }
    if (v) e->cval = v;
  }
  e->type = t;
}

bool Checker::has_nil(const Type* t) const {
  switch (t->underlying()->kind) {
    case TypeKind::Pointer: case TypeKind::Signature: case TypeKind::Slice:
    case TypeKind::Map: case TypeKind::Chan: case TypeKind::Interface:
      return true;
    case TypeKind::Basic:
      return static_cast<const BasicType*>(t->underlying())->bkind == BasicKind::UnsafePointer;
    default:
      return false;
  }
}

bool Checker::comparable(const Type* t) const {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const BasicType*>(u)->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (auto& f : static_cast<const StructTy*>(u)->fields)
        if (!comparable(f.type)) return false;
      return true;
    case TypeKind::Array:
      return comparable(static_cast<const ArrayTy*>(u)->elem);
    default:
      return false;
  }
}

// Whether v implements t; otherwise *cause says why, in parentheses and
// possibly followed by have/want lines, as types2's missingMethod does:
// "(missing method M)", "(method M has pointer receiver)", "(wrong type for
// method M)\n\t\thave M(int)\n\t\twant M()", ...
bool Checker::implements(const Type* v, const InterfaceTy* t, std::string* cause) const {
  if (t->empty()) return true;
  auto sig_string = [](const std::string& name, const SignatureType* sig) {
    return name + type_string(sig).substr(4);  // drop "func"
  };
  bool is_ptr = v->kind == TypeKind::Pointer;
  bool ptr_to_iface = is_ptr && is_interface(static_cast<const PointerType*>(v)->elem) &&
                      static_cast<const PointerType*>(v)->elem->underlying()->kind == TypeKind::Interface;
  for (auto& m : t->methods) {
    Lookup r = lookup(v, m.name);
    std::string why;
    if (!r.found) {
      Lookup alt = r.ambiguous ? Lookup{} : lookup(v, m.name, nullptr, true);
      bool alt_method = alt.found && (!alt.obj || alt.obj->kind == ObjKind::Func);
      if (r.ambiguous) {
        why = "(ambiguous selector " + tstr(v) + "." + m.name + ")";
      } else if (ptr_to_iface) {
        why = "(type " + tstr(v) + " is pointer to interface, not interface)";
      } else if (alt_method) {
        const std::string& name = alt.obj ? alt.obj->name : alt.iface->methods[alt.iface_index].name;
        const SignatureType* have =
            alt.obj ? static_cast<const SignatureType*>(alt.obj->type) : alt.iface->methods[alt.iface_index].sig;
        if (name == m.name) why = "(unexported method " + m.name + ")";
        else
          why = "(missing method " + m.name + ")\n\t\thave " + sig_string(name, have) + "\n\t\twant " +
                sig_string(m.name, m.sig);
      } else {
        why = "(missing method " + m.name + ")";
      }
    } else if (r.obj && r.obj->kind != ObjKind::Func) {
      why = "(" + tstr(v) + "." + m.name + " is a field, not a method)";
    } else {
      auto* have = r.obj ? static_cast<const SignatureType*>(r.obj->type) : r.iface->methods[r.iface_index].sig;
      if (!identical(have, m.sig))
        why = "(wrong type for method " + m.name + ")\n\t\thave " + sig_string(m.name, have) +
              "\n\t\twant " + sig_string(m.name, m.sig);
      else if (r.obj && is_ptr_method(r.obj) && !r.recv_is_ptr && !r.indirect)
        why = "(method " + m.name + " has pointer receiver)";
    }
    if (!why.empty()) {
      if (cause) *cause = why;
      return false;
    }
  }
  return true;
}

bool Checker::assignable(Operand& x, const Type* t, std::string* cause) {
  if (x.invalid() || !valid(t)) return true;  // avoid follow-on errors
  const Type* v = x.type;
  if (identical(v, t)) return true;
  const Type* vu = v->underlying();
  const Type* tu = t->underlying();
  if (is_untyped(v)) {
    if (tu->kind == TypeKind::Basic) {
      if (x.mode == Mode::Constant) {
        const Constant* r;
        return representable(x.val, static_cast<const BasicType*>(tu), &r) == ConvCode::Ok;
      }
      auto vk = static_cast<const BasicType*>(vu)->bkind;
      if (vk == BasicKind::UntypedBool) return is_boolean(tu);
    }
    const Type* nt;
    const Constant* val;
    return implicit_type(x, t, &nt, &val) == ConvCode::Ok;
  }
  // Identical underlying types, one of them not named.
  if (identical(vu, tu) && (v->kind != TypeKind::Named || t->kind != TypeKind::Named) &&
      vu->kind != TypeKind::Basic)
    return true;
  if (tu->kind == TypeKind::Interface) {
    std::string missing;
    if (implements(v, static_cast<const InterfaceTy*>(tu), &missing)) return true;
    if (cause) *cause = tstr(v) + " does not implement " + tstr(t) + " " + missing;
    return false;
  }
  if (vu->kind == TypeKind::Chan && tu->kind == TypeKind::Chan) {
    auto vc = static_cast<const ChanTy*>(vu), tc = static_cast<const ChanTy*>(tu);
    if (vc->dir == ChanDir::Both && identical(vc->elem, tc->elem))
      return v->kind != TypeKind::Named || t->kind != TypeKind::Named;
  }
  return false;
}

void Checker::assignment(Operand& x, const Type* t, const std::string& context) {
  single_value(x);
  switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::Constant: case Mode::Variable: case Mode::Value: case Mode::CommaOk:
    case Mode::MapIndex: break;
    default:
      error(x.expr->pos, "cannot assign " + operand_string(x) + " to " +
                             (t ? tstr(t) : std::string("_")) + " in " + context);
      x.mode = Mode::Invalid;
      return;
  }
  if (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex) x.mode = Mode::Value;
  if (is_untyped(x.type)) {
    const Type* target = t;
    if (x.type == basic(BasicKind::UntypedNil)) {
      if (!t) {
        error(x.expr->pos, "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!t || is_interface(t)) {
      target = default_type(x.type);
    }
    const Type* nt;
    const Constant* val;
    ConvCode c = implicit_type(x, target, &nt, &val);
    if (c != ConvCode::Ok) {
      std::string msg = "cannot use " + operand_string(x) + " as " + tstr(target) + " value in " + context;
      if (c == ConvCode::Truncated) msg += " (truncated)";
      else if (c == ConvCode::Overflow) msg += " (overflows)";
      error(x.expr->pos, msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (val) {
      x.val = val;
      if (x.expr) x.expr->cval = val;
    }
    if (nt != x.type) {
      x.type = nt;
      update_expr_type(x.expr, nt, true);
    }
  }
  if (!t) return;
  std::string cause;
  if (!assignable(x, t, &cause)) {
    std::string msg = "cannot use " + operand_string(x) + " as " + tstr(t) + " value in " + context;
    if (!cause.empty()) msg += ": " + cause;
    error(x.expr->pos, msg);
    x.mode = Mode::Invalid;
  }
}

bool Checker::convertible(const Operand& x, const Type* t) {
  Operand y = x;
  if (assignable(y, t, nullptr)) return true;
  const Type* v = x.type;
  const Type* vu = v->underlying();
  const Type* tu = t->underlying();
  if (identical(vu, tu)) return true;
  if ((is_integer(vu) || is_float(vu)) && (is_integer(tu) || is_float(tu))) return true;
  if (is_complex(vu) && is_complex(tu)) return true;
  if (is_integer(vu) && is_string(tu)) return true;
  if (is_string(vu) && is_string(tu)) return true;
  // string <-> []byte, []rune (element types by underlying kind, so named
  // byte/rune-like element types work as in Go).
  auto bytes_or_runes = [](const Type* u) {
    if (u->kind != TypeKind::Slice) return false;
    auto* b = as_basic(static_cast<const SliceType*>(u)->elem);
    return b && (b->bkind == BasicKind::Uint8 || b->bkind == BasicKind::Int32);
  };
  if (is_string(vu) && bytes_or_runes(tu)) return true;
  if (bytes_or_runes(vu) && is_string(tu)) return true;
  // Pointers to types with identical underlying types (unnamed pointers).
  if (v->kind != TypeKind::Named && t->kind != TypeKind::Named && vu->kind == TypeKind::Pointer &&
      tu->kind == TypeKind::Pointer &&
      identical(static_cast<const PointerType*>(vu)->elem->underlying(),
                static_cast<const PointerType*>(tu)->elem->underlying()))
    return true;
  // Slice to array or array pointer (Go 1.17/1.20).
  if (vu->kind == TypeKind::Slice) {
    const Type* ae = nullptr;
    if (tu->kind == TypeKind::Array) ae = static_cast<const ArrayTy*>(tu)->elem;
    else if (tu->kind == TypeKind::Pointer &&
             static_cast<const PointerType*>(tu)->elem->underlying()->kind == TypeKind::Array)
      ae = static_cast<const ArrayTy*>(static_cast<const PointerType*>(tu)->elem->underlying())->elem;
    if (ae && identical(ae, static_cast<const SliceType*>(vu)->elem)) return true;
  }
  return false;
}

void Checker::conversion(Operand& x, const Type* t, CallExpr* call) {
  bool const_arg = x.mode == Mode::Constant;
  auto* tb = as_basic(t);
  bool const_type = tb && tb->bkind != BasicKind::UnsafePointer && tb->bkind != BasicKind::Invalid;
  bool ok = false;
  if (const_arg && const_type) {
    const Constant* r;
    if (representable(x.val, tb, &r) == ConvCode::Ok) {
      ok = true;
      x.val = r;
    } else if (is_integer(x.type) && tb->is_string()) {
      // string(rune constant): out-of-range code points become U+FFFD.
      uint32_t cp = 0xFFFD;
      if (x.val->fits_int(64, false) && x.val->uint64_val() <= 0x10FFFF) cp = (uint32_t)x.val->uint64_val();
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      std::string s;
      if (cp < 0x80) s += (char)cp;
      else if (cp < 0x800) s += (char)(0xC0 | (cp >> 6)), s += (char)(0x80 | (cp & 0x3F));
      else if (cp < 0x10000)
        s += (char)(0xE0 | (cp >> 12)), s += (char)(0x80 | ((cp >> 6) & 0x3F)), s += (char)(0x80 | (cp & 0x3F));
      else
        s += (char)(0xF0 | (cp >> 18)), s += (char)(0x80 | ((cp >> 12) & 0x3F)),
            s += (char)(0x80 | ((cp >> 6) & 0x3F)), s += (char)(0x80 | (cp & 0x3F));
      x.val = cp_.make_string(std::move(s));
      ok = true;
    } else if (is_integer(x.type) && tb->is_integer()) {
      error(x.expr->pos, "constant " + x.val->to_string() + " overflows " + tstr(t));
      x.mode = Mode::Invalid;
      return;
    }
  } else if (convertible(x, t)) {
    ok = true;
    x.mode = Mode::Value;
    x.val = nullptr;
  }
  if (!ok) {
    std::string msg = "cannot convert " + operand_string(x) + " to type " + tstr(t);
    if (const_arg && is_numeric(x.type) && is_integer(t) && !x.val->is_integral()) msg += " (truncated)";
    error(x.expr->pos, msg);
    x.mode = Mode::Invalid;
    return;
  }
  if (is_untyped(x.type)) {
    const Type* final = t;
    bool is_nil = x.type == basic(BasicKind::UntypedNil);
    if (is_interface(t) || (const_arg && !const_type) || is_nil) final = default_type(x.type);
    else if (const_arg && is_integer(x.type) && is_string(t)) final = default_type(x.type);
    update_expr_type(x.expr, final, true);
  }
  x.type = t;
  (void)call;
}

std::string Checker::types_summary(const std::vector<const Type*>& ts, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); ++i) {
    if (i) s += ", ";
    const Type* t = ts[i];
    if (!t || !valid(t)) s += "unknown type";
    else if (is_untyped(t)) {
      if (is_numeric(t)) s += "number";
      else {
        std::string n = static_cast<const BasicType*>(t)->name;
        s += n.substr(n.find(' ') + 1);
      }
    } else if (variadic && i + 1 == ts.size() && t->kind == TypeKind::Slice) {
      s += "..." + tstr(static_cast<const SliceType*>(t)->elem);
    } else {
      s += tstr(t);
    }
  }
  return s + ")";
}

}  // namespace csp
