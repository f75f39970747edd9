// Statements and function bodies: blocks and scopes, assignments and short
// variable declarations, control flow with labels, the terminating-statement
// analysis behind "missing return", and "declared and not used". After
// go/types' stmt.go, assignments.go, labels.go and return.go.
#include <algorithm>
#include <functional>

#include "lang/checker.hpp"

namespace csp {

namespace {

Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

std::string count_of(size_t n, const char* what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

std::string pos_string(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

}  // namespace

void Checker::open_scope() { scope_ = ctx_.make<Scope>(scope_); }
void Checker::close_scope() { scope_ = scope_->parent(); }

Var* Checker::new_var(Ident* id, const Type* t) {
  auto* v = ctx_.make<Var>(id->name, t, id->pos);
  v->pkg = &pkg_;
  id->obj = v;
  if (!fstack_.empty()) {
    FuncCtx* fc = fstack_.back();
    // Top-level variables of a script body are package-level.
    if (!(fc->is_script && scope_ == pkg_.scope)) {
      v->owner = fc->node;
      fc->locals.push_back(v);
    }
  }
  return v;
}

void Checker::declare(Object* obj, Ident* id) {
  if (id) id->obj = obj;
  if (obj->name == "_") return;
  if (Object* alt = scope_->insert(obj)) {
    // Not in scope, so never used: no "declared and not used" for it.
    if (obj->kind == ObjKind::Var) static_cast<Var*>(obj)->used = true;
    std::string hint;
    if (alt->pos.valid()) hint = "other declaration of " + obj->name + " at " + pos_string(alt->pos);
    error(obj->pos, obj->name + " redeclared in this block", hint);
  }
}

void Checker::report_unused(FuncCtx& fc) {
  std::vector<Var*> unused;
  for (Var* v : fc.locals)
    if (!v->used && v->name != "_" && !v->is_param) unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Var* v : unused) error(v->pos, "declared and not used: " + v->name);
  std::vector<Label*> labels;
  for (auto& [n, l] : fc.labels)
    if (!l->used) labels.push_back(l);
  std::sort(labels.begin(), labels.end(), [](Label* a, Label* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Label* l : labels) error(l->pos, "label " + l->name + " defined and not used");
}

void Checker::func_body_stmts(FuncCtx& fc, BlockStmt* body, Pos end) {
  stmt_list(body->list, 0);
  goto_labels(fc, body->list);
  if (!fc.sig->results.empty() && !is_terminating_list(body->list, ""))
    error(end, "missing return");
  report_unused(fc);
}

void Checker::script_body(File* f) {
  auto* sig = ctx_.new_signature();
  pkg_.script_info.sig = sig;
  FuncCtx fc{f, &pkg_.script_info, sig, {}, {}, true};
  Scope* saved = scope_;
  scope_ = pkg_.scope;
  fstack_.push_back(&fc);
  stmt_list(f->stmts, 0);
  goto_labels(fc, f->stmts);
  fstack_.pop_back();
  report_unused(fc);
  scope_ = saved;
}

void Checker::stmt_list(const std::vector<Stmt*>& list, unsigned ctx) {
  bool ft_ok = ctx & kFallthroughOk;
  unsigned inner = ctx & ~kFallthroughOk;
  size_t n = list.size();
  while (n > 0 && as<EmptyStmt>(list[n - 1])) --n;
  for (size_t i = 0; i < list.size(); ++i) {
    unsigned c = inner;
    if (ft_ok && i + 1 == n) c |= kFallthroughOk;
    stmt(list[i], c);
  }
}

void Checker::stmt(Stmt* s, unsigned ctx) {
  if (!s) return;
  unsigned inner = ctx & ~kClauseFlags;
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      break;
    case NodeKind::DeclStmt:
      if (auto* d = static_cast<DeclStmt*>(s); d->decl) decl_stmt(d->decl);
      break;
    case NodeKind::LabeledStmt:
      labeled_stmt(static_cast<LabeledStmt*>(s), ctx);
      break;
    case NodeKind::ExprStmt:
      expr_stmt(static_cast<ExprStmt*>(s));
      break;
    case NodeKind::SendStmt:
      send_stmt(static_cast<SendStmt*>(s));
      break;
    case NodeKind::IncDecStmt:
      incdec_stmt(static_cast<IncDecStmt*>(s));
      break;
    case NodeKind::AssignStmt:
      assign_stmt(static_cast<AssignStmt*>(s));
      break;
    case NodeKind::GoStmt:
      suspended_call("go", static_cast<GoStmt*>(s)->call, s->pos);
      break;
    case NodeKind::DeferStmt:
      suspended_call("defer", static_cast<DeferStmt*>(s)->call, s->pos);
      break;
    case NodeKind::ReturnStmt:
      return_stmt(static_cast<ReturnStmt*>(s));
      break;
    case NodeKind::BranchStmt:
      branch_stmt(static_cast<BranchStmt*>(s), ctx);
      break;
    case NodeKind::BlockStmt:
      open_scope();
      stmt_list(static_cast<BlockStmt*>(s)->list, inner);
      close_scope();
      break;
    case NodeKind::IfStmt:
      if_stmt(static_cast<IfStmt*>(s), inner);
      break;
    case NodeKind::SwitchStmt:
      switch_stmt(static_cast<SwitchStmt*>(s), inner, nullptr);
      break;
    case NodeKind::TypeSwitchStmt:
      type_switch_stmt(static_cast<TypeSwitchStmt*>(s), inner, nullptr);
      break;
    case NodeKind::SelectStmt:
      select_stmt(static_cast<SelectStmt*>(s), inner, nullptr);
      break;
    case NodeKind::ForStmt:
      for_stmt(static_cast<ForStmt*>(s), inner, nullptr);
      break;
    case NodeKind::RangeStmt:
      range_stmt(static_cast<RangeStmt*>(s), inner, nullptr);
      break;
    default:
      error(s->pos, "unexpected " + std::string(node_kind_name(s->kind)));
      break;
  }
}

// ---- simple statements --------------------------------------------------------

void Checker::expr_stmt(ExprStmt* s) {
  Operand x;
  raw_expr(x, s->x, true);
  if (x.invalid()) return;
  Expr* e = unparen(s->x);
  if (as<CallExpr>(e) && last_call_kind_ == ExprKind::Statement) return;
  if (auto* u = as<UnaryExpr>(e); u && u->op == Tok::Arrow) return;
  const char* msg = "is not used";
  if (x.mode == Mode::Builtin) msg = "must be called";
  else if (x.mode == Mode::TypeExpr) msg = "is not an expression";
  error(s->x->pos, operand_string(x) + " " + msg);
}

void Checker::send_stmt(SendStmt* s) {
  Operand ch, v;
  expr(ch, s->chan);
  expr(v, s->value);
  if (ch.invalid() || v.invalid()) return;
  const Type* u = ch.type->underlying();
  if (u->kind != TypeKind::Chan) {
    error(s->pos, "invalid operation: cannot send to non-channel " + operand_string(ch));
    return;
  }
  auto* ct = static_cast<const ChanTy*>(u);
  if (ct->dir == ChanDir::Recv) {
    error(s->pos, "invalid operation: cannot send to receive-only channel " + operand_string(ch));
    return;
  }
  assignment(v, ct->elem, "send");
}

void Checker::incdec_stmt(IncDecStmt* s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid()) return;
  if (!is_numeric(x.type)) {
    error(s->x->pos, "invalid operation: " + expr_string(s->x) + std::string(tok_string(s->tok)) +
                         " (non-numeric type " + tstr(x.type) + ")");
    return;
  }
  Operand y{Mode::Value, s->x, x.type, nullptr};
  assign_var(s->x, y, "assignment");
}

// go f(x) / defer f(x): the call's function value and arguments are
// evaluated now, the call happens later; its results are discarded, so only
// calls that may stand as statements are allowed (types2's suspendedCall).
void Checker::suspended_call(const char* keyword, CallExpr* call, Pos pos) {
  if (!call) {
    error(pos, std::string("expression in ") + keyword + " must be function call");
    return;
  }
  Operand x;
  raw_expr(x, call, false);
  if (x.invalid()) return;
  if (last_call_kind_ == ExprKind::Conversion)
    error(call->pos, std::string(keyword) + " requires function call, not conversion");
  else if (last_call_kind_ == ExprKind::Expression)
    error(call->pos, std::string(keyword) + " discards result of " + operand_string(x));
}

// ---- assignments --------------------------------------------------------------

void Checker::assign_error(std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = count_of(l, "variable"), vals = count_of(r, "value");
  if (rhs.size() == 1) {
    if (auto* c = as<CallExpr>(unparen(rhs[0]))) {
      error(rhs[0]->pos, "assignment mismatch: " + vars + " but " + expr_string(c->fun) +
                             " returns " + vals);
      return;
    }
  }
  error(rhs[0]->pos, "assignment mismatch: " + vars + " but " + vals);
}

const Type* Checker::lhs_var(Expr* lhs) {
  Ident* id = as<Ident>(unparen(lhs));
  if (id && id->name == "_") {
    id->obj = nullptr;
    return nullptr;
  }
  // Assigning to a variable is not a use of it.
  Var* v = nullptr;
  bool was_used = false;
  if (id) {
    Object* o = scope_->lookup(id->name);
    if (o && o->kind == ObjKind::Var) {
      v = static_cast<Var*>(o);
      was_used = v->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = was_used;
  if (x.invalid()) return invalid_type();
  if (x.mode != Mode::Variable && x.mode != Mode::MapIndex) {
    if (auto* sel = as<SelectorExpr>(unparen(lhs))) {
      Operand b;
      Expr* base = unparen(sel->x);
      if (auto* ix = as<IndexExpr>(base); ix && ix->x->type &&
          ix->x->type->underlying()->kind == TypeKind::Map) {
        (void)b;
        error(lhs->pos, "cannot assign to struct field " + expr_string(lhs) + " in map");
        return invalid_type();
      }
    }
    error(lhs->pos, "cannot assign to " + expr_string(lhs) +
                        " (neither addressable nor a map index expression)");
    return invalid_type();
  }
  return x.type;
}

void Checker::assign_var(Expr* lhs, Operand& x, const std::string& context) {
  const Type* t = lhs_var(lhs);
  if (t && !valid(t)) {
    x.mode = Mode::Invalid;
    return;
  }
  std::string ctx = context;
  if (!t && context == "assignment") ctx = "assignment to _ identifier";
  assignment(x, t, ctx);
}

// After a failed assignment gc (Go 1.19's types2 assignVars, the oracle
// here) counts the variables on the left as used, to avoid follow-on
// "declared and not used" errors.
void Checker::mark_lhs_used(const std::vector<Expr*>& lhs) {
  for (Expr* e : lhs)
    if (auto* id = as<Ident>(unparen(e)); id && id->name != "_")
      if (Object* o = scope_->lookup(id->name); o && o->kind == ObjKind::Var && o->pkg == &pkg_)
        static_cast<Var*>(o)->used = true;
}

void Checker::assign_vars(std::vector<Expr*>& lhs, std::vector<Expr*>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && as<CallExpr>(unparen(rhs[0]));
  bool ok = true;
  if (l == r && !is_call) {
    for (size_t i = 0; i < l; ++i) {
      const Type* t = lhs_var(lhs[i]);
      Operand x;
      expr(x, rhs[i]);
      if (x.invalid() || (t && !valid(t))) {
        ok = false;
        continue;
      }
      assignment(x, t, t ? "assignment" : "assignment to _ identifier");
      if (x.invalid()) ok = false;
    }
    if (!ok) mark_lhs_used(lhs);
    return;
  }
  if (r != 1) {
    for (Expr* e : lhs)
      if (const Type* t = lhs_var(e); t && !valid(t)) ok = false;
    for (Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    if (ok) assign_error(rhs, l, r);
    mark_lhs_used(lhs);
    return;
  }
  std::vector<Operand> xs;
  multi_expr(xs, rhs[0], l == 2);
  if (xs.size() == l) {
    for (size_t i = 0; i < l; ++i) {
      assign_var(lhs[i], xs[i], "assignment");
      if (xs[i].invalid()) ok = false;
    }
    // Go 1.19 skips this for comma-ok forms (v, ok = m[k], <-c, x.(T)).
    if (!ok && is_call) mark_lhs_used(lhs);
    return;
  }
  for (Expr* e : lhs) lhs_var(e);
  if (!xs[0].invalid()) assign_error(rhs, l, xs.size());
  mark_lhs_used(lhs);
}

// As types2's initVar, a variable whose initialization failed counts as
// used (no follow-on "declared and not used").
void Checker::init_var(Var* v, Operand& x, const std::string& context) {
  if (x.invalid() || (v->type && !valid(v->type))) {
    if (!v->type) v->type = invalid_type();
    v->used = true;
    x.mode = Mode::Invalid;
    return;
  }
  if (!v->type) {
    const Type* t = x.type;
    if (is_untyped(t)) {
      if (t == basic(BasicKind::UntypedNil)) {
        error(x.expr->pos, "use of untyped nil in " + context);
        v->type = invalid_type();
        x.mode = Mode::Invalid;
        return;
      }
      t = default_type(t);
    }
    v->type = t;
  }
  assignment(x, v->type, context);
  if (x.invalid()) v->used = true;
}

void Checker::init_vars(std::vector<Var*>& lhs, std::vector<Expr*>& rhs, Stmt* ret,
                        const std::string& context) {
  (void)ret;
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && as<CallExpr>(unparen(rhs[0]));
  // Like Go 1.19's types2 (the oracle here): when any initialization
  // fails, all variables on the left count as used.
  auto all_used = [&](bool ok) {
    if (!ok)
      for (Var* v : lhs) v->used = true;
  };
  if (l == r && !is_call) {
    bool ok = true;
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      expr(x, rhs[i]);
      init_var(lhs[i], x, context);
      if (x.invalid()) ok = false;
    }
    all_used(ok);
    return;
  }
  auto invalidate = [&]() {
    for (Var* v : lhs) {
      if (!v->type) v->type = invalid_type();
      v->used = true;
    }
  };
  if (r != 1) {
    bool ok = true;
    for (Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    if (ok && r > 0) assign_error(rhs, l, r);
    invalidate();
    return;
  }
  std::vector<Operand> xs;
  multi_expr(xs, rhs[0], l == 2);
  if (xs.size() == l) {
    bool ok = true;
    for (size_t i = 0; i < l; ++i) {
      init_var(lhs[i], xs[i], context);
      if (xs[i].invalid()) ok = false;
    }
    all_used(ok);
    return;
  }
  if (!xs[0].invalid()) assign_error(rhs, l, xs.size());
  invalidate();
}

void Checker::short_var_decl(AssignStmt* s) {
  std::vector<Var*> lhs_vars, new_vars;
  std::set<std::string> seen;
  bool has_err = false;
  for (Expr* e : s->lhs) {
    auto* id = as<Ident>(e);
    Var* v = nullptr;
    if (!id) {
      use({e});
      error(e->pos, "non-name " + expr_string(e) + " on left side of :=");
      has_err = true;
    } else if (id->name != "_" && seen.count(id->name)) {
      error(id->pos, id->name + " repeated on left side of :=");
      has_err = true;
    } else {
      if (id->name != "_") seen.insert(id->name);
      Object* alt = id->name == "_" ? nullptr : scope_->lookup_local(id->name);
      if (alt) {
        id->obj = alt;
        if (alt->kind == ObjKind::Var) {
          v = static_cast<Var*>(alt);
        } else {
          error(id->pos, "cannot assign to " + id->name);
          has_err = true;
        }
      } else {
        v = new_var(id, nullptr);
        if (id->name != "_") new_vars.push_back(v);
      }
    }
    if (!v) v = ctx_.make<Var>("_", invalid_type(), e->pos);
    lhs_vars.push_back(v);
  }
  init_vars(lhs_vars, s->rhs, nullptr, "assignment");
  for (Var* v : new_vars) declare(v, nullptr);
  if (new_vars.empty() && !has_err) error(s->tok_pos, "no new variables on left side of :=");
}

static Tok binary_op_of(Tok assign_op) {
  switch (assign_op) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
  }
}

void Checker::assign_stmt(AssignStmt* s) {
  if (s->lhs.empty() || s->rhs.empty()) return;  // the parser reported it
  if (s->tok == Tok::Define) {
    short_var_decl(s);
    return;
  }
  if (s->tok == Tok::Assign) {
    assign_vars(s->lhs, s->rhs);
    return;
  }
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(s->tok_pos, "assignment operation " + std::string(tok_string(s->tok)) +
                          " requires single-valued expressions");
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], binary_op_of(s->tok), s->tok_pos);
  if (x.invalid()) return;
  x.expr = s->rhs[0];
  assign_var(s->lhs[0], x, "assignment operation");
}

void Checker::return_stmt(ReturnStmt* s) {
  FuncCtx* fc = fstack_.back();
  const SignatureType* sig = fc->sig;
  auto& rs = s->results;
  if (rs.empty()) {
    if (sig->results.empty()) return;
    if (fc->named_results) return;  // a bare return (shadowing is not checked yet)
    error(s->pos, "not enough return values", "have ()\n\twant " + types_summary(sig->results, false));
    return;
  }
  std::vector<Operand> xs;
  size_t l = sig->results.size();
  bool is_call = rs.size() == 1 && as<CallExpr>(unparen(rs[0]));
  if (rs.size() == 1 && (is_call || l != 1)) {
    multi_expr(xs, rs[0], false);
  } else {
    for (Expr* e : rs) {
      Operand x;
      expr(x, e);
      xs.push_back(x);
    }
  }
  for (auto& x : xs)
    if (x.invalid()) return;
  if (xs.size() != l) {
    std::vector<const Type*> have;
    for (auto& x : xs) have.push_back(x.type);
    bool too_many = xs.size() > l;
    Pos at = too_many ? xs[l].expr->pos : xs.back().expr->pos;
    error(at, std::string(too_many ? "too many" : "not enough") + " return values",
          "have " + types_summary(have, false) + "\n\twant " + types_summary(sig->results, false));
    return;
  }
  for (size_t i = 0; i < l; ++i) assignment(xs[i], sig->results[i], "return statement");
}

// ---- control flow ---------------------------------------------------------------

void Checker::if_stmt(IfStmt* s, unsigned ctx) {
  open_scope();
  stmt(s->init, 0);
  Operand x;
  if (s->cond) {
    expr(x, s->cond);
    if (!x.invalid()) {
      if (!is_boolean(x.type)) error(s->cond->pos, "non-boolean condition in if statement");
      else default_convert(x);
    }
  }
  if (s->body) stmt(s->body, ctx);
  stmt(s->else_, ctx);
  close_scope();
}

void Checker::for_stmt(ForStmt* s, unsigned ctx, Label* label) {
  open_scope();
  stmt(s->init, 0);
  if (auto* a = as<AssignStmt>(s->init); a && a->tok == Tok::Define)
    for (Expr* e : a->lhs)
      if (auto* id = as<Ident>(e); id && id->obj && id->obj->kind == ObjKind::Var)
        static_cast<Var*>(id->obj)->loop_var = true;
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid()) {
      if (!is_boolean(x.type)) error(s->cond->pos, "non-boolean condition in for statement");
      else default_convert(x);
    }
  }
  if (auto* a = as<AssignStmt>(s->post); a && a->tok == Tok::Define)
    error(a->pos, "cannot declare in post statement of for loop");
  else
    stmt(s->post, 0);
  enclosing_.push_back({s, label, true});
  if (s->body) stmt(s->body, ctx | kBreakOk | kContinueOk);
  enclosing_.pop_back();
  close_scope();
}

