// Evaluation order within a statement, as gc orders it.
//
// The spec fixes the order of calls, method calls, receives and the
// logical operators in an expression list, and leaves the other operands
// open. gc (cmd/compile's order pass) evaluates the calls and a few other
// operations first, each into a temporary, left to right, and then the
// rest of the statement, which reads variables, fields and elements only
// then. So in
//
//	fmt.Println(x, f())   // f changes x
//	a[i] = g()            // g changes i
//	sum += h()            // h adds to sum
//
// Go prints x's new value, stores at the new a[i], and adds h's result to
// the sum as h left it. csp must print what go run prints, so it follows
// the same rule: an OrderScope over a statement's expressions evaluates
// the "early" nodes (hoisted) into registers first, and the normal
// compilation of the statement then finds their values there (hoisted_reg).
//
// Most statements do not need this: when nothing in the statement could
// observe the difference (no call, or only locals in registers and
// operations that cannot panic besides the calls), the statement compiles
// as before, left to right, with no extra registers.
#include "lang/ast_walk.hpp"
#include "lang/compiler_impl.hpp"

#include <functional>

namespace csp {
namespace compiler_detail {

namespace {

const Expr* unparen(const Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

const Builtin* builtin_of(const CallExpr* c) {
  const Expr* fun = unparen(c->fun);
  auto* id = as<Ident>(fun);
  if (id && id->obj && id->obj->kind == ObjKind::Builtin) return static_cast<const Builtin*>(id->obj);
  return nullptr;
}

bool is_logical(const Expr* e) {
  auto* b = as<BinaryExpr>(e);
  return b && (b->op == Tok::LAnd || b->op == Tok::LOr);
}

// A type an interface holds directly (no box): gc does not copy such an
// asserted value out early.
bool pointer_shaped(const Type* t) {
  if (!t) return false;
  switch (t->underlying()->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return true;
    default:
      return false;
  }
}

// gc converts a value to an interface through a temporary copy when the
// runtime's conversion takes its address: everything but 16-, 32- and
// 64-bit scalars, strings and slices (after unwrapping one-field structs and
// one-element arrays). The copy is made where the argument is ordered, so
// such an argument is read early.
bool conversion_copies(const Type* t) {
  for (;;) {
    const Type* u = t->underlying();
    if (u->kind == TypeKind::Struct) {
      auto* st = static_cast<const StructTy*>(u);
      if (st->fields.size() != 1) return true;
      t = st->fields[0].type;
    } else if (u->kind == TypeKind::Array) {
      auto* at = static_cast<const ArrayTy*>(u);
      if (at->len != 1) return true;
      t = at->elem;
    } else {
      break;
    }
  }
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: return false;
    case TypeKind::Basic:
      switch (static_cast<const BasicType*>(u)->bkind) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8:
        case BasicKind::Complex128: case BasicKind::UnsafePointer:
          return true;
        default:
          return false;
      }
    default: return true;  // pointers, maps, channels, funcs
  }
}

// Whether gc's copy for the conversion is a real copy: constants are
// static, and a package variable or an addressable operand other than a
// local variable is passed by address (read late).
bool conversion_reads_early(const Expr* e) {
  e = unparen(e);
  if (e->cval) return false;
  std::function<bool(const Expr*)> addressable = [&](const Expr* x) -> bool {
    x = unparen(x);
    switch (x->kind) {
      case NodeKind::Ident: {
        auto* id = static_cast<const Ident*>(x);
        return id->obj && id->obj->kind == ObjKind::Var;
      }
      case NodeKind::StarExpr: return true;
      case NodeKind::SelectorExpr: {
        auto* se = static_cast<const SelectorExpr*>(x);
        if (auto* id = as<Ident>(unparen(se->x)); id && id->obj && id->obj->kind == ObjKind::PkgName)
          return se->sel->obj && se->sel->obj->kind == ObjKind::Var;
        if (!se->x->type) return false;
        if (se->x->type->underlying()->kind == TypeKind::Pointer) return true;
        return se->x->type->underlying()->kind == TypeKind::Struct && addressable(se->x);
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(x);
        if (!ix->x->type) return false;
        switch (ix->x->type->underlying()->kind) {
          case TypeKind::Slice: case TypeKind::Pointer: return true;
          case TypeKind::Array: return addressable(ix->x);
          default: return false;
        }
      }
      default: return false;
    }
  };
  if (auto* id = as<Ident>(e); id && id->obj && id->obj->kind == ObjKind::Var)
    return !static_cast<const Var*>(id->obj)->is_global();
  if (auto* id = as<Ident>(e); id && id->obj && id->obj->kind == ObjKind::Nil) return false;
  return !addressable(e);
}

}  // namespace

// The operations gc evaluates early: calls (not conversions), the builtins
// that are calls to it, receives, slicing, type assertions to boxed types,
// []byte(s) and []rune(s), and && / || as a whole.
bool Compiler::early_node(const Expr* e) {
  e = unparen(e);
  if (e->cval || e->is_type) return false;
  if (e->type && e->type->kind == TypeKind::Tuple) return false;  // stays with its consumer
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      if (unparen(c->fun)->is_type) {
        const Type* to = e->type ? e->type->underlying() : nullptr;
        const Type* from = c->args.empty() ? nullptr : c->args[0]->type;
        return to && to->kind == TypeKind::Slice && from && rep_of(from) == Rep::String;
      }
      if (const Builtin* b = builtin_of(c)) {
        switch (b->id) {
          case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex:
          case BuiltinId::Copy: case BuiltinId::Imag: case BuiltinId::Len:
          case BuiltinId::Make: case BuiltinId::New: case BuiltinId::Real:
          case BuiltinId::Recover:
            return true;
          default:
            return false;
        }
      }
      return true;
    }
    case NodeKind::UnaryExpr: return static_cast<const UnaryExpr*>(e)->op == Tok::Arrow;
    case NodeKind::SliceExpr: return true;
    case NodeKind::TypeAssertExpr: return !pointer_shaped(e->type);
    case NodeKind::BinaryExpr: return is_logical(e);
    default: return false;
  }
}

