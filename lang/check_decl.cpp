// Declarations: collecting package-level objects from all files, resolving
// them lazily in dependency order (so declaration order does not matter,
// as in Go), function signatures and bodies, local declarations, type
// expressions, imports, the package's variable initialization order, and the
// entry point: check_package. After go/types' resolver.go, decl.go,
// initorder.go and typexpr.go.
#include <algorithm>
#include <functional>
#include <map>

#include "lang/checker.hpp"

namespace csp {

namespace {

bool has_named_results(const FuncType* ft) {
  if (!ft || !ft->results) return false;
  for (const Field* f : ft->results->list)
    if (!f->names.empty()) return true;
  return false;
}

bool is_exported_name(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

}  // namespace

// ---- types ------------------------------------------------------------------------

const Type* Checker::resolve_type(Expr* e) {
  if (!e) return invalid_type();
  const Type* t = invalid_type();
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      Operand x;
      ident(x, id, true);
      if (x.invalid()) return invalid_type();
      if (x.mode != Mode::TypeExpr) {
        error(e->pos, expr_string(e) + " is not a type");
        return invalid_type();
      }
      t = x.type;
      break;
    }
    case NodeKind::ParenExpr:
      t = resolve_type(static_cast<ParenExpr*>(e)->x);
      break;
    case NodeKind::SelectorExpr: {
      Operand x;
      selector(x, static_cast<SelectorExpr*>(e));
      if (x.invalid()) return invalid_type();
      if (x.mode != Mode::TypeExpr) {
        error(e->pos, expr_string(e) + " is not a type");
        return invalid_type();
      }
      t = x.type;
      break;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<ChanType*>(e);
      const Type* elem = resolve_type(c->value);
      if (!valid(elem)) return invalid_type();
      t = ctx_.chan(c->dir, elem);
      break;
    }
    case NodeKind::FuncType:
      t = func_type(static_cast<FuncType*>(e), nullptr, nullptr);
      break;
    case NodeKind::InterfaceType: {
      auto* it = static_cast<InterfaceType*>(e);
      if (!it->methods || it->methods->list.empty()) t = ctx_.empty_interface();
      else t = interface_type(it);
      break;
    }
    case NodeKind::ArrayType: {
      auto* a = static_cast<ArrayType*>(e);
      if (!a->len) {
        const Type* elem = resolve_type(a->elt);
        if (!valid(elem)) return invalid_type();
        t = ctx_.slice(elem);
        break;
      }
      if (as<Ellipsis>(a->len)) {
        error(a->pos, "invalid use of [...] array (outside a composite literal)");
        resolve_type(a->elt);
        return invalid_type();
      }
      int64_t n = array_length(a->len);
      const Type* elem = resolve_type(a->elt);
      if (n < 0 || !valid(elem)) return invalid_type();
      t = ctx_.array(elem, n);
      break;
    }
    case NodeKind::MapType: {
      auto* m = static_cast<MapType*>(e);
      const Type* k = resolve_type(m->key);
      const Type* v = resolve_type(m->value);
      if (!valid(k) || !valid(v)) return invalid_type();
      // A named key type still being declared is checked when complete
      // (Go delays this check too); everything else right away.
      if (!(k->kind == TypeKind::Named && !static_cast<const NamedType*>(k)->under) &&
          !comparable(k)) {
        error(m->key->pos, "invalid map key type " + tstr(k));
        return invalid_type();
      }
      t = ctx_.map(k, v);
      break;
    }
    case NodeKind::StructType:
      t = struct_type(static_cast<StructType*>(e));
      break;
    case NodeKind::StarExpr: {
      const Type* elem = resolve_type(static_cast<StarExpr*>(e)->x);
      if (!valid(elem)) return invalid_type();
      t = ctx_.pointer(elem);
      break;
    }
    case NodeKind::IndexExpr:
      not_supported(e->pos, "generic types");
      return invalid_type();
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return invalid_type();
    case NodeKind::BadExpr:
      return invalid_type();
    default:
      error(e->pos, expr_string(e) + " is not a type");
      return invalid_type();
  }
  e->is_type = true;
  e->type = nullptr;
  return t;
}