void Checker::range_stmt(RangeStmt* s, unsigned ctx, Label* label) {
  open_scope();
  Operand x;
  expr(x, s->x);
  std::string xstr = x.invalid() ? "" : operand_string(x);  // before defaulting
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  bool one_var = false;
  if (!x.invalid()) {
    const Type* u = x.type->underlying();
    if (is_string(u)) {
      if (is_untyped(x.type)) default_convert(x);
      kt = basic(BasicKind::Int);
      vt = rune_type();
    } else if (u->kind == TypeKind::Chan) {
      auto* ct = static_cast<const ChanTy*>(u);
      if (ct->dir == ChanDir::Send) {
        error(s->x->pos, "cannot range over " + operand_string(x) +
                             ": receive from send-only channel");
        x.mode = Mode::Invalid;
      }
      kt = ct->elem;
      one_var = true;
    } else if (is_integer(u)) {
      if (is_untyped(x.type)) default_convert(x);
      kt = x.type;
      one_var = true;
    } else if (u->kind == TypeKind::Slice) {
      kt = basic(BasicKind::Int);
      vt = static_cast<const SliceType*>(u)->elem;
    } else if (u->kind == TypeKind::Array) {
      kt = basic(BasicKind::Int);
      vt = static_cast<const ArrayTy*>(u)->elem;
    } else if (u->kind == TypeKind::Pointer &&
               static_cast<const PointerType*>(u)->elem->underlying()->kind == TypeKind::Array) {
      kt = basic(BasicKind::Int);
      vt = static_cast<const ArrayTy*>(static_cast<const PointerType*>(u)->elem->underlying())->elem;
    } else if (u->kind == TypeKind::Map) {
      kt = static_cast<const MapTy*>(u)->key;
      vt = static_cast<const MapTy*>(u)->elem;
    } else if (u->kind == TypeKind::Signature) {
      not_supported(s->x->pos, "range over " + operand_string(x));
      x.mode = Mode::Invalid;
    } else {
      error(s->x->pos, "cannot range over " + operand_string(x));
      x.mode = Mode::Invalid;
    }
  }
  if (!x.invalid() && one_var && s->value) {
    error(s->value->pos, "range over " + xstr + " permits only one iteration variable");
    x.mode = Mode::Invalid;
  }
  Expr* lhs[2] = {s->key, s->value};
  const Type* ts[2] = {kt, vt};
  if (!x.invalid()) {
    s->key_type = kt;
    s->value_type = vt;
  }
  if (s->tok == Tok::Define) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      auto* id = as<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, "non-name " + expr_string(lhs[i]) + " on left side of :=");
        continue;
      }
      Var* v = new_var(id, x.invalid() || !ts[i] ? invalid_type() : ts[i]);
      if (!valid(v->type)) v->used = true;  // don't complain about an unusable variable
      v->loop_var = true;
      if (id->name != "_") vars.push_back(v);
    }
    for (Var* v : vars) declare(v, nullptr);
    if (vars.empty() && (s->key || s->value)) error(s->tok_pos, "no new variables on left side of :=");
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      if (x.invalid() || !ts[i]) {
        lhs_var(lhs[i]);
        continue;
      }
      // As types2 does: over an integer the range expression itself is
      // assigned; otherwise a value of the iteration type, named by the
      // variable (the error is about the variable).
      if (one_var && is_integer(x.type)) {
        Operand y = x;
        assign_var(lhs[i], y, "range clause");
      } else {
        Operand y{Mode::Value, lhs[i], ts[i], nullptr};
        assign_var(lhs[i], y, "assignment");
      }
    }
  }
  enclosing_.push_back({s, label, true});
  if (s->body) stmt(s->body, ctx | kBreakOk | kContinueOk);
  enclosing_.pop_back();
  close_scope();
}