// An early node whose evaluation can change state or panic (len, cap,
// real, imag, complex and the conversions cannot).
bool Compiler::effectful_node(const Expr* e) {
  e = unparen(e);
  if (auto* c = as<CallExpr>(e)) {
    if (unparen(c->fun)->is_type) return false;
    if (const Builtin* b = builtin_of(c))
      return b->id == BuiltinId::Append || b->id == BuiltinId::Copy || b->id == BuiltinId::Make ||
             b->id == BuiltinId::Recover;
    return true;
  }
  return e->kind == NodeKind::UnaryExpr || e->kind == NodeKind::SliceExpr ||
         e->kind == NodeKind::TypeAssertExpr;
}

// A node of the late part whose value or panic a call evaluated before it
// could change: anything but locals in registers and operations on them
// that cannot fail.
bool Compiler::observable_node(const Expr* e) {
  e = unparen(e);
  if (e->cval || e->is_type) return false;
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = static_cast<const Ident*>(e);
      if (!id->obj || id->obj->kind != ObjKind::Var) return false;
      auto* v = static_cast<const Var*>(id->obj);
      return !v->is_field && var_reg_direct(v) < 0;
    }
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<const SelectorExpr*>(e);
      const Expr* x = unparen(se->x);
      if (x->is_type) return false;  // a method expression
      if (auto* id = as<Ident>(x); id && id->obj && id->obj->kind == ObjKind::PkgName) {
        // pkg.Name: a package variable is observable, a function is not.
        return se->sel->obj && se->sel->obj->kind == ObjKind::Var;
      }
      // A field of a struct held in a local register is that local's own
      // box; through a pointer (or of anything else) it is shared memory.
      if (x->type && x->type->underlying()->kind == TypeKind::Pointer) return true;
      return observable_node(x) || !(as<Ident>(x));
    }
    case NodeKind::IndexExpr:
    case NodeKind::StarExpr:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == Tok::Quo || b->op == Tok::Rem)
        return is_integer(b->type) && !b->y->cval;  // division by zero
      if (b->op == Tok::Shl || b->op == Tok::Shr) return !b->y->cval;  // negative shift count
      return false;
    }
    default:
      return false;
  }
}