int64_t Checker::array_length(Expr* e) {
  if (auto* id = as<Ident>(e)) {
    Object* obj = scope_->lookup(id->name);
    if (!obj) {
      error(id->pos, "undefined array length " + id->name + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error(id->pos, "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error(e->pos, "array length " + operand_string(x) + " must be constant");
    return -1;
  }
  if (is_untyped(x.type) || is_integer(x.type)) {
    if (const Constant* v = cp_.to_int(x.val)) {
      const Constant* r;
      if (representable(v, basic(BasicKind::Int), &r) == ConvCode::Ok) {
        if (v->sign() >= 0) {
          if (is_untyped(x.type)) update_expr_type(e, basic(BasicKind::Int), true);
          return v->int64_val();
        }
        error(e->pos, "invalid array length " + operand_string(x));
        return -1;
      }
    }
  }
  error(e->pos, "array length " + operand_string(x) + " must be integer");
  return -1;
}

const SignatureType* Checker::func_type(FuncType* ft, const Node* owner, FuncInfo* info) {
  auto* sig = ctx_.new_signature();
  if (!ft) return sig;
  auto add = [&](FieldList* fl, bool params) {
    if (!fl) return;
    for (size_t i = 0; i < fl->list.size(); ++i) {
      Field* f = fl->list[i];
      Expr* te = f->type_expr;
      const Type* t;
      if (auto* el = as<Ellipsis>(te); el && params) {
        const Type* elem = resolve_type(el->elt);
        t = valid(elem) ? static_cast<const Type*>(ctx_.slice(elem)) : invalid_type();
        if (i + 1 != fl->list.size() || f->names.size() > 1)
          error(el->pos, "can only use ... with final parameter in list");
        else
          sig->variadic = true;
        el->is_type = true;
      } else {
        t = resolve_type(te);
      }
      size_t n = f->names.empty() ? 1 : f->names.size();
      for (size_t k = 0; k < n; ++k) {
        Ident* id = f->names.empty() ? nullptr : f->names[k];
        (params ? sig->params : sig->results).push_back(t);
        if (!info) continue;
        auto* v = ctx_.make<Var>(id ? id->name : "_", t, id ? id->pos : f->pos);
        v->pkg = &pkg_;
        v->owner = owner;
        v->is_param = true;
        v->used = true;
        if (id) id->obj = v;
        (params ? info->params : info->results).push_back(v);
      }
    }
  };
  add(ft->params, true);
  add(ft->results, false);
  if (info) info->sig = sig;
  return sig;
}

// ---- package-level objects ----------------------------------------------------------

void Checker::declare_pkg_obj(Scope* fs, Object* obj, Ident* id) {
  obj->pkg = &pkg_;
  if (id) id->obj = obj;
  pkg_objs_.push_back(obj);
  if (obj->name == "_") return;
  if (fs != pkg_.scope) {
    if (Object* alt = fs->lookup_local(obj->name); alt && alt->kind == ObjKind::PkgName) {
      error(obj->pos, obj->name + " already declared through import of package " + alt->name);
      return;
    }
  }
  if (Object* alt = pkg_.scope->insert(obj)) {
    std::string hint;
    if (alt->pos.valid())
      hint = "other declaration of " + obj->name + " at " + std::to_string(alt->pos.line) + ":" +
             std::to_string(alt->pos.col);
    error(obj->pos, obj->name + " redeclared in this block", hint);
  }
}

void Checker::import_spec(File* f, Scope* fs, ImportSpec* s) {
  (void)f;
  if (!s->path) return;
  std::string err;
  const Constant* pv = cp_.from_literal(Tok::String, s->path->value, &err);
  std::string path = pv ? pv->string_val() : "";
  if (path.empty()) {
    error(s->path->pos, "invalid import path: " + s->path->value);
    return;
  }
  Package* p = imp_.import(path);
  std::string name;
  if (s->name) name = s->name->name;
  else if (p) name = p->name;
  else name = path.substr(path.rfind('/') + 1);
  if (!p) error(s->path->pos, "package " + path + " is not in std");
  if (name == "_") return;
  if (name == ".") {
    not_supported(s->name->pos, "dot imports");
    return;
  }
  auto* pn = ctx_.make<PkgName>(name, p, s->pos);
  pn->pkg = &pkg_;
  if (!p) pn->used = true;  // already reported
  if (s->name) s->name->obj = pn;
  if (Object* alt = fs->insert(pn)) {
    (void)alt;
    error(s->pos, name + " redeclared in this block");
    return;
  }
  imports_.push_back(pn);
  import_paths_.push_back({path, s->name != nullptr && p && name != p->name});
}

void Checker::collect_file(File* f) {
  Scope* fs = f->is_script() ? pkg_.scope : ctx_.make<Scope>(pkg_.scope);
  file_scopes_.push_back({f, fs});
  for (Decl* decl : f->decls) {
    if (auto* g = as<GenDecl>(decl)) {
      switch (g->tok) {
        case Tok::Import:
          for (Spec* sp : g->specs)
            if (auto* is = as<ImportSpec>(sp)) import_spec(f, fs, is);
          break;
        case Tok::Const: {
          ValueSpec* last = nullptr;
          for (Spec* sp : g->specs) {
            auto* vs = as<ValueSpec>(sp);
            if (!vs) continue;
            if (vs->type_expr || !vs->values.empty()) last = vs;
            for (size_t i = 0; i < vs->names.size(); ++i) {
              auto* c = ctx_.make<Const>(vs->names[i]->name, nullptr, vs->names[i]->pos);
              auto d = std::make_unique<DeclInfo>();
              d->file = f;
              d->file_scope = fs;
              d->gen = g;
              d->spec = vs;
              d->vspec = last;
              d->index = (int)i;
              d->iota = vs->iota;
              decl_info_[c] = d.get();
              decls_.push_back(std::move(d));
              declare_pkg_obj(fs, c, vs->names[i]);
            }
            static const std::vector<Expr*> none;
            arity(vs, last ? last->values : none, true, last && last != vs);
          }
          break;
        }
        case Tok::Var:
          for (Spec* sp : g->specs) {
            auto* vs = as<ValueSpec>(sp);
            if (!vs) continue;
            auto d = std::make_unique<DeclInfo>();
            d->file = f;
            d->file_scope = fs;
            d->gen = g;
            d->spec = vs;
            for (Ident* id : vs->names) {
              auto* v = ctx_.make<Var>(id->name, nullptr, id->pos);
              d->spec_vars.push_back(v);
              decl_info_[v] = d.get();
              declare_pkg_obj(fs, v, id);
            }
            decls_.push_back(std::move(d));
          }
          break;
        case Tok::Type:
          for (Spec* sp : g->specs) {
            auto* ts = as<TypeSpec>(sp);
            if (!ts || !ts->name) continue;
            if (ts->has_type_params) not_supported(ts->pos, "generic types");
            auto* tn = ctx_.make<TypeName>(ts->name->name, nullptr, ts->name->pos);
            auto d = std::make_unique<DeclInfo>();
            d->file = f;
            d->file_scope = fs;
            d->tspec = ts;
            decl_info_[tn] = d.get();
            decls_.push_back(std::move(d));
            declare_pkg_obj(fs, tn, ts->name);
          }
          break;
        default:
          break;
      }
    } else if (auto* fd = as<FuncDecl>(decl)) {
      if (!fd->name) continue;
      if (fd->recv) {
        auto* fn = ctx_.make<Func>(fd->name->name, nullptr, fd->name->pos);
        fn->decl = fd;
        fn->pkg = &pkg_;
        fd->name->obj = fn;
        auto d = std::make_unique<DeclInfo>();
        d->file = f;
        d->file_scope = fs;
        d->fdecl = fd;
        decl_info_[fn] = d.get();
        decls_.push_back(std::move(d));
        methods_.push_back(fn);
        continue;
      }
      if (fd->has_type_params) {
        not_supported(fd->name->pos, "generic functions");
        continue;
      }
      auto* fn = ctx_.make<Func>(fd->name->name, nullptr, fd->name->pos);
      fn->decl = fd;
      fn->pkg = &pkg_;
      fd->name->obj = fn;
      auto d = std::make_unique<DeclInfo>();
      d->file = f;
      d->file_scope = fs;
      d->fdecl = fd;
      decl_info_[fn] = d.get();
      decls_.push_back(std::move(d));
      if (fn->name == "init" && !f->is_script()) {
        pkg_objs_.push_back(fn);  // init is not declared in any scope
      } else {
        if (fn->name == "main" && pkg_.name == "main") has_main_ = true;
        declare_pkg_obj(fs, fn, fd->name);
      }
    }
  }
}

void Checker::obj_decl(Object* obj) {
  auto it = decl_info_.find(obj);
  if (it == decl_info_.end()) return;
  DeclInfo* d = it->second;
  if (d->color == 2) return;
  if (d->color == 1) {
    // A cycle (types2's validCycle): through functions it is fine; one of
    // constants and variables only is reported by init_order(); one through
    // type definitions only is fine here (a type containing itself is
    // caught by type_decl). Anything else is an invalid declaration cycle.
    auto at = std::find(obj_path_.begin(), obj_path_.end(), obj);
    std::vector<Object*> cycle(at, obj_path_.end());
    size_t nval = 0, ndef = 0;
    for (Object* o : cycle) {
      if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) ++nval;
      else if (o->kind == ObjKind::TypeName && decl_info_.count(o) && !decl_info_[o]->tspec->alias) ++ndef;
    }
    bool valid_cycle = obj->kind == ObjKind::Func || nval == cycle.size() || (nval == 0 && ndef > 0);
    if (!valid_cycle) cycle_error(cycle, first_in_src(cycle));
    if (!valid_cycle || !obj->type) obj->type = invalid_type();
    return;
  }
  d->color = 1;
  obj_path_.push_back(obj);
  Scope* saved_scope = scope_;
  DeclInfo* saved_decl = cur_decl_;
  const Constant* saved_iota = iota_;
  auto saved_fstack = std::move(fstack_);
  auto saved_enclosing = std::move(enclosing_);
  fstack_.clear();
  enclosing_.clear();
  scope_ = d->file_scope;
  iota_ = nullptr;
  switch (obj->kind) {
    case ObjKind::Const:
      cur_decl_ = d;  // constants take part in the initialization cycle check
      const_decl(static_cast<Const*>(obj), *d);
      break;
    case ObjKind::Var:
      cur_decl_ = d;
      var_decl_pkg(static_cast<Var*>(obj), *d);
      break;
    case ObjKind::Func:
      cur_decl_ = nullptr;
      if (d->fdecl && d->fdecl->recv) method_decl(static_cast<Func*>(obj), *d);
      else func_decl(static_cast<Func*>(obj), *d);
      break;
    case ObjKind::TypeName:
      cur_decl_ = nullptr;
      type_decl(static_cast<TypeName*>(obj), d->tspec);
      break;
    default:
      break;
  }
  obj_path_.pop_back();
  d->color = 2;
  scope_ = saved_scope;
  cur_decl_ = saved_decl;
  iota_ = saved_iota;
  fstack_ = std::move(saved_fstack);
  enclosing_ = std::move(saved_enclosing);
}

// types2's cycleError: "invalid recursive type T" / "invalid cycle in
// declaration of x", reported at cycle[start], the others listed in the
// hint ("A refers to B" ...).
void Checker::cycle_error(const std::vector<Object*>& cycle, size_t start) {
  if (cycle.empty()) return;
  Object* obj = cycle[start];
  bool tname = obj->kind == ObjKind::TypeName;
  if (cycle.size() == 1) {
    error(obj->pos, tname ? "invalid recursive type: " + obj->name + " refers to itself"
                          : "invalid cycle in declaration: " + obj->name + " refers to itself");
    return;
  }
  std::string hint;
  for (size_t i = 0; i < cycle.size(); ++i) {
    Object* a = cycle[(start + i) % cycle.size()];
    Object* b = cycle[(start + i + 1) % cycle.size()];
    hint += (i ? "\n\t" : "") + a->name + " refers to " + b->name;
  }
  error(obj->pos, (tname ? "invalid recursive type " : "invalid cycle in declaration of ") + obj->name,
        hint);
}

size_t Checker::first_in_src(const std::vector<Object*>& objs) {
  size_t f = 0;
  for (size_t i = 1; i < objs.size(); ++i) {
    Pos a = objs[i]->pos, b = objs[f]->pos;
    if (a.line < b.line || (a.line == b.line && a.col < b.col)) f = i;
  }
  return f;
}

// types2's arity: too many or too few initialization expressions in a
// const or var spec (values: the spec's own or, for a const spec, the
// inherited ones).
void Checker::arity(ValueSpec* spec, const std::vector<Expr*>& values, bool const_decl,
                    bool inherited) {
  size_t l = spec->names.size(), r = values.size();
  if (l < r) {
    Expr* n = values[l];
    if (inherited) error(spec->names[0]->pos, "extra init expr at " + where(n->pos));
    else error(n->pos, "extra init expr " + expr_string(n));
  } else if (l > r && (const_decl || r != 1)) {
    Ident* n = spec->names[r];
    error(n->pos, "missing init expr for " + n->name);
  }
}

void Checker::const_decl(Const* obj, DeclInfo& d) {
  iota_ = cp_.make_int(d.iota);
  ValueSpec* vs = d.vspec;
  if (!vs) {  // arity() reported it
    obj->type = invalid_type();
    return;
  }
  const Type* t = nullptr;
  if (vs->type_expr) {
    t = resolve_type(vs->type_expr);
    if (!valid(t)) {
      obj->type = invalid_type();
      return;
    }
    auto* b = as_basic(t);
    if (!b || b->bkind == BasicKind::UnsafePointer) {
      error(vs->type_expr->pos, "invalid constant type " + tstr(t));
      obj->type = invalid_type();
      return;
    }
  }
  if ((size_t)d.index >= vs->values.size()) {  // arity() reported it
    obj->type = invalid_type();
    return;
  }
  Operand x;
  expr(x, vs->values[d.index]);
  if (x.invalid()) {
    obj->type = invalid_type();
    return;
  }
  if (x.mode != Mode::Constant) {
    error(x.expr->pos, operand_string(x) + " is not constant");
    obj->type = invalid_type();
    return;
  }
  if (t) {
    assignment(x, t, "constant declaration");
    if (x.invalid()) {
      obj->type = invalid_type();
      return;
    }
  }
  obj->type = x.type;
  obj->value = x.val;
}

void Checker::var_spec_vars(std::vector<Var*>& vars, ValueSpec* spec) {
  const Type* t = nullptr;
  if (spec->type_expr) {
    t = resolve_type(spec->type_expr);
    for (Var* v : vars) v->type = t;
  }
  if (spec->values.empty()) {
    if (!t)
      for (Var* v : vars) v->type = invalid_type();
    return;
  }
  // As types2's declStmt/varDecl: n:n initializes each variable on its own
  // (a "variable declaration"); one value for several variables must be a
  // multi-valued expression (an "assignment"); otherwise the extra or
  // missing expressions are reported and the rest initialized one by one.
  size_t l = vars.size(), r = spec->values.size();
  if (l > 1 && r == 1) {
    init_vars(vars, spec->values, nullptr, "assignment");
    return;
  }
  for (size_t i = 0; i < l; ++i) {
    if (i >= r) {
      if (!t) vars[i]->type = invalid_type();
      continue;
    }
    Operand x;
    expr(x, spec->values[i]);
    init_var(vars[i], x, "variable declaration");
  }
  if (l != r) arity(spec, spec->values, false, false);
}

void Checker::var_decl_pkg(Var* obj, DeclInfo& d) {
  (void)obj;
  for (Var* v : d.spec_vars) v->pkg = &pkg_;
  var_spec_vars(d.spec_vars, d.spec);
}

void Checker::func_decl(Func* obj, DeclInfo& d) {
  FuncDecl* fd = d.fdecl;
  FuncInfo& info = pkg_.func_info[fd];
  const SignatureType* sig = func_type(fd->ftype, fd, &info);
  obj->type = sig;
  bool is_special = !d.file->is_script() && (obj->name == "init" || (obj->name == "main" && pkg_.name == "main"));
  if (is_special && (!sig->params.empty() || !sig->results.empty()))
    error(fd->name->pos, "func " + obj->name + " must have no arguments and no return values");
  if (!fd->body) {
    if (!pkg_.native) error(fd->name->pos, "missing function body");
    return;
  }
  funcs_to_check_.push_back({obj, &d});
  pkg_.funcs.push_back(obj);
}

void Checker::type_decl(TypeName* obj, TypeSpec* ts) {
  if (ts->alias) {
    obj->type = invalid_type();  // while resolving: a cycle finds it invalid
    const Type* t = resolve_type(ts->type_expr);
    obj->type = t;
    return;
  }
  NamedType* n = ctx_.new_named();
  n->obj = obj;
  obj->type = n;
  const Type* rhs = resolve_type(ts->type_expr);
  const Type* u = valid(rhs) ? rhs->underlying() : invalid_type();
  if (!u) {
    // type A B; type B A: the named types from the one whose underlying
    // type is still unknown up to this one form the cycle.
    auto* rn = static_cast<const NamedType*>(rhs);
    auto at = std::find(obj_path_.begin(), obj_path_.end(), rn->obj);
    std::vector<Object*> cycle(at, obj_path_.end());
    if (cycle.empty() || cycle.back() != obj) cycle = {obj};
    cycle_error(cycle, first_in_src(cycle));
    for (Object* o : cycle)
      if (o->kind == ObjKind::TypeName && o->type && o->type->kind == TypeKind::Named)
        static_cast<NamedType*>(const_cast<Type*>(o->type))->under = invalid_type();
    u = invalid_type();
  }
  n->under = u;
  if (!valid(u)) return;
  // A struct or array containing itself by value is invalid (types2's
  // validType); the cycle is reported from this type, through the named
  // types on the way.
  std::vector<const Type*> stack;
  std::vector<Object*> path{obj};
  std::function<bool(const Type*)> contains = [&](const Type* t) -> bool {
    if (t == n) return true;
    if (std::find(stack.begin(), stack.end(), t) != stack.end()) return false;
    stack.push_back(t);
    bool named = t->kind == TypeKind::Named && static_cast<const NamedType*>(t)->obj;
    if (named) path.push_back(static_cast<const NamedType*>(t)->obj);
    bool r = false;
    const Type* tu = t->underlying();
    if (tu && tu->kind == TypeKind::Struct) {
      for (auto& f : static_cast<const StructTy*>(tu)->fields)
        if (!r && contains(f.type)) r = true;
    } else if (tu && tu->kind == TypeKind::Array) {
      r = contains(static_cast<const ArrayTy*>(tu)->elem);
    }
    if (named && !r) path.pop_back();
    stack.pop_back();
    return r;
  };
  bool self = false;
  if (u->kind == TypeKind::Struct) {
    for (auto& f : static_cast<const StructTy*>(u)->fields)
      if (!self && contains(f.type)) self = true;
  } else if (u->kind == TypeKind::Array) {
    self = contains(static_cast<const ArrayTy*>(u)->elem);
  }
  if (self) {
    cycle_error(path, 0);
    n->under = invalid_type();
  }
}

void Checker::method_decl(Func* obj, DeclInfo& d) {
  FuncDecl* fd = d.fdecl;
  FuncInfo& info = pkg_.func_info[fd];
  // The receiver: T or *T with T a type declared in this package.
  Field* rf = fd->recv->list.empty() ? nullptr : fd->recv->list[0];
  const Type* rt = invalid_type();
  NamedType* base = nullptr;
  if (!rf || fd->recv->list.size() != 1 || rf->names.size() > 1) {
    error(fd->recv->pos, "method has multiple receivers");
  } else {
    Expr* te = rf->type_expr;
    bool ptr = false;
    while (auto* p = as<ParenExpr>(te)) te = p->x;
    if (auto* s = as<StarExpr>(te)) {
      te = s->x;
      ptr = true;
    }
    while (auto* p = as<ParenExpr>(te)) te = p->x;
    const Type* t = resolve_type(te);
    if (valid(t)) {
      auto* id = as<Ident>(te);
      Object* tobj = id ? id->obj : nullptr;
      if (t->kind != TypeKind::Named || !tobj || tobj->pkg != &pkg_) {
        error(te->pos, "cannot define new methods on non-local type " + tstr(t));
      } else if (t->underlying()->kind == TypeKind::Pointer ||
                 t->underlying()->kind == TypeKind::Interface) {
        error(te->pos, "invalid receiver type " + tstr(t) +
                           (t->underlying()->kind == TypeKind::Pointer
                                ? " (pointer or interface type)"
                                : " (pointer or interface type)"));
      } else {
        base = static_cast<NamedType*>(const_cast<Type*>(t));
        rt = ptr ? static_cast<const Type*>(ctx_.pointer(t)) : t;
      }
    }
    rf->type_expr->is_type = true;
  }
  auto* sig = const_cast<SignatureType*>(func_type(fd->ftype, fd, &info));
  sig->recv = rt;
  obj->type = sig;
  Ident* rid = rf && !rf->names.empty() ? rf->names[0] : nullptr;
  auto* rv = ctx_.make<Var>(rid ? rid->name : "_", rt, rid ? rid->pos : fd->recv->pos);
  rv->pkg = &pkg_;
  rv->owner = fd;
  rv->is_param = true;
  rv->used = true;
  if (rid) rid->obj = rv;
  info.recv = rv;
  if (base) {
    for (Object* m : base->methods)
      if (m->name == obj->name && obj->name != "_") {
        error(obj->pos, "method " + base->obj->name + "." + obj->name + " already declared at " +
                            where(m->pos));
        base = nullptr;
        break;
      }
  }
  if (base && base->under && base->under->kind == TypeKind::Struct)
    for (auto& f : static_cast<const StructTy*>(base->under)->fields)
      if (f.name == obj->name) {
        error(obj->pos, "field and method with the same name " + obj->name,
              "other declaration of " + obj->name + " at " + std::to_string(f.obj->pos.line) +
                  ":" + std::to_string(f.obj->pos.col));
        base = nullptr;
        break;
      }
  if (base && obj->name != "_") base->methods.push_back(obj);
  if (!fd->body) {
    if (!pkg_.native) error(fd->name->pos, "missing function body");
    return;
  }
  funcs_to_check_.push_back({obj, &d});
  pkg_.funcs.push_back(obj);
}

const Type* Checker::interface_type(InterfaceType* e) {
  InterfaceTy* it = ctx_.new_interface();
  std::map<std::string, Pos> seen;
  auto add = [&](const std::string& name, const SignatureType* sig, Pos pos, bool embedded) {
    if (seen.count(name)) {
      // Identical methods from embedded interfaces are fine (Go 1.14).
      for (auto& m : it->methods)
        if (m.name == name && embedded && identical(m.sig, sig)) return;
      error(pos, "duplicate method " + name);
      return;
    }
    seen[name] = pos;
    it->methods.push_back({name, sig});
  };
  for (Field* f : e->methods->list) {
    if (!f->names.empty()) {
      auto* ft = as<FuncType>(f->type_expr);
      const SignatureType* sig = func_type(ft, nullptr, nullptr);
      if (ft) {
        ft->is_type = true;
        ft->type = nullptr;
      }
      add(f->names[0]->name, sig, f->names[0]->pos, false);
      continue;
    }
    const Type* t = resolve_type(f->type_expr);
    if (!valid(t)) continue;
    const Type* u = t->underlying();
    if (!u) {
      error(f->type_expr->pos, "invalid recursive type");
      continue;
    }
    if (u->kind != TypeKind::Interface) {
      not_supported(f->type_expr->pos, "type constraints (interface element " + tstr(t) + ")");
      continue;
    }
    for (auto& m : static_cast<const InterfaceTy*>(u)->methods) add(m.name, m.sig, f->type_expr->pos, true);
  }
  std::sort(it->methods.begin(), it->methods.end(),
            [](const InterfaceMethod& a, const InterfaceMethod& b) { return a.name < b.name; });
  return it;
}

void Checker::func_body(Func* obj, DeclInfo& d) {
  FuncDecl* fd = d.fdecl;
  FuncInfo& info = pkg_.func_info[fd];
  scope_ = ctx_.make<Scope>(d.file_scope);
  if (info.recv && info.recv->name != "_") declare(info.recv, nullptr);
  for (Var* p : info.params) declare(p, nullptr);
  for (Var* r : info.results) declare(r, nullptr);
  FuncCtx fc{fd, &info, obj->sig(), {}, {}, false};
  fc.named_results = has_named_results(fd->ftype);
  fstack_.push_back(&fc);
  cur_decl_ = &d;
  func_body_stmts(fc, fd->body, fd->body->rbrace);
  cur_decl_ = nullptr;
  fstack_.pop_back();
  scope_ = nullptr;
}

// ---- local declarations -----------------------------------------------------------

void Checker::decl_stmt(GenDecl* g) {
  switch (g->tok) {
    case Tok::Const: {
      ValueSpec* last = nullptr;
      for (Spec* sp : g->specs) {
        auto* vs = as<ValueSpec>(sp);
        if (!vs) continue;
        if (vs->type_expr || !vs->values.empty()) last = vs;
        std::vector<Const*> objs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          auto* c = ctx_.make<Const>(vs->names[i]->name, nullptr, vs->names[i]->pos);
          c->pkg = &pkg_;
          vs->names[i]->obj = c;
          DeclInfo d;
          d.spec = vs;
          d.vspec = last;
          d.index = (int)i;
          d.iota = vs->iota;
          const Constant* saved = iota_;
          const_decl(c, d);
          iota_ = saved;
          objs.push_back(c);
        }
        static const std::vector<Expr*> none;
        arity(vs, last ? last->values : none, true, last && last != vs);
        for (size_t i = 0; i < objs.size(); ++i) declare(objs[i], vs->names[i]);
      }
      break;
    }
    case Tok::Var:
      for (Spec* sp : g->specs) {
        auto* vs = as<ValueSpec>(sp);
        if (!vs) continue;
        std::vector<Var*> vars;
        for (Ident* id : vs->names) vars.push_back(new_var(id, nullptr));
        var_spec_vars(vars, vs);
        for (size_t i = 0; i < vars.size(); ++i) declare(vars[i], vs->names[i]);
      }
      break;
    case Tok::Type:
      for (Spec* sp : g->specs) {
        auto* ts = as<TypeSpec>(sp);
        if (!ts || !ts->name) continue;
        if (ts->has_type_params) not_supported(ts->pos, "generic types");
        auto* tn = ctx_.make<TypeName>(ts->name->name, nullptr, ts->name->pos);
        tn->pkg = &pkg_;
        // Declared first: the type's own body may refer to it.
        declare(tn, ts->name);
        type_decl(tn, ts);
      }
      break;
    default:
      error(g->pos, "unexpected declaration");
      break;
  }
}

// ---- initialization order -----------------------------------------------------------

// Reports initialization cycles among package-level constants, variables
// and functions as types2's initOrder does: the dependency graph with
// function nodes removed (their edges passed through), nodes taken by
// fewest remaining dependencies and then source order; a node taken while
// it still has dependencies and lies on a cycle reports that cycle.
void Checker::report_init_cycles() {
  std::vector<Object*> objs;
  for (Object* o : pkg_objs_)
    if (o->kind == ObjKind::Var || o->kind == ObjKind::Const || o->kind == ObjKind::Func) objs.push_back(o);
  for (Func* m : methods_) objs.push_back(m);
  auto before = [](const Object* a, const Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  };
  std::sort(objs.begin(), objs.end(), before);
  std::unordered_map<Object*, size_t> index;
  for (size_t i = 0; i < objs.size(); ++i) index[objs[i]] = i;
  auto deps_of = [&](Object* o) {
    std::vector<Object*> ds;
    auto it = decl_info_.find(o);
    if (it == decl_info_.end()) return ds;
    for (Object* d : it->second->deps)
      if (index.count(d) && std::find(ds.begin(), ds.end(), d) == ds.end()) ds.push_back(d);
    std::sort(ds.begin(), ds.end(), before);
    return ds;
  };
  size_t n = objs.size();
  std::vector<std::set<size_t>> succ(n), pred(n);
  for (size_t i = 0; i < n; ++i)
    for (Object* d : deps_of(objs[i])) {
      succ[i].insert(index[d]);
      pred[index[d]].insert(i);
    }
  std::vector<bool> removed(n, false);
  for (size_t f = 0; f < n; ++f) {
    if (objs[f]->kind != ObjKind::Func) continue;
    for (size_t p : pred[f]) {
      if (p == f) continue;
      for (size_t t : succ[f])
        if (t != f) {
          succ[p].insert(t);
          pred[t].insert(p);
        }
      succ[p].erase(f);
    }
    for (size_t t : succ[f]) pred[t].erase(f);
    removed[f] = true;
  }
  std::vector<long> ndeps(n, 0);
  for (size_t i = 0; i < n; ++i) ndeps[i] = (long)succ[i].size();
  // findPath over the declared dependencies (functions included).
  std::function<bool(Object*, Object*, std::set<Object*>&, std::vector<Object*>&)> find_path =
      [&](Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) {
        if (!seen.insert(from).second) return false;
        for (Object* d : deps_of(from)) {
          if (d == to || find_path(d, to, seen, path)) {
            path.push_back(d);
            return true;
          }
        }
        return false;
      };
  std::vector<bool> done(n, false);
  for (;;) {
    size_t pick = n;
    for (size_t i = 0; i < n; ++i)
      if (!removed[i] && !done[i] && (pick == n || ndeps[i] < ndeps[pick])) pick = i;
    if (pick == n) break;
    done[pick] = true;
    if (ndeps[pick] > 0) {
      std::set<Object*> seen;
      std::vector<Object*> path;  // reversed: to ... (the objects after `from`)
      Object* o = objs[pick];
      if (find_path(o, o, seen, path)) {
        // path = [o, ..., x] lists the cycle o -> x -> ... -> o backwards.
        if (path.size() == 1) {
          error(o->pos, "initialization cycle: " + o->name + " refers to itself");
        } else {
          std::string hint;
          Object* cur = o;
          for (size_t j = path.size(); j-- > 0;) {
            hint += (hint.empty() ? "" : "\n\t") + cur->name + " refers to " + path[j]->name;
            cur = path[j];
          }
          error(o->pos, "initialization cycle for " + o->name, hint);
        }
      }
    }
    for (size_t p : pred[pick]) --ndeps[p];
  }
}

void Checker::init_order() {
  std::vector<DeclInfo*> specs;
  std::unordered_map<const DeclInfo*, size_t> index;
  for (Object* o : pkg_objs_) {
    if (o->kind != ObjKind::Var) continue;
    DeclInfo* d = decl_info_[o];
    if (index.count(d)) continue;
    index[d] = specs.size();
    specs.push_back(d);
  }
  size_t n = specs.size();
  // Variable dependencies of each spec, following references through
  // functions transitively.
  std::vector<std::set<size_t>> deps(n);
  for (size_t i = 0; i < n; ++i) {
    std::vector<Object*> stack(specs[i]->deps.begin(), specs[i]->deps.end());
    std::unordered_set<const Object*> seen_funcs;
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      auto it = decl_info_.find(o);
      if (it == decl_info_.end()) continue;
      if (o->kind == ObjKind::Var) {
        auto j = index.find(it->second);
        if (j != index.end()) deps[i].insert(j->second);
      } else if (o->kind == ObjKind::Func && seen_funcs.insert(o).second) {
        for (Object* d : it->second->deps) stack.push_back(d);
      }
    }
  }
  std::vector<bool> done(n, false);
  pkg_.var_init_order.clear();
  for (size_t round = 0; round < n; ++round) {
    size_t pick = n;
    for (size_t i = 0; i < n && pick == n; ++i) {
      if (done[i]) continue;
      bool ready = true;
      for (size_t j : deps[i])
        if (!done[j]) ready = false;
      if (ready) pick = i;
    }
    if (pick == n) {
      // A cycle (reported by report_init_cycles): the rest in source order.
      for (size_t i = 0; i < n; ++i)
        if (!done[i]) {
          done[i] = true;
          pkg_.var_init_order.push_back(specs[i]->spec);
        }
      break;
    }
    done[pick] = true;
    pkg_.var_init_order.push_back(specs[pick]->spec);
  }
}