void Checker::switch_stmt(SwitchStmt* s, unsigned ctx, Label* label) {
  open_scope();
  stmt(s->init, 0);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    if (!x.invalid()) {
      assignment(x, nullptr, "switch expression");
      if (!x.invalid() && !comparable(x.type) && !has_nil(x.type)) {
        error(s->tag->pos, "cannot switch on " + operand_string(x));
        x.mode = Mode::Invalid;
      }
    }
  } else {
    Pos p = s->body && !s->body->list.empty() ? s->body->list[0]->pos : s->pos;
    x.mode = Mode::Constant;
    x.type = basic(BasicKind::Bool);
    x.val = cp_.make_bool(true);
    x.expr = ctx_.make<Ident>(p, "true");
  }
  enclosing_.push_back({s, label, false});
  struct Seen {
    const Constant* val;
    const Type* type;
    Pos pos;
  };
  std::vector<Seen> seen;
  Pos default_pos;
  size_t n = s->body ? s->body->list.size() : 0;
  for (size_t i = 0; i < n; ++i) {
    auto* cc = as<CaseClause>(s->body->list[i]);
    if (!cc) {
      error(s->body->list[i]->pos, "invalid AST: case clause expected");
      continue;
    }
    if (cc->is_default) {
      if (default_pos.valid())
        error(cc->pos, "multiple defaults in switch (first at " + pos_string(default_pos) + ")");
      else
        default_pos = cc->pos;
    }
    for (Expr* e : cc->list) {
      Operand v;
      expr(v, e);
      if (x.invalid() || v.invalid()) continue;
      convert_untyped(v, x.type);
      if (v.invalid()) continue;
      Operand res = v;
      Operand xc = x;
      comparison(res, xc, Tok::Eql, nullptr, true);
      if (res.invalid()) continue;
      if (v.mode != Mode::Constant) continue;
      bool dup = false;
      for (auto& sv : seen)
        if (identical(sv.type, v.type) && cp_.compare(Tok::Eql, sv.val, v.val)) {
          error(e->pos, "duplicate case " + operand_string(v) + " in expression switch",
                "previous case at " + pos_string(sv.pos));
          dup = true;
          break;
        }
      if (!dup) seen.push_back({v.val, v.type, e->pos});
    }
    open_scope();
    unsigned inner = ctx | kBreakOk;
    if (i + 1 < n) inner |= kFallthroughOk;
    else inner |= kFinalSwitchCase;
    stmt_list(cc->body, inner);
    close_scope();
  }
  enclosing_.pop_back();
  close_scope();
}