// Scans the part of a unit (the statement, or an early node with its own
// operands) that is evaluated late: `observe` when it reads something a
// call could change, `effect` when an effectful early node lies below. A
// unit with both needs the early evaluation (`needs`).
void Compiler::scan_order(const Expr* e, bool root, bool target, bool* effect, bool* observe,
                          bool* needs) {
  e = unparen(e);
  if (!e || e->is_type || e->kind == NodeKind::FuncLit) return;
  if (is_logical(e)) {
    // Its operands are ordered each on its own (order_operand_*); as a
    // value among others it is one early node.
    if (!root && contains_call(e)) *effect = true;
    return;
  }
  if (!root && early_node(e)) {
    if (effectful_node(e)) *effect = true;
    bool inner_effect = false, inner_observe = false;
    for_each_child(e, [&](const Node* c) {
      if (auto* x = dynamic_cast<const Expr*>(c))
        scan_order(x, false, false, &inner_effect, &inner_observe, needs);
    });
    if (inner_effect && inner_observe) *needs = true;
    if (inner_effect) *effect = true;
    return;
  }
  if (!target && observable_node(e)) *observe = true;
  for_each_child(e, [&](const Node* c) {
    if (auto* x = dynamic_cast<const Expr*>(c)) scan_order(x, false, false, effect, observe, needs);
  });
}

bool Compiler::contains_call(const Expr* e) {
  e = unparen(e);
  if (!e || e->is_type || e->kind == NodeKind::FuncLit) return false;
  if (early_node(e) && effectful_node(e)) return true;
  bool found = false;
  for_each_child(e, [&](const Node* c) {
    if (auto* x = dynamic_cast<const Expr*>(c); x && !found) found = contains_call(x);
  });
  return found;
}

// Evaluates the early nodes below (and, unless `self` is false, at) e,
// left to right, children before parents, into fresh registers.
void Compiler::hoist(const Expr* e, bool self, bool copy) {
  e = unparen(e);
  if (!e || e->cval || e->is_type || e->kind == NodeKind::FuncLit) return;
  auto* call = as<CallExpr>(e);
  const SignatureType* sig = nullptr;
  if (call && !unparen(call->fun)->is_type && !builtin_of(call) && !call->has_ellipsis() &&
      call->fun->type && call->fun->type->underlying()->kind == TypeKind::Signature)
    sig = static_cast<const SignatureType*>(call->fun->type->underlying());
  if (sig) {
    // Arguments converted to an interface parameter may be copied early.
    hoist(call->fun, true);
    for (size_t i = 0; i < call->args.size(); ++i) {
      const Type* p = nullptr;
      size_t np = sig->params.size();
      if (sig->variadic && np > 0 && i >= np - 1) {
        const Type* last = sig->params[np - 1]->underlying();
        if (last->kind == TypeKind::Slice) p = static_cast<const SliceType*>(last)->elem;
      } else if (i < np) {
        p = sig->params[i];
      }
      const Expr* a = call->args[i];
      bool conv = p && rep_of(p) == Rep::Iface && a->type && rep_of(a->type) != Rep::Iface &&
                  a->type->kind != TypeKind::Tuple && conversion_copies(a->type) &&
                  conversion_reads_early(a);
      hoist(a, true, conv);
    }
  } else if (!is_logical(e)) {
    for_each_child(e, [&](const Node* c) {
      if (auto* x = dynamic_cast<const Expr*>(c)) hoist(x, true);
    });
  }
  if (!self || !(copy || early_node(e)) || fs_->hoisted.count(e)) return;
  int r = alloc_reg();
  if (is_aggregate_type(e->type)) owned_into(e, r);
  else expr_into_fresh(e, r);
  fs_->freereg = static_cast<uint32_t>(r + 1);
  fs_->hoisted[e] = {r, false};
  fs_->hoist_log.push_back(e);
}

