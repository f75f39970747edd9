// Field and method lookup (with promotion through embedded fields and
// pointers), selectors x.f (fields, method values, method expressions),
// struct and pointer types, & and *. After go/types' lookup.go, selector in
// call.go and struct.go. Results for the compiler go to
// SelectorExpr::selection (see lang/check.hpp).
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "lang/checker.hpp"

namespace csp {

namespace {

// The pointer's base type when t is an unnamed pointer (or a named type
// whose underlying type is a pointer is NOT dereferenced, as in Go).
const Type* deref_ptr(const Type* t, bool* is_ptr) {
  *is_ptr = false;
  if (t && t->kind == TypeKind::Pointer) {
    *is_ptr = true;
    return static_cast<const PointerType*>(t)->elem;
  }
  return t;
}

std::string lower(std::string s) {
  for (char& c : s) c = (char)std::tolower((unsigned char)c);
  return s;
}

bool exported(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

}  // namespace

// types2's Object.sameId: seen from package `from`, an unexported name of
// another package never matches (from == nullptr: any package matches).
// With fold_case (for error messages) names match ignoring case and
// regardless of package.
bool Checker::same_id(const std::string& have, const Package* pkg, const std::string& name,
                      const Package* from, bool fold_case) {
  if (fold_case) return lower(have) == lower(name);
  return have == name && (!from || exported(name) || !pkg || pkg == from);
}

Checker::Lookup Checker::lookup(const Type* T, const std::string& name, const Package* from,
                                bool fold_case) {
  Lookup res;
  if (name == "_" || !T) return res;
  struct Entry {
    const Type* type;        // without the pointer
    std::vector<int> path;
    std::vector<bool> deref;
    bool ptr;                // the value at this level is a pointer to `type`
    bool indirect;           // a pointer was followed on the way here
  };
  bool is_ptr;
  const Type* typ = deref_ptr(T, &is_ptr);
  // A pointer to a pointer, or a named pointer type, has no fields or
  // methods (Go: "x.f undefined").
  if (is_ptr && typ->underlying()->kind == TypeKind::Pointer) return res;
  if (is_ptr && typ->underlying()->kind == TypeKind::Interface) {
    res.ptr_to_iface = true;
    return res;
  }
  std::vector<Entry> current{{typ, {}, {}, is_ptr, is_ptr}};
  std::unordered_set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    int found = 0;
    for (Entry& e : current) {
      const Type* t = e.type;
      if (t->kind == TypeKind::Named) {
        if (!seen.insert(t).second) continue;
        auto* n = static_cast<const NamedType*>(t);
        bool hit = false;
        for (Object* m : n->methods)
          if (same_id(m->name, m->pkg, name, from, fold_case)) {
            ++found;
            hit = true;
            res.obj = m;
            res.path = e.path;
            res.deref = e.deref;
            res.recv_is_ptr = e.ptr;
            res.indirect = e.indirect;
            res.iface_index = -1;
          }
        if (hit) continue;
        t = n->under;
        if (!t) continue;
      }
      if (t->kind == TypeKind::Struct) {
        auto* st = static_cast<const StructTy*>(t);
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const StructField& f = st->fields[i];
          if (same_id(f.name, f.obj ? f.obj->pkg : nullptr, name, from, fold_case)) {
            ++found;
            res.obj = f.obj;
            res.field_type = f.type;
            res.path = e.path;
            res.path.push_back((int)i);
            res.deref = e.deref;
            res.deref.push_back(e.ptr);
            res.indirect = e.indirect;
            res.iface_index = -1;
            continue;
          }
          if (found == 0 && f.embedded) {
            bool p;
            const Type* ft = deref_ptr(f.type, &p);
            Entry ne{ft, e.path, e.deref, p, e.indirect || p};
            ne.path.push_back((int)i);
            ne.deref.push_back(e.ptr);
            next.push_back(std::move(ne));
          }
        }
      } else if (t->kind == TypeKind::Interface) {
        auto* it = static_cast<const InterfaceTy*>(t);
        for (size_t i = 0; i < it->methods.size(); ++i)
          if (same_id(it->methods[i].name, nullptr, name, from, fold_case)) {
            ++found;
            res.obj = nullptr;
            res.iface = it;
            res.iface_index = (int)i;
            res.path = e.path;
            res.deref = e.deref;
            res.recv_is_ptr = e.ptr;
            res.indirect = e.indirect;
          }
      }
    }
    if (found == 1) {
      res.found = true;
      return res;
    }
    if (found > 1) {
      res = Lookup{};
      res.ambiguous = true;
      return res;
    }
    current = std::move(next);
  }
  return Lookup{};
}