void Checker::type_switch_stmt(TypeSwitchStmt* s, unsigned ctx, Label* label) {
  open_scope();
  stmt(s->init, 0);
  Ident* lhs = nullptr;
  Expr* guard = nullptr;
  if (auto* a = as<AssignStmt>(s->assign)) {
    if (a->lhs.size() == 1 && a->rhs.size() == 1 && a->tok == Tok::Define) {
      lhs = as<Ident>(a->lhs[0]);
      guard = a->rhs[0];
    }
  } else if (auto* es = as<ExprStmt>(s->assign)) {
    guard = es->x;
  }
  auto* ta = as<TypeAssertExpr>(unparen(guard));
  if (!ta || ta->type_expr) {
    error(s->assign ? s->assign->pos : s->pos, "invalid type switch guard");
    close_scope();
    return;
  }
  if (lhs) {
    lhs->obj = nullptr;
    if (lhs->name == "_") {
      error(lhs->pos, "no new variable on left side of :=");
      lhs = nullptr;
    }
  }
  Operand x;
  expr(x, ta->x);
  if (!x.invalid() && !is_interface(x.type)) {
    error(ta->x->pos, operand_string(x) + " is not an interface");
    x.mode = Mode::Invalid;
  }
  if (!x.invalid()) {
    ta->type = x.type;
    guard->type = x.type;
  }
  enclosing_.push_back({s, label, false});
  struct Seen {
    const Type* type;  // nullptr for nil
    Pos pos;
  };
  std::vector<Seen> seen;
  std::vector<Var*> vars;
  Pos default_pos;
  size_t n = s->body ? s->body->list.size() : 0;
  for (size_t i = 0; i < n; ++i) {
    auto* cc = as<CaseClause>(s->body->list[i]);
    if (!cc) {
      error(s->body->list[i]->pos, "invalid AST: case clause expected");
      continue;
    }
    if (cc->is_default) {
      if (default_pos.valid())
        error(cc->pos, "multiple defaults in switch (first at " + pos_string(default_pos) + ")");
      else
        default_pos = cc->pos;
    }
    // The clause's types (spec: "nil" may stand for a type).
    const Type* T = nullptr;
    for (Expr* e : cc->list) {
      Operand v;
      raw_expr(v, e, true);
      if (v.invalid()) {
        T = invalid_type();
        continue;
      }
      if (v.mode == Mode::TypeExpr) {
        T = v.type;
        e->type = T;  // the compiler tests the dynamic type against it
      } else if (v.type == basic(BasicKind::UntypedNil)) {
        T = nullptr;
      } else {
        error(e->pos, operand_string(v) + " is not a type");
        T = invalid_type();
        continue;
      }
      bool dup = false;
      for (auto& sv : seen)
        if ((!T && !sv.type) || (T && sv.type && identical(T, sv.type))) {
          error(e->pos, "duplicate case " + (T ? tstr(T) : std::string("nil")) + " in type switch",
                "previous case at " + pos_string(sv.pos));
          dup = true;
          break;
        }
      if (dup) continue;
      seen.push_back({T, e->pos});
      if (!x.invalid() && T) {
        std::string cause = impossible_assert_cause(x.type, T);
        if (!cause.empty())
          error(e->pos, "impossible type switch case: " + expr_string(e),
                operand_string(x) + " cannot have dynamic type " + tstr(T) + " " + cause);
      }
    }
    open_scope();
    if (lhs) {
      // spec: in clauses with a case listing exactly one type, the variable
      // has that type; otherwise the type of the guard's expression.
      if (cc->list.size() != 1 || !T) T = x.invalid() ? invalid_type() : x.type;
      Var* v = new_var(lhs, T);
      lhs->obj = nullptr;
      if (!fstack_.empty() && !fstack_.back()->locals.empty() && fstack_.back()->locals.back() == v)
        fstack_.back()->locals.pop_back();  // reported once for all clauses, below
      declare(v, nullptr);
      cc->implicit_obj = v;
      vars.push_back(v);
    }
    stmt_list(cc->body, ctx | kBreakOk | kInTypeSwitch);
    close_scope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : vars) used = used || v->used;
    for (Var* v : vars) v->used = true;
    if (!used) error(lhs->pos, "declared and not used: " + lhs->name);
  }
  enclosing_.pop_back();
  close_scope();
}