int Compiler::hoisted_reg(const Expr* e) {
  if (fs_->hoisted.empty()) return -1;
  auto it = fs_->hoisted.find(unparen(e));
  if (it == fs_->hoisted.end()) return -1;
  it->second.used = true;
  return it->second.reg;
}

Compiler::OrderScope::OrderScope(Compiler* c, const std::vector<OrderRoot>& roots, bool restore)
    : c_(c), restore_(restore), save_(c->fs_->freereg), log_start_(c->fs_->hoist_log.size()) {
  bool effect = false, observe = false, needs = false;
  for (const OrderRoot& r : roots) {
    if (!r.e) continue;
    c->scan_order(r.e, r.whole_is_root, r.target, &effect, &observe, &needs);
    if (r.calls_first && c->contains_call(r.e)) needs = true;
  }
  if (!(needs || (effect && observe)) && !(c->order_always_ && effect)) return;
  for (const OrderRoot& r : roots)
    if (r.e) c->hoist(r.e, !r.whole_is_root);
}

Compiler::OrderScope::~OrderScope() {
  auto& log = c_->fs_->hoist_log;
  for (size_t i = log_start_; i < log.size(); ++i) {
    const Expr* e = log[i];
    auto it = c_->fs_->hoisted.find(e);
    if (!it->second.used)
      c_->diags_.error(e->pos, "internal compiler error: an early-evaluated operand was not used");
    c_->fs_->hoisted.erase(it);
  }
  log.resize(log_start_);
  if (restore_) c_->fs_->freereg = save_;
}

// The expressions of a simple statement, for its OrderScope.
std::vector<Compiler::OrderRoot> Compiler::order_roots(const Stmt* s) {
  std::vector<OrderRoot> roots;
  switch (s->kind) {
    case NodeKind::ExprStmt: roots.push_back({static_cast<const ExprStmt*>(s)->x, true}); break;
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(s);
      bool plain = a->tok == Tok::Assign || a->tok == Tok::Define;
      // v, ok = m[k] / <-ch / x.(T), a, b = f(): the right side stays whole,
      // and is evaluated before the left operands, so calls on the left
      // (a[f()], b = g()) must go first.
      bool multi = a->rhs.size() == 1 && a->lhs.size() > 1;
      for (const Expr* l : a->lhs) roots.push_back({l, false, plain, multi});
      for (const Expr* r : a->rhs) roots.push_back({r, multi});
      break;
    }
    case NodeKind::IncDecStmt: roots.push_back({static_cast<const IncDecStmt*>(s)->x}); break;
    case NodeKind::ReturnStmt: {
      auto* r = static_cast<const ReturnStmt*>(s);
      for (const Expr* x : r->results) roots.push_back({x, r->results.size() == 1});
      break;
    }
    // go and defer order each argument alone (args_at).
    case NodeKind::SendStmt: {
      auto* ss = static_cast<const SendStmt*>(s);
      roots.push_back({ss->chan});
      roots.push_back({ss->value});
      break;
    }
    default: break;
  }
  return roots;
}

// One operand of && or ||: gc evaluates it as a statement of its own.
void Compiler::order_operand_cond(const Expr* e, bool when, JumpLabel& l) {
  OrderScope order(this, {{e, true, false}});
  cond_jump(e, when, l);
}

void Compiler::order_operand_into(const Expr* e, int dst) {
  OrderScope order(this, {{e, true, false}});
  expr_into(e, dst);
}

}  // namespace compiler_detail
}  // namespace csp
