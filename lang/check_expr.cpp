// Expressions: identifiers, literals, operators, selectors, indexing,
// function literals. Modelled on go/types' expr.go; messages use types2's
// (current Go's) wording.
//
// Every checked expression is recorded on its node (record()); untyped
// results keep an untyped type until a context converts them
// (check_conv.cpp).
#include <algorithm>
#include <filesystem>

#include "lang/checker.hpp"

namespace csp {

namespace {

bool is_comparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq ||
         op == Tok::Gtr || op == Tok::Geq;
}

const char* mode_string(Mode m) {
  switch (m) {
    case Mode::Invalid: return "invalid operand";
    case Mode::NoValue: return "no value";
    case Mode::Builtin: return "built-in";
    case Mode::TypeExpr: return "type";
    case Mode::Constant: return "constant";
    case Mode::Variable: return "variable";
    case Mode::Value: return "value";
    case Mode::CommaOk: return "comma, ok expression";
    case Mode::MapIndex: return "map index expression";
  }
  return "?";
}

Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

void Checker::error(Pos pos, std::string msg, std::string hint) {
  diags_.type_error(pos, std::move(msg), std::move(hint));
}

std::string Checker::where(Pos pos) const {
  // Positions carry no file: a package is checked from one file (see
  // Diagnostics::render), so the first file names them all.
  std::string file;
  if (!pkg_.files.empty()) {
    std::error_code ec;
    std::filesystem::path p(pkg_.files[0]->filename);
    auto cwd = std::filesystem::current_path(ec);
    file = (!ec && p.is_absolute() ? p.lexically_proximate(cwd) : p).string();
  }
  return (file.empty() ? "" : file + ":") + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

void Checker::not_supported(Pos pos, const std::string& what) {
  error(pos, "not supported yet: " + what);
}

std::string Checker::operand_string(const Operand& x) const {
  std::string expr = x.expr ? expr_string(x.expr) : std::string();
  if (x.type && x.type == basic(BasicKind::UntypedNil) && x.mode != Mode::Invalid) return "nil";
  std::string s;
  if (!expr.empty()) s = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: break;
    default:
      if (x.type) {
        if (is_untyped(x.type)) {
          s += static_cast<const BasicType*>(x.type)->name;
          s += ' ';
        } else {
          has_type = true;
        }
      }
  }
  s += mode_string(x.mode);
  if (x.mode == Mode::Constant && x.val) {
    std::string v = x.val->to_string();
    if (v != expr) s += " " + v;
  }
  if (has_type) {
    if (valid(x.type)) s += " of type " + tstr(x.type);
    else s += " with invalid type";
  }
  if (!expr.empty()) s += ")";
  return s;
}

const Type* Checker::default_type(const Type* t) const {
  if (!t || t->kind != TypeKind::Basic) return t;
  switch (static_cast<const BasicType*>(t)->bkind) {
    case BasicKind::UntypedBool: return basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return basic(BasicKind::Int);
    case BasicKind::UntypedRune: return rune_type();
    case BasicKind::UntypedFloat: return basic(BasicKind::Float64);
    case BasicKind::UntypedComplex: return basic(BasicKind::Complex128);
    case BasicKind::UntypedString: return basic(BasicKind::String);
    default: return t;
  }
}

void Checker::record(Operand& x) {
  Expr* e = x.expr;
  if (!e) return;
  switch (x.mode) {
    case Mode::Invalid:
      e->type = invalid_type();
      e->cval = nullptr;
      break;
    case Mode::TypeExpr:
      e->is_type = true;
      e->type = nullptr;
      break;
    case Mode::Builtin:
    case Mode::NoValue:
      e->type = nullptr;
      break;
    default:
      e->type = x.type;
      e->cval = x.mode == Mode::Constant ? x.val : nullptr;
  }
}

void Checker::use(const std::vector<Expr*>& es) {
  for (Expr* e : es) {
    if (!e) continue;
    Operand x;
    raw_expr(x, e, true);
  }
}

void Checker::single_value(Operand& x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    error(x.expr->pos, "multiple-value " + operand_string(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr(Operand& x, Expr* e) {
  raw_expr(x, e, false);
  single_value(x);
  switch (x.mode) {
    case Mode::NoValue:
      error(e->pos, expr_string(e) + " (no value) used as value");
      x.mode = Mode::Invalid;
      break;
    case Mode::Builtin:
      error(e->pos, operand_string(x) + " must be called");
      x.mode = Mode::Invalid;
      break;
    case Mode::TypeExpr:
      error(e->pos, operand_string(x) + " is not an expression");
      x.mode = Mode::Invalid;
      break;
    case Mode::CommaOk:
      x.mode = Mode::Value;
      break;
    default: break;
  }
  if (x.invalid()) record(x);
}

void Checker::expr_or_type(Operand& x, Expr* e) {
  raw_expr(x, e, true);
  single_value(x);
  if (x.mode == Mode::NoValue) {
    error(e->pos, expr_string(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  }
  if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
}

void Checker::multi_expr(std::vector<Operand>& out, Expr* e, bool allow_comma_ok) {
  Operand x;
  raw_expr(x, e, false);
  out.clear();
  if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    auto* tu = static_cast<const TupleType*>(x.type);
    for (const Type* t : tu->elems) {
      Operand y;
      y.mode = Mode::Value;
      y.expr = e;
      y.type = t;
      out.push_back(y);
    }
    return;
  }
  if ((x.mode == Mode::CommaOk || x.mode == Mode::MapIndex) && allow_comma_ok) {
    // Tell the compiler this m[k] or x.(T) produces two values.
    if (auto* ix = as<IndexExpr>(unparen(e))) ix->comma_ok = true;
    if (auto* ta = as<TypeAssertExpr>(unparen(e))) ta->comma_ok = true;
    x.mode = Mode::Value;
    out.push_back(x);
    Operand ok;
    ok.mode = Mode::Value;
    ok.expr = e;
    ok.type = basic(BasicKind::UntypedBool);
    out.push_back(ok);
    return;
  }
  if (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex) x.mode = Mode::Value;
  switch (x.mode) {
    case Mode::NoValue:
      error(e->pos, expr_string(e) + " (no value) used as value");
      x.mode = Mode::Invalid;
      break;
    case Mode::Builtin:
      error(e->pos, operand_string(x) + " must be called");
      x.mode = Mode::Invalid;
      break;
    case Mode::TypeExpr:
      error(e->pos, operand_string(x) + " is not an expression");
      x.mode = Mode::Invalid;
      break;
    default: break;
  }
  if (x.invalid()) record(x);
  out.push_back(x);
}

// ---- the dispatcher -----------------------------------------------------------

void Checker::raw_expr(Operand& x, Expr* e, bool allow_type) {
  x = Operand{};
  x.expr = e;
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr:
      break;
    case NodeKind::Ident:
      ident(x, static_cast<Ident*>(e), allow_type);
      break;
    case NodeKind::BasicLit:
      basic_lit(x, static_cast<BasicLit*>(e));
      break;
    case NodeKind::FuncLit:
      func_lit(x, static_cast<FuncLit*>(e));
      break;
    case NodeKind::ParenExpr: {
      auto* p = static_cast<ParenExpr*>(e);
      raw_expr(x, p->x, allow_type);
      x.expr = e;
      break;
    }
    case NodeKind::SelectorExpr:
      selector(x, static_cast<SelectorExpr*>(e));
      break;
    case NodeKind::IndexExpr:
      index_expr(x, static_cast<IndexExpr*>(e));
      break;
    case NodeKind::SliceExpr:
      slice_expr(x, static_cast<SliceExpr*>(e));
      break;
    case NodeKind::CallExpr:
      last_call_kind_ = call(x, static_cast<CallExpr*>(e));
      x.expr = e;
      break;
    case NodeKind::UnaryExpr:
      unary(x, static_cast<UnaryExpr*>(e));
      break;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->op_pos);
      break;
    }
    case NodeKind::StarExpr:
      star_expr(x, static_cast<StarExpr*>(e), allow_type);
      break;
    case NodeKind::CompositeLit:
      composite_lit(x, static_cast<CompositeLit*>(e), nullptr);
      break;
    case NodeKind::TypeAssertExpr:
      type_assert(x, static_cast<TypeAssertExpr*>(e));
      break;
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      break;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      break;
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType: {
      const Type* t = resolve_type(e);
      if (valid(t)) {
        x.mode = Mode::TypeExpr;
        x.type = t;
      }
      break;
    }
    default:
      error(e->pos, "unexpected " + std::string(node_kind_name(e->kind)));
      break;
  }
  x.expr = e;
  if (x.mode == Mode::TypeExpr && !allow_type) {
    // expr() reports "is not an expression"; keep the mode for that.
  }
  record(x);
}

// ---- type assertions -------------------------------------------------------------

// The reason T (not an interface) can never be the dynamic type of a value
// of interface type xt, as types2's assertableTo; empty when it can.
std::string Checker::impossible_assert_cause(const Type* xt, const Type* T) const {
  if (!valid(T) || is_interface(T)) return "";
  std::string missing;
  if (implements(T, static_cast<const InterfaceTy*>(xt->underlying()), &missing)) return "";
  return missing;
}

void Checker::type_assert(Operand& x, TypeAssertExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  if (!e->type_expr) {
    error(e->pos, "use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  if (!is_interface(x.type)) {
    error(e->x->pos, "invalid operation: " + operand_string(x) + " is not an interface");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* T = resolve_type(e->type_expr);
  if (!valid(T)) {
    x.mode = Mode::Invalid;
    return;
  }
  std::string cause = impossible_assert_cause(x.type, T);
  if (!cause.empty()) {
    error(e->pos, "impossible type assertion: " + expr_string(e),
          tstr(T) + " does not implement " + tstr(x.type) + " " + cause);
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::CommaOk;
  x.type = T;
  x.val = nullptr;
}

// ---- identifiers ----------------------------------------------------------------

void Checker::note_var_use(Var* v) {
  // Dependencies for the package's initialization order.
  if (v->is_global() && cur_decl_) cur_decl_->deps.push_back(v);
  if (!v->owner || fstack_.empty()) return;
  // A variable of an enclosing function: every function literal between
  // here and its owner captures it.
  for (size_t i = fstack_.size(); i-- > 0;) {
    FuncCtx* fc = fstack_[i];
    if (fc->node == v->owner) break;
    auto& fv = fc->info->free_vars;
    if (std::find(fv.begin(), fv.end(), v) == fv.end()) fv.push_back(v);
    v->captured = true;
  }
}

void Checker::ident(Operand& x, Ident* id, bool want_type) {
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope_->lookup(id->name);
  if (!obj) {
    std::string hint;
    size_t best = 3;
    for (Scope* s = scope_; s; s = s->parent())
      for (Object* o : s->objects()) {
        if (o->name == "_" || o->name == id->name) continue;
        size_t d = edit_distance(o->name, id->name);
        if (d < best && d < std::max<size_t>(id->name.size(), 2)) {
          best = d;
          hint = "did you mean " + o->name + "?";
        }
      }
    error(id->pos, "undefined: " + id->name, hint);
    return;
  }
  id->obj = obj;
  if (obj->pkg == &pkg_ || !obj->pkg) {
    auto it = decl_info_.find(obj);
    if (it != decl_info_.end()) obj_decl(obj);
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      static_cast<PkgName*>(obj)->used = true;
      error(id->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const: {
      auto* c = static_cast<Const*>(obj);
      if (cur_decl_ && c->pkg == &pkg_ && decl_info_.count(c)) cur_decl_->deps.push_back(c);
      if (!valid(c->type)) return;
      x.mode = Mode::Constant;
      x.type = c->type;
      x.val = c->value;
      if (c->name == "iota" && !c->pkg && c->pos.line == 0 &&
          ctx_.universe()->lookup_local("iota") == c) {
        if (!iota_) {
          error(id->pos, "cannot use iota outside constant declaration");
          x.mode = Mode::Invalid;
          return;
        }
        x.val = iota_;
      }
      if (!x.val) x.val = cp_.unknown();
      return;
    }
    case ObjKind::TypeName:
      if (!valid(obj->type)) return;
      x.mode = Mode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      v->used = true;
      note_var_use(v);
      if (!v->type || !valid(v->type)) return;
      x.mode = Mode::Variable;
      x.type = v->type;
      return;
    }
    case ObjKind::Func:
      if (cur_decl_ && obj->pkg == &pkg_) cur_decl_->deps.push_back(obj);
      if (!obj->type || !valid(obj->type)) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      return;
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      return;
    case ObjKind::Nil:
      x.mode = Mode::Value;
      x.type = basic(BasicKind::UntypedNil);
      return;
    case ObjKind::Label:
      error(id->pos, "undefined: " + id->name);
      return;
  }
}

void Checker::basic_lit(Operand& x, BasicLit* e) {
  std::string err;
  const Constant* v = cp_.from_literal(e->tok, e->value, &err);
  if (!v) {
    error(e->pos, err);
    return;
  }
  if (v->kind() == Constant::Kind::Unknown) {
    error(e->pos, "constant overflow");
    return;
  }
  BasicKind k = BasicKind::UntypedInt;
  switch (e->tok) {
    case Tok::Int: k = BasicKind::UntypedInt; break;
    case Tok::Float: k = BasicKind::UntypedFloat; break;
    case Tok::Imag: k = BasicKind::UntypedComplex; break;
    case Tok::Char: k = BasicKind::UntypedRune; break;
    case Tok::String: k = BasicKind::UntypedString; break;
    default: break;
  }
  if (v->kind() == Constant::Kind::Int && v->bit_len() > 512) {
    error(e->pos, "integer constant overflow");  // cf. go/types' "constant overflow"
    return;
  }
  x.mode = Mode::Constant;
  x.type = basic(k);
  x.val = v;
}

void Checker::func_lit(Operand& x, FuncLit* e) {
  FuncInfo& info = pkg_.func_info[e];
  const SignatureType* sig = func_type(e->ftype, e, &info);
  info.sig = sig;
  if (!e->body) {
    x.mode = Mode::Value;
    x.type = sig;
    return;
  }
  FuncCtx fc{e, &info, sig, {}, {}, false};
  if (e->ftype && e->ftype->results)
    for (Field* f : e->ftype->results->list)
      if (!f->names.empty()) fc.named_results = true;
  Scope* saved = scope_;
  auto saved_enclosing = std::move(enclosing_);
  enclosing_.clear();
  const Constant* saved_iota = iota_;
  iota_ = nullptr;
  scope_ = ctx_.make<Scope>(scope_);
  for (Var* p : info.params) if (p->name != "_") scope_->insert(p);
  for (Var* r : info.results) if (r->name != "_") scope_->insert(r);
  fstack_.push_back(&fc);
  func_body_stmts(fc, e->body, e->body->rbrace);
  fstack_.pop_back();
  scope_ = saved;
  enclosing_ = std::move(saved_enclosing);
  iota_ = saved_iota;
  x.mode = Mode::Value;
  x.type = sig;
}

void Checker::selector(Operand& x, SelectorExpr* e) {
  if (auto* id = as<Ident>(e->x)) {
    Object* obj = scope_->lookup(id->name);
    if (obj && obj->kind == ObjKind::PkgName) {
      auto* pn = static_cast<PkgName*>(obj);
      pn->used = true;
      id->obj = pn;
      Package* p = pn->imported;
      const std::string& name = e->sel->name;
      Object* m = p && p->scope ? p->scope->lookup_local(name) : nullptr;
      bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
      if (!m || !exported) {
        // gc sees an imported package through its export data, which holds
        // no unexported objects: those are simply undefined.
        // types2: "... (but have Println)" for an exported name differing in case.
        std::string have;
        auto lower = [](std::string t) {
          for (char& c : t) c = (char)std::tolower((unsigned char)c);
          return t;
        };
        if (p && p->scope)
          for (Object* o : p->scope->objects())
            if (have.empty() && !o->name.empty() && o->name[0] >= 'A' && o->name[0] <= 'Z' &&
                lower(o->name) == lower(name))
              have = o->name;
        error(e->sel->pos, "undefined: " + id->name + "." + name + (have.empty() ? "" : " (but have " + have + ")"));
        return;
      }
      e->sel->obj = m;
      {
        auto* sel = ctx_.make<Selection>();
        sel->kind = SelKind::PkgMember;
        sel->obj = m;
        e->selection = sel;
      }
      switch (m->kind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.type = m->type;
          x.val = static_cast<Const*>(m)->value;
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = m->type;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          x.type = m->type;
          break;
        case ObjKind::Func:
          x.mode = Mode::Value;
          x.type = m->type;
          break;
        default:
          error(e->sel->pos, "undefined: " + id->name + "." + name);
          return;
      }
      e->sel->type = x.mode == Mode::TypeExpr ? nullptr : x.type;
      if (!valid(x.type)) x.mode = Mode::Invalid;
      return;
    }
  }
  field_selector(x, e);
}

// types2's index/isValidIndex: checks an index (or make size) and gives
// its constant value in *out (-1 when not constant). Returns false after
// an error.
bool Checker::index_value(Expr* e, int64_t max, int64_t* out) {
  if (out) *out = -1;
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  // spec: "a constant index that is untyped is given type int"
  convert_untyped(x, basic(BasicKind::Int));
  if (x.invalid()) return false;
  if (!is_integer(x.type)) {
    error(e->pos, "invalid argument: index " + operand_string(x) + " must be integer");
    return false;
  }
  if (x.mode != Mode::Constant) return true;
  if (x.val->sign() < 0) {
    error(e->pos, "invalid argument: index " + operand_string(x) + " must not be negative");
    return false;
  }
  const Constant* r;
  if (representable(x.val, as_basic(basic(BasicKind::Int)), &r) != ConvCode::Ok) {
    error(e->pos, "invalid argument: index " + operand_string(x) + " overflows int");
    return false;
  }
  int64_t v = x.val->int64_val();
  if (max >= 0 && v >= max) {
    error(e->pos, "invalid argument: index " + x.val->to_string() + " out of bounds [0:" +
                      std::to_string(max) + "]");
    return false;
  }
  if (out) *out = v;
  return true;
}

void Checker::index_expr(Operand& x, IndexExpr* e) {
  expr_or_type(x, e->x);
  if (x.invalid()) {
    use(e->indices);
    return;
  }
  if (x.mode == Mode::TypeExpr || e->indices.size() != 1) {
    not_supported(e->pos, "generic instantiation");
    x.mode = Mode::Invalid;
    return;
  }
  if (is_string(x.type)) {
    int64_t len = -1;
    if (x.mode == Mode::Constant) len = (int64_t)x.val->string_val().size();
    if (is_untyped(x.type)) {
      // A constant string indexed gives a byte value; the operand itself
      // becomes a string.
      convert_untyped(x, basic(BasicKind::String));
    }
    // An indexed string is a byte value (not a constant, even when string
    // and index are); as in types2 a bad index does not invalidate it.
    index_value(e->indices[0], len, nullptr);
    x.mode = Mode::Value;
    x.type = byte_type();
    x.val = nullptr;
    return;
  }
  const Type* u = x.type->underlying();
  int64_t len = -1;
  const Type* elem = nullptr;
  Mode mode = Mode::Value;
  switch (u->kind) {
    case TypeKind::Array:
      elem = static_cast<const ArrayTy*>(u)->elem;
      len = static_cast<const ArrayTy*>(u)->len;
      mode = x.mode == Mode::Variable ? Mode::Variable : Mode::Value;
      break;
    case TypeKind::Pointer: {
      const Type* pu = static_cast<const PointerType*>(u)->elem->underlying();
      if (pu->kind == TypeKind::Array) {
        elem = static_cast<const ArrayTy*>(pu)->elem;
        len = static_cast<const ArrayTy*>(pu)->len;
        mode = Mode::Variable;
      }
      break;
    }
    case TypeKind::Slice:
      elem = static_cast<const SliceType*>(u)->elem;
      mode = Mode::Variable;
      break;
    case TypeKind::Map: {
      auto* mt = static_cast<const MapTy*>(u);
      Operand k;
      lit_element(k, e->indices[0], mt->key, "map index");
      // ok to continue even if the key is bad: the element type is known
      x.mode = Mode::MapIndex;
      x.type = mt->elem;
      x.val = nullptr;
      return;
    }
    default:
      break;
  }
  if (!elem) {
    error(e->lbrack.valid() ? e->lbrack : e->x->pos,
          "invalid operation: cannot index " + operand_string(x));
    use(e->indices);
    x.mode = Mode::Invalid;
    return;
  }
  index_value(e->indices[0], len, nullptr);  // reported, but x stays usable (types2)
  x.mode = mode;
  x.type = elem;
  x.val = nullptr;
}

void Checker::slice_expr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    use({e->low, e->high, e->max});
    return;
  }
  int64_t len = -1;
  const Type* u = x.type->underlying();
  if (is_string(x.type)) {
    if (e->slice3) {
      error(e->max ? e->max->pos : e->pos, "invalid operation: 3-index slice of string");
      use({e->low, e->high, e->max});
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant) len = (int64_t)x.val->string_val().size();
    // Slicing a string gives a string of the operand's (possibly named)
    // type; an untyped constant string becomes a string.
    if (is_untyped(x.type)) convert_untyped(x, basic(BasicKind::String));
  } else if (u->kind == TypeKind::Array) {
    if (x.mode != Mode::Variable) {
      error(e->x->pos, "invalid operation: " + operand_string(x) + " (slice of unaddressable value)");
      use({e->low, e->high, e->max});
      x.mode = Mode::Invalid;
      return;
    }
    len = static_cast<const ArrayTy*>(u)->len;
    x.type = ctx_.slice(static_cast<const ArrayTy*>(u)->elem);
  } else if (u->kind == TypeKind::Pointer &&
             static_cast<const PointerType*>(u)->elem->underlying()->kind == TypeKind::Array) {
    auto* at = static_cast<const ArrayTy*>(static_cast<const PointerType*>(u)->elem->underlying());
    len = at->len;
    x.type = ctx_.slice(at->elem);
  } else if (u->kind == TypeKind::Slice) {
    // keeps x's (possibly named) slice type
  } else {
    error(e->x->pos, "invalid operation: cannot slice " + operand_string(x));
    use({e->low, e->high, e->max});
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.val = nullptr;
  if (e->slice3 && (!e->high || !e->max)) {
    error(e->pos, "middle index required in 3-index slice");
    use({e->low, e->high, e->max});
    x.mode = Mode::Invalid;
    return;
  }
  // Constant indices must be in range and non-decreasing; omitted ones
  // default to 0 and the length. Errors here leave x usable (types2).
  Expr* idx[3] = {e->low, e->high, e->max};
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; ++i) {
    if (idx[i]) index_value(idx[i], len >= 0 ? len + 1 : -1, &vals[i]);
    else if (i == 0) vals[i] = 0;
    else if (len >= 0) vals[i] = len;
  }
  int n = e->slice3 ? 3 : 2;
  for (int i = 0; i + 1 < n; ++i) {
    if (vals[i] <= 0) continue;
    for (int j = i + 1; j < n; ++j)
      if (vals[j] >= 0 && vals[j] < vals[i]) {
        error(idx[j] ? idx[j]->pos : e->pos, "invalid slice indices: " + std::to_string(vals[j]) +
                                                 " < " + std::to_string(vals[i]));
        return;
      }
  }
}

// ---- operators ------------------------------------------------------------------

static bool unary_allowed(Tok op, const Type* t) {
  switch (op) {
    case Tok::Add: case Tok::Sub: return is_numeric(t);
    case Tok::Xor: return is_integer(t);
    case Tok::Not: return is_boolean(t);
    default: return false;
  }
}

void Checker::unary(Operand& x, UnaryExpr* e) {
  if (e->op == Tok::And) {
    address_of(x, e);
    return;
  }
  expr(x, e->x);
  x.expr = e;
  if (x.invalid()) return;
  if (e->op == Tok::Arrow) {
    const Type* u = x.type->underlying();
    if (u->kind != TypeKind::Chan) {
      error(e->x->pos, "invalid operation: cannot receive from non-channel " + operand_string(Operand{x.mode, e->x, x.type, x.val}));
      x.mode = Mode::Invalid;
      return;
    }
    auto* ch = static_cast<const ChanTy*>(u);
    if (ch->dir == ChanDir::Send) {
      error(e->x->pos, "invalid operation: cannot receive from send-only channel " + operand_string(Operand{x.mode, e->x, x.type, x.val}));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    x.val = nullptr;
    return;
  }
  if (!unary_allowed(e->op, x.type)) {
    Operand y = x;
    y.expr = e->x;
    error(e->x->pos, "invalid operation: operator " + std::string(tok_string(e->op)) +
                      " not defined on " + operand_string(y));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    int ubits = 0;
    if (e->op == Tok::Xor && is_unsigned(x.type)) ubits = as_basic(x.type)->size() * 8;
    x.val = cp_.unary(e->op, x.val, ubits);
    check_overflow(x, e->op);
    return;
  }
  x.mode = Mode::Value;
}

bool Checker::check_overflow(Operand& x, Tok op) {
  if (x.val->kind() == Constant::Kind::Unknown) {
    error(x.expr->pos, "constant result is not representable");
    x.mode = Mode::Invalid;
    return false;
  }
  if (!is_untyped(x.type)) {
    const Constant* r = nullptr;
    ConvCode c = representable(x.val, as_basic(x.type), &r);
    if (c != ConvCode::Ok) {
      std::string what = c == ConvCode::Truncated ? " truncated to " : " overflows ";
      if (c == ConvCode::Invalid) error(x.expr->pos, "cannot convert " + operand_string(x) + " to type " + tstr(x.type));
      else error(x.expr->pos, operand_string(x) + what + tstr(x.type));
      x.mode = Mode::Invalid;
      return false;
    }
    x.val = r;
    return true;
  }
  if (x.val->kind() == Constant::Kind::Int && x.val->bit_len() > 512) {
    const char* name = "";
    switch (op) {
      case Tok::Add: name = " addition"; break;
      case Tok::Sub: name = " subtraction"; break;
      case Tok::Mul: name = " multiplication"; break;
      case Tok::Shl: name = " shift"; break;
      case Tok::Xor: name = " bitwise complement"; break;
      default: break;
    }
    Pos p = x.expr->pos;
    if (auto* b = as<BinaryExpr>(x.expr)) p = b->op_pos;
    error(p, std::string("constant") + name + " overflow");
    x.mode = Mode::Invalid;
    return false;
  }
  return true;
}

// types2's matchTypes: converts an untyped operand to the other operand's
// type when that may succeed (so that the error, if any, is about the
// conversion), leaving clearly mismatched pairs to the caller.
void Checker::match_types(Operand& x, Operand& y) {
  auto may_convert = [&]() {
    if (!is_untyped(x.type) && !is_untyped(y.type)) return false;
    // An untyped operand may convert to its default type when paired with an interface.
    if (is_interface(x.type) || is_interface(y.type)) return true;
    if (is_boolean(x.type) != is_boolean(y.type)) return false;
    if (is_string(x.type) != is_string(y.type)) return false;
    if (x.type == basic(BasicKind::UntypedNil)) return has_nil(y.type);
    if (y.type == basic(BasicKind::UntypedNil)) return has_nil(x.type);
    if (x.type->underlying()->kind == TypeKind::Pointer ||
        y.type->underlying()->kind == TypeKind::Pointer)
      return false;
    return true;
  };
  if (may_convert()) {
    convert_untyped(x, y.type);
    if (x.invalid()) return;
    convert_untyped(y, x.type);
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  }
}

static bool binary_allowed(Tok op, const Type* t) {
  switch (op) {
    case Tok::Add: return is_numeric(t) || is_string(t);
    case Tok::Sub: case Tok::Mul: case Tok::Quo: return is_numeric(t);
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot:
      return is_integer(t);
    case Tok::LAnd: case Tok::LOr: return is_boolean(t);
    default: return false;
  }
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    shift(x, y, e, op);
    return;
  }
  match_types(x, y);
  if (x.invalid()) return;
  if (is_comparison(op)) {
    comparison(x, y, op, e, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (valid(x.type) && valid(y.type))
      error(e ? e->pos : x.expr->pos, "invalid operation: " + (e ? expr_string(e) : expr_string(lhs) + " " + std::string(tok_string(op)) + "= " + expr_string(rhs)) +
                " (mismatched types " + tstr(x.type) + " and " + tstr(y.type) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (!binary_allowed(op, x.type)) {
    error(x.expr->pos, "invalid operation: operator " + std::string(tok_string(op)) +
                           " not defined on " + operand_string(x));
    x.mode = Mode::Invalid;
    return;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && (x.mode == Mode::Constant || is_integer(x.type)) &&
      y.mode == Mode::Constant && y.val->sign() == 0) {
    error(y.expr->pos, "invalid operation: division by zero");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool int_div = is_integer(x.type);
    x.val = cp_.binary(op, x.val, y.val, int_div);
    x.expr = e ? e : x.expr;
    check_overflow(x, op);
    return;
  }
  x.mode = Mode::Value;
  x.val = nullptr;
  if (e) x.expr = e;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok op) {
  const Constant* xval = nullptr;
  if (x.mode == Mode::Constant) xval = cp_.to_int(x.val);
  if (!(is_integer(x.type) || (is_untyped(x.type) && xval))) {
    error(x.expr->pos, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  const Constant* yval = nullptr;
  if (y.mode == Mode::Constant) {
    yval = cp_.to_int(y.val);
    if (yval && yval->sign() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + operand_string(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (is_untyped(y.type)) {
      const Constant* r;
      if (ConvCode c = representable(y.val, basic(BasicKind::Uint), &r); c != ConvCode::Ok) {
        conv_error(y, basic(BasicKind::Uint), c);
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else if (is_integer(y.type)) {
  } else if (is_untyped(y.type)) {
    convert_untyped(y, basic(BasicKind::Uint));
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  } else {
    error(y.expr->pos, "invalid operation: shift count " + operand_string(y) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (!yval || !yval->fits_int(64, false) || yval->uint64_val() > 1023 - 1 + 52) {
        error(y.expr->pos, "invalid operation: invalid shift count " + operand_string(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!is_integer(x.type)) x.type = basic(BasicKind::UntypedInt);
      x.val = cp_.shift(op, xval, yval->uint64_val());
      if (e) x.expr = e;
      check_overflow(x, op);
      return;
    }
    if (is_untyped(x.type)) {
      // The constant takes the type the context gives the whole shift;
      // update_expr_type checks it is an integer then.
      shift_lhs_.insert(x.expr);
      x.mode = Mode::Value;
      x.val = nullptr;
      if (e) x.expr = e;
      return;
    }
  }
  if (!is_integer(x.type)) {
    error(x.expr->pos, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.val = nullptr;
  if (e) x.expr = e;
}

static std::string kind_string(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Chan: return "chan";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Array: return "array";
    default: return type_string(t);
  }
}

// Why t is not comparable, in types2's words.
std::string Checker::incomparable_cause(const Type* t) const {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Signature: case TypeKind::Map:
      return kind_string(t) + " can only be compared to nil";
    case TypeKind::Struct:
      for (auto& f : static_cast<const StructTy*>(u)->fields)
        if (!comparable(f.type)) return "struct containing " + tstr(f.type) + " cannot be compared";
      break;
    case TypeKind::Array:
      return tstr(t) + " cannot be compared";
    default:
      break;
  }
  return tstr(t) + " cannot be compared";
}

void Checker::comparison(Operand& x, Operand& y, Tok op, Expr* e, bool switch_case) {
  std::string cause;
  const Operand* err_op = &x;
  bool ok = assignable(x, y.type, nullptr) || assignable(y, x.type, nullptr);
  auto is_nil = [&](const Operand& o) { return o.type == basic(BasicKind::UntypedNil); };
  auto ordered = [](const Type* t) { return is_integer(t) || is_float(t) || is_string(t); };
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
  } else if (op == Tok::Eql || op == Tok::Neq) {
    if (is_nil(x) || is_nil(y)) {
      const Type* t = is_nil(x) ? y.type : x.type;
      if (!has_nil(t)) {
        err_op = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      err_op = &x;
      ok = false;
      cause = incomparable_cause(x.type);
    } else if (!comparable(y.type)) {
      err_op = &y;
      ok = false;
      cause = incomparable_cause(y.type);
    }
  } else if (!ordered(x.type)) {
    err_op = &x;
    ok = false;
  } else if (!ordered(y.type)) {
    err_op = &y;
    ok = false;
  }
  if (!ok) {
    if (cause.empty())
      cause = "operator " + std::string(tok_string(op)) + " not defined on " + kind_string(err_op->type);
    if (switch_case)
      error(x.expr->pos, "invalid case " + expr_string(x.expr) + " in switch on " +
                             expr_string(y.expr) + " (" + cause + ")");
    else
      error(err_op->expr->pos, "invalid operation: " + expr_string(x.expr) + " " +
                                   std::string(tok_string(op)) + " " + expr_string(y.expr) +
                                   " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = cp_.make_bool(cp_.compare(op, x.val, y.val));
  } else {
    x.mode = Mode::Value;
    x.val = nullptr;
    update_expr_type(x.expr, default_type(x.type), true);
    update_expr_type(y.expr, default_type(y.type), true);
  }
  x.type = basic(BasicKind::UntypedBool);
  if (e) x.expr = e;
}

}  // namespace csp