void Checker::labeled_stmt(LabeledStmt* s, unsigned ctx) {
  FuncCtx* fc = fstack_.back();
  const std::string& name = s->label->name;
  auto* l = ctx_.make<Label>(name, s->label->pos);
  l->stmt = s;
  s->label->obj = l;
  if (name != "_") {
    if (auto it = fc->labels.find(name); it != fc->labels.end())
      error(s->label->pos, "label " + name + " already defined at " + where(it->second->pos));
    else
      fc->labels[name] = l;
  }
  Stmt* inner = s->stmt;
  if (!inner) return;
  switch (inner->kind) {
    case NodeKind::ForStmt:
      for_stmt(static_cast<ForStmt*>(inner), ctx & ~kClauseFlags, l);
      break;
    case NodeKind::RangeStmt:
      range_stmt(static_cast<RangeStmt*>(inner), ctx & ~kClauseFlags, l);
      break;
    case NodeKind::SwitchStmt:
      switch_stmt(static_cast<SwitchStmt*>(inner), ctx & ~kClauseFlags, l);
      break;
    case NodeKind::TypeSwitchStmt:
      type_switch_stmt(static_cast<TypeSwitchStmt*>(inner), ctx & ~kClauseFlags, l);
      break;
    case NodeKind::SelectStmt:
      select_stmt(static_cast<SelectStmt*>(inner), ctx & ~kClauseFlags, l);
      break;
    default:
      stmt(inner, ctx);
  }
}