// types2's lookupError: why x.sel (or a struct literal key sel) finds
// nothing in T, naming a member spelled differently (case) if there is one.
std::string Checker::lookup_error(const Type* T, const std::string& sel, const Object* alt_obj,
                                  const std::string& alt_name, bool struct_lit) const {
  enum { Missing, Misspelled, Unexported, Inaccessible } e = Missing;
  const std::string& name = alt_name;
  std::string what = alt_obj && alt_obj->kind == ObjKind::Var ? "field" : "method";
  if (!alt_name.empty()) {
    const Package* pkg = alt_obj ? alt_obj->pkg : nullptr;
    auto tail = [](const std::string& s) { return s.empty() ? s : s.substr(1); };
    if (!pkg || pkg == &pkg_) e = Misspelled;
    else if (exported(sel)) e = exported(name) ? Misspelled : tail(sel) == tail(name) ? Unexported : Missing;
    else if (exported(name)) e = tail(sel) == tail(name) ? Misspelled : Missing;
    else if (sel == name) e = Inaccessible;
  }
  std::string t = tstr(T);
  if (struct_lit) {
    switch (e) {
      case Missing: return "unknown field " + sel + " in struct literal of type " + t;
      case Misspelled: return "unknown field " + sel + " in struct literal of type " + t + ", but does have " + name;
      case Unexported: return "unknown field " + sel + " in struct literal of type " + t + ", but does have unexported " + name;
      case Inaccessible: return "cannot refer to unexported field " + name + " in struct literal of type " + t;
    }
  }
  switch (e) {
    case Missing: return "type " + t + " has no field or method " + sel;
    case Misspelled: return "type " + t + " has no field or method " + sel + ", but does have " + what + " " + name;
    case Unexported: return "type " + t + " has no field or method " + sel + ", but does have unexported " + what + " " + name;
    case Inaccessible: return "cannot refer to unexported " + what + " " + name;
  }
  return "";
}

// A method of this package used by a package-level declaration: a
// dependency for the initialization order (through its body).
void Checker::note_method_use(Object* m) {
  if (cur_decl_ && m && m->kind == ObjKind::Func && m->pkg == &pkg_) cur_decl_->deps.push_back(m);
}

bool Checker::is_ptr_method(const Object* m) {
  auto* sig = static_cast<const SignatureType*>(m->type);
  return sig && sig->recv && sig->recv->kind == TypeKind::Pointer;
}

void Checker::field_selector(Operand& x, SelectorExpr* e) {
  const std::string& name = e->sel->name;
  Operand base;
  expr_or_type(base, e->x);
  if (base.invalid()) return;
  auto* sel = ctx_.make<Selection>();
  if (base.mode == Mode::TypeExpr) {
    // A method expression T.m or (*T).m.
    const Type* T = base.type;
    Lookup r = lookup(T, name, &pkg_);
    if (!r.found || (r.obj && r.obj->kind != ObjKind::Func)) {
      std::string why = r.found ? "type " + tstr(T) + " has no method " + name
                                : "type " + tstr(T) + " has no method " + name;
      error(e->sel->pos, expr_string(e) + " undefined (" + why + ")");
      return;
    }
    const SignatureType* msig;
    if (r.obj) {
      if (is_ptr_method(r.obj) && !r.indirect && T->kind != TypeKind::Pointer) {
        error(e->pos, "invalid method expression " + expr_string(e) + " (needs pointer receiver (*" +
                          tstr(T) + ")." + name + ")");
        return;
      }
      msig = static_cast<const SignatureType*>(r.obj->type);
      sel->recv_addr = false;
      sel->recv_deref = !is_ptr_method(r.obj) && r.recv_is_ptr;
    } else {
      msig = r.iface->methods[r.iface_index].sig;
      sel->iface_index = r.iface_index;
    }
    auto* sig = ctx_.new_signature();
    sig->params.push_back(T);
    for (auto* p : msig->params) sig->params.push_back(p);
    sig->results = msig->results;
    sig->variadic = msig->variadic;
    sel->kind = SelKind::MethodExpr;
    sel->obj = r.obj;
    sel->path = r.path;
    sel->deref = r.deref;
    sel->recv = T;
    e->selection = sel;
    e->sel->obj = r.obj;
    note_method_use(r.obj);
    x.mode = Mode::Value;
    x.type = sig;
    return;
  }
  if (base.mode == Mode::Builtin || base.mode == Mode::NoValue) {
    error(e->x->pos, operand_string(base) + " is not an expression");
    return;
  }
  if (is_untyped(base.type) && base.type != basic(BasicKind::UntypedNil)) default_convert(base);
  Lookup r = lookup(base.type, name, &pkg_);
  if (!r.found) {
    std::string why;
    if (r.ambiguous) {
      why = "ambiguous selector " + expr_string(e);
      error(e->sel->pos, why);
      return;
    }
    if (r.ptr_to_iface)
      why = "type " + tstr(base.type) + " is pointer to interface, not interface";
    else if (base.type == basic(BasicKind::UntypedNil))
      why = "";
    else {
      Lookup alt = lookup(base.type, name, &pkg_, true);
      std::string alt_name;
      if (alt.found) alt_name = alt.obj ? alt.obj->name : alt.iface->methods[alt.iface_index].name;
      why = lookup_error(base.type, name, alt.obj, alt_name, false);
    }
    if (why.empty()) error(e->sel->pos, "use of untyped nil");
    else error(e->sel->pos, expr_string(e) + " undefined (" + why + ")");
    return;
  }
  sel->path = r.path;
  sel->deref = r.deref;
  sel->obj = r.obj;
  e->sel->obj = r.obj;
  e->selection = sel;
  note_method_use(r.obj);
  if (r.obj && r.obj->kind == ObjKind::Var) {
    sel->kind = SelKind::Field;
    bool through_ptr = std::find(r.deref.begin(), r.deref.end(), true) != r.deref.end();
    x.mode = (base.mode == Mode::Variable || through_ptr) ? Mode::Variable : Mode::Value;
    x.type = r.field_type;
    e->sel->type = x.type;
    return;
  }
  if (!r.obj) {
    sel->kind = SelKind::IfaceMethod;
    sel->iface_index = r.iface_index;
    x.mode = Mode::Value;
    x.type = r.iface->methods[r.iface_index].sig;
    return;
  }
  sel->kind = SelKind::MethodValue;
  if (is_ptr_method(r.obj)) {
    if (!r.recv_is_ptr) {
      // Needs &x: x (or the embedded field reached) must be addressable.
      bool through_ptr = std::find(r.deref.begin(), r.deref.end(), true) != r.deref.end();
      if (base.mode != Mode::Variable && !through_ptr) {
        error(e->sel->pos, "cannot call pointer method " + name + " on " + tstr(base.type));
        return;
      }
      sel->recv_addr = true;
    }
  } else if (r.recv_is_ptr) {
    sel->recv_deref = true;
  }
  x.mode = Mode::Value;
  x.type = r.obj->type;
}