// ---- the entry point --------------------------------------------------------------

bool Checker::check_files(const std::vector<File*>& files) {
  if (!pkg_.scope) pkg_.scope = ctx_.make<Scope>(ctx_.universe());
  if (pkg_.name.empty()) {
    for (File* f : files)
      if (f->package_name) {
        pkg_.name = f->package_name->name;
        break;
      }
    if (pkg_.name.empty()) pkg_.name = "main";
  }
  if (pkg_.path.empty()) pkg_.path = pkg_.name == "main" ? "main" : pkg_.name;
  bool any_script = false;
  for (File* f : files) {
    pkg_.files.push_back(f);
    if (f->is_script()) any_script = true;
    collect_file(f);
  }
  // Types first, then methods (so method sets are complete before any
  // expression is checked), then everything else.
  for (size_t i = 0; i < pkg_objs_.size(); ++i)
    if (pkg_objs_[i]->kind == ObjKind::TypeName) obj_decl(pkg_objs_[i]);
  for (Func* m : methods_) obj_decl(m);
  for (size_t i = 0; i < pkg_objs_.size(); ++i) obj_decl(pkg_objs_[i]);
  for (File* f : files)
    if (f->is_script()) script_body(f);
  for (size_t i = 0; i < funcs_to_check_.size(); ++i)
    func_body(funcs_to_check_[i].first, *funcs_to_check_[i].second);
  for (size_t i = 0; i < imports_.size(); ++i) {
    PkgName* pn = imports_[i];
    if (pn->used) continue;
    const auto& [path, renamed] = import_paths_[i];
    if (renamed) error(pn->pos, "\"" + path + "\" imported as " + pn->name + " and not used");
    else error(pn->pos, "\"" + path + "\" imported and not used");
  }
  report_init_cycles();
  init_order();
  if (pkg_.name == "main" && !any_script && !pkg_.native && !has_main_ && !files.empty()) {
    Pos p = files[0]->package_name ? files[0]->package_name->pos : Pos{1, 1};
    if (!pkg_.scope->lookup_local("main")) error(p, "function main is undeclared in the main package");
  }
  (void)is_exported_name;
  return !diags_.has_errors();
}

bool check_package(TypeContext& ctx, Package& pkg, const std::vector<File*>& files,
                   Importer& imp, Diagnostics& diags) {
  Checker c(ctx, pkg, imp, diags);
  return c.check_files(files);
}

}  // namespace csp