void Checker::branch_stmt(BranchStmt* s, unsigned ctx) {
  FuncCtx* fc = fstack_.back();
  auto find_label = [&](const std::string& name, bool loop_only) -> bool {
    for (size_t i = enclosing_.size(); i-- > 0;) {
      if (enclosing_[i].label && enclosing_[i].label->name == name) {
        if (loop_only && !enclosing_[i].is_loop) return false;
        enclosing_[i].label->used = true;
        s->label->obj = enclosing_[i].label;
        return true;
      }
    }
    return false;
  };
  // Labels are checked as in gc's syntax/branches.go (types2's labels.go
  // is switched off there), hence its wording.
  auto label_err = [&](const char* what) {
    const std::string& name = s->label->name;
    auto it = fc->labels.find(name);
    if (it != fc->labels.end()) {
      it->second->used = true;
      error(s->label->pos, std::string("invalid ") + what + " label " + name);
    } else {
      error(s->label->pos, std::string(what) + " label not defined: " + name);
    }
  };
  switch (s->tok) {
    case Tok::Break:
      if (s->label) {
        if (!find_label(s->label->name, false)) label_err("break");
      } else if (!(ctx & kBreakOk)) {
        error(s->pos, "break is not in a loop, switch, or select");
      }
      break;
    case Tok::Continue:
      if (s->label) {
        if (!find_label(s->label->name, true)) label_err("continue");
      } else if (!(ctx & kContinueOk)) {
        error(s->pos, "continue is not in a loop");
      }
      break;
    case Tok::Goto:
      break;  // checked by goto_labels() once all labels are known
    case Tok::Fallthrough:
      if (!(ctx & kFallthroughOk)) {
        if (ctx & kFinalSwitchCase) error(s->pos, "cannot fallthrough final case in switch");
        else if (ctx & kInTypeSwitch) error(s->pos, "cannot fallthrough in type switch");
        else error(s->pos, "fallthrough statement out of place");
      }
      break;
    default:
      break;
  }
}