// ---- struct types -------------------------------------------------------------

const Type* Checker::struct_type(StructType* e) {
  StructTy* st = ctx_.new_struct();
  std::unordered_map<std::string, Pos> seen;
  if (e->fields) {
    for (Field* f : e->fields->list) {
      const Type* t = resolve_type(f->type_expr);
      auto add = [&](const std::string& name, Pos pos, bool embedded, Ident* id) {
        auto* v = ctx_.make<Var>(name, t, pos);
        v->is_field = true;
        v->pkg = &pkg_;
        v->used = true;
        if (id) id->obj = v;
        if (name != "_") {
          auto it = seen.find(name);
          if (it != seen.end()) {
            error(pos, name + " redeclared",
                  "other declaration of " + name + " at " + std::to_string(it->second.line) + ":" +
                      std::to_string(it->second.col));
          } else {
            seen[name] = pos;
          }
        }
        st->fields.push_back({name, t, embedded, v});
      };
      if (f->names.empty()) {
        // Embedded field: T, *T, pkg.T or *pkg.T; its name is the type name.
        Expr* te = f->type_expr;
        bool ptr = false;
        if (auto* s = as<StarExpr>(te)) {
          te = s->x;
          ptr = true;
        }
        while (auto* p = as<ParenExpr>(te)) te = p->x;
        std::string name;
        if (auto* id = as<Ident>(te)) name = id->name;
        else if (auto* se = as<SelectorExpr>(te)) name = se->sel->name;
        if (name.empty()) {
          error(f->type_expr->pos, "invalid embedded field type " + expr_string(f->type_expr));
          continue;
        }
        if (valid(t)) {
          bool p2;
          const Type* base = deref_ptr(t, &p2);
          const Type* u = base->underlying();
          if (u && u->kind == TypeKind::Pointer) {
            error(f->type_expr->pos, "embedded field type cannot be a pointer");
          } else if (ptr && u && u->kind == TypeKind::Interface) {
            error(f->type_expr->pos, "embedded field type cannot be a pointer to an interface");
          }
        }
        add(name, f->type_expr->pos, true, nullptr);
      } else {
        for (Ident* id : f->names) add(id->name, id->pos, false, id);
      }
    }
  }
  return st;
}

// ---- & and * --------------------------------------------------------------------

void Checker::star_expr(Operand& x, StarExpr* e, bool allow_type) {
  expr_or_type(x, e->x);
  x.expr = e;
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    x.type = ctx_.pointer(x.type);
    (void)allow_type;
    return;
  }
  if (x.type == basic(BasicKind::UntypedNil)) {
    error(e->pos, "invalid operation: cannot indirect nil");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* u = x.type->underlying();
  if (u->kind != TypeKind::Pointer) {
    Operand y = x;
    y.expr = e->x;
    error(e->pos, "invalid operation: cannot indirect " + operand_string(y));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Variable;
  x.type = static_cast<const PointerType*>(u)->elem;
  x.val = nullptr;
}

void Checker::address_of(Operand& x, UnaryExpr* e) {
  Expr* inner = e->x;
  while (auto* p = as<ParenExpr>(inner)) inner = p->x;
  if (as<CompositeLit>(inner)) {
    expr(x, e->x);
    x.expr = e;
    if (x.invalid()) return;
    x.mode = Mode::Value;
    x.type = ctx_.pointer(x.type);
    return;
  }
  expr(x, e->x);
  x.expr = e;
  if (x.invalid()) return;
  if (x.mode != Mode::Variable) {
    Operand y = x;
    y.expr = e->x;
    error(e->pos, "invalid operation: cannot take address of " + operand_string(y));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = ctx_.pointer(x.type);
  x.val = nullptr;
}

}  // namespace csp