// ---- goto (types2's labels.go) ---------------------------------------------------

// Resolves the gotos of one function body: a goto may jump backwards or
// forwards to a label of its own block or of an enclosing block, but not
// into a block, and not forwards over a variable declaration of the
// target's block.
void Checker::goto_labels(FuncCtx& fc, const std::vector<Stmt*>& body) {
  struct Block {
    Block* parent;
    Pos start;
    std::set<std::string> labels;  // declared so far
    bool has(const std::string& n) const {
      for (const Block* b = this; b; b = b->parent)
        if (b->labels.count(n)) return true;
      return false;
    }
  };
  auto resolve = [&](BranchStmt* jmp) {
    auto it = fc.labels.find(jmp->label->name);
    it->second->used = true;
    jmp->label->obj = it->second;
  };
  std::unordered_map<std::string, Pos> label_block;  // label -> start of its block
  // Returns the forward jumps left unresolved in `list`.
  std::function<std::vector<BranchStmt*>(Block*, Pos, const std::vector<Stmt*>&)> block_branches;
  block_branches = [&](Block* parent, Pos start, const std::vector<Stmt*>& list) {
    Block b{parent, start, {}};
    std::vector<BranchStmt*> fwd, bad;
    Pos var_decl;
    std::string var_name;  // as gc names it: the first name of a var spec, all of a :=
    auto record_var_decl = [&](Pos p, std::string name) {
      var_decl = p;
      var_name = std::move(name);
      bad = fwd;
    };
    auto nested = [&](const std::vector<Stmt*>& l, Pos at, Block* in) {
      auto more = block_branches(in, at, l);
      fwd.insert(fwd.end(), more.begin(), more.end());
    };
    std::function<void(Stmt*)> stmt_branches = [&](Stmt* s) {
      if (!s) return;
      switch (s->kind) {
        case NodeKind::DeclStmt: {
          auto* d = static_cast<DeclStmt*>(s);
          if (d->decl && d->decl->tok == Tok::Var && !d->decl->specs.empty())
            if (auto* vs = as<ValueSpec>(d->decl->specs[0]); vs && !vs->names.empty())
              record_var_decl(vs->names[0]->pos, vs->names[0]->name);
          break;
        }
        case NodeKind::AssignStmt:
          if (auto* a = static_cast<AssignStmt*>(s); a->tok == Tok::Define) {
            std::string names;
            for (Expr* e : a->lhs) names += (names.empty() ? "" : ", ") + expr_string(e);
            record_var_decl(a->tok_pos, names);
          }
          break;
        case NodeKind::LabeledStmt: {
          auto* l = static_cast<LabeledStmt*>(s);
          const std::string& name = l->label->name;
          auto it = fc.labels.find(name);
          if (name != "_" && it != fc.labels.end() && it->second->stmt == l) {
            b.labels.insert(name);
            label_block[name] = b.start;
            std::vector<BranchStmt*> rest;
            for (BranchStmt* jmp : fwd) {
              if (jmp->label->name != name) {
                rest.push_back(jmp);
                continue;
              }
              resolve(jmp);
              if (var_decl.valid() && std::find(bad.begin(), bad.end(), jmp) != bad.end())
                error(jmp->label->pos, "goto " + name + " jumps over declaration of " + var_name +
                                           " at " + where(var_decl));
            }
            fwd = std::move(rest);
          }
          stmt_branches(l->stmt);
          break;
        }
        case NodeKind::BranchStmt: {
          auto* br = static_cast<BranchStmt*>(s);
          if (br->tok != Tok::Goto || !br->label) break;
          if (b.has(br->label->name)) resolve(br);
          else fwd.push_back(br);
          break;
        }
        case NodeKind::BlockStmt:
          nested(static_cast<BlockStmt*>(s)->list, s->pos, &b);
          break;
        case NodeKind::IfStmt: {
          auto* i = static_cast<IfStmt*>(s);
          stmt_branches(i->body);
          stmt_branches(i->else_);
          break;
        }
        case NodeKind::SwitchStmt:
        case NodeKind::TypeSwitchStmt:
        case NodeKind::SelectStmt: {
          BlockStmt* body = s->kind == NodeKind::SwitchStmt ? static_cast<SwitchStmt*>(s)->body
                            : s->kind == NodeKind::TypeSwitchStmt
                                ? static_cast<TypeSwitchStmt*>(s)->body
                                : static_cast<SelectStmt*>(s)->body;
          if (!body) break;
          Block sb{&b, body->pos, {}};
          for (Stmt* c : body->list) {
            if (auto* cc = as<CaseClause>(c)) nested(cc->body, cc->pos, &sb);
            else if (auto* cm = as<CommClause>(c)) nested(cm->body, cm->pos, &sb);
          }
          break;
        }
        case NodeKind::ForStmt:
          stmt_branches(static_cast<ForStmt*>(s)->body);
          break;
        case NodeKind::RangeStmt:
          stmt_branches(static_cast<RangeStmt*>(s)->body);
          break;
        default:
          break;
      }
    };
    for (Stmt* s : list) stmt_branches(s);
    return fwd;
  };
  for (BranchStmt* jmp : block_branches(nullptr, Pos{}, body)) {
    const std::string& name = jmp->label->name;
    auto it = fc.labels.find(name);
    if (it != fc.labels.end()) {
      it->second->used = true;  // avoid another error
      error(jmp->label->pos,
            "goto " + name + " jumps into block starting at " + where(label_block[name]));
    } else {
      error(jmp->label->pos, "label " + name + " not defined");
    }
  }
}

// ---- terminating statements (spec "Terminating statements") --------------------

bool Checker::is_terminating_list(const std::vector<Stmt*>& list, const std::string& label) {
  size_t n = list.size();
  while (n > 0 && as<EmptyStmt>(list[n - 1])) --n;
  return n > 0 && is_terminating(list[n - 1], label);
}

bool Checker::is_terminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      auto* c = as<CallExpr>(unparen(static_cast<ExprStmt*>(s)->x));
      if (!c) return false;
      auto* id = as<Ident>(unparen(c->fun));
      return id && id->obj && id->obj->kind == ObjKind::Builtin &&
             static_cast<Builtin*>(id->obj)->id == BuiltinId::Panic;
    }
    case NodeKind::BlockStmt:
      return is_terminating_list(static_cast<BlockStmt*>(s)->list, "");
    case NodeKind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return i->else_ && i->body && is_terminating(i->body, "") && is_terminating(i->else_, "");
    }
    case NodeKind::LabeledStmt: {
      auto* l = static_cast<LabeledStmt*>(s);
      return is_terminating(l->stmt, l->label->name);
    }
    case NodeKind::ForStmt: {
      auto* f = static_cast<ForStmt*>(s);
      return !f->cond && f->body && !has_break(f->body, label, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      BlockStmt* body = s->kind == NodeKind::SwitchStmt ? static_cast<SwitchStmt*>(s)->body
                                                        : static_cast<TypeSwitchStmt*>(s)->body;
      if (!body) return false;
      bool has_default = false;
      for (Stmt* c : body->list) {
        auto* cc = as<CaseClause>(c);
        if (!cc) return false;
        if (cc->is_default) has_default = true;
        if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true))
          return false;
      }
      return has_default;
    }
    case NodeKind::SelectStmt: {
      // Terminating when no break leaves it and every clause terminates
      // (no default needed: a select without one never falls through).
      auto* body = static_cast<SelectStmt*>(s)->body;
      if (!body) return false;
      for (Stmt* c : body->list) {
        auto* cc = as<CommClause>(c);
        if (!cc) return false;
        if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true))
          return false;
      }
      return true;
    }
    default:
      return false;
  }
}

bool Checker::has_break_list(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (Stmt* s : list)
    if (has_break(s, label, implicit)) return true;
  return false;
}

// Reports whether s contains a break referring to the enclosing statement
// (implicitly when unlabeled and not nested in another breakable statement,
// or explicitly by label).
bool Checker::has_break(Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok != Tok::Break) return false;
      if (!b->label) return implicit;
      return !label.empty() && b->label->name == label;
    }
    case NodeKind::BlockStmt:
      return has_break_list(static_cast<BlockStmt*>(s)->list, label, implicit);
    case NodeKind::LabeledStmt:
      return has_break(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case NodeKind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return has_break(i->body, label, implicit) || has_break(i->else_, label, implicit);
    }
    case NodeKind::CaseClause:
      return has_break_list(static_cast<CaseClause*>(s)->body, label, implicit);
    case NodeKind::CommClause:
      return has_break_list(static_cast<CommClause*>(s)->body, label, implicit);
    case NodeKind::SwitchStmt:
      return !label.empty() && has_break(static_cast<SwitchStmt*>(s)->body, label, false);
    case NodeKind::TypeSwitchStmt:
      return !label.empty() && has_break(static_cast<TypeSwitchStmt*>(s)->body, label, false);
    case NodeKind::SelectStmt:
      return !label.empty() && has_break(static_cast<SelectStmt*>(s)->body, label, false);
    case NodeKind::ForStmt:
      return !label.empty() && has_break(static_cast<ForStmt*>(s)->body, label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && has_break(static_cast<RangeStmt*>(s)->body, label, false);
    default:
      return false;
  }
}

}  // namespace csp
