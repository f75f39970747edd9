// Calls: function calls with argument passing (multi-value f(g()) and
// variadic parameters), conversions T(x), and the builtins of the core
// (len, cap, close, make, panic, print, println, min, max). After go/types'
// call.go and builtins.go.
#include "lang/checker.hpp"

namespace csp {

namespace {
const char* builtin_name(BuiltinId id) {
  static const char* const names[] = {
#define CSP_X(i, s) s,
      CSP_BUILTINS(CSP_X)
#undef CSP_X
  };
  return names[static_cast<int>(id)];
}
}  // namespace

Checker::ExprKind Checker::call(Operand& x, CallExpr* e) {
  expr_or_type(x, e->fun);
  switch (x.mode) {
    case Mode::Invalid:
      use(e->args);
      x.expr = e;
      return ExprKind::Statement;
    case Mode::TypeExpr: {
      const Type* t = x.type;
      x.mode = Mode::Invalid;
      if (e->args.size() != 1) {
        if (e->args.empty())
          error(e->rparen, "missing argument in conversion to " + tstr(t));
        else
          error(e->args[1]->pos, "too many arguments in conversion to " + tstr(t));
        use(e->args);
        return ExprKind::Conversion;
      }
      if (e->has_ellipsis()) {
        error(e->ellipsis, "invalid use of ... in conversion to " + tstr(t));
        use(e->args);
        return ExprKind::Conversion;
      }
      expr(x, e->args[0]);
      if (!x.invalid()) conversion(x, t, e);
      x.expr = e;
      return ExprKind::Conversion;
    }
    case Mode::Builtin:
      return builtin(x, e, x.builtin);
    default:
      break;
  }
  const Type* u = x.type->underlying();
  if (u->kind != TypeKind::Signature) {
    error(x.expr->pos, "invalid operation: cannot call non-function " + operand_string(x));
    use(e->args);
    x.mode = Mode::Invalid;
    x.expr = e;
    return ExprKind::Statement;
  }
  auto* sig = static_cast<const SignatureType*>(u);
  std::vector<Operand> args;
  if (e->args.size() == 1 && !e->has_ellipsis()) {
    multi_expr(args, e->args[0], false);
  } else {
    for (Expr* a : e->args) {
      Operand y;
      expr(y, a);
      args.push_back(y);
    }
  }
  arguments(e, sig, args);
  x.expr = e;
  x.val = nullptr;
  if (sig->results.empty()) {
    x.mode = Mode::NoValue;
    x.type = nullptr;
  } else if (sig->results.size() == 1) {
    x.mode = Mode::Value;
    x.type = sig->results[0];
  } else {
    x.mode = Mode::Value;
    x.type = ctx_.tuple(sig->results);
  }
  return ExprKind::Statement;
}

void Checker::arguments(CallExpr* call, const SignatureType* sig, std::vector<Operand>& args) {
  for (auto& a : args)
    if (a.invalid()) return;
  size_t nargs = args.size(), npars = sig->params.size();
  if (call->has_ellipsis()) {
    if (!sig->variadic) {
      error(call->ellipsis, "have (...) in call to non-variadic " + expr_string(call->fun));
      return;
    }
    not_supported(call->ellipsis, "passing a slice to a variadic parameter (...)");
    return;
  }
  bool ok = sig->variadic ? nargs + 1 >= npars : nargs == npars;
  if (!ok) {
    std::vector<const Type*> have;
    for (auto& a : args) have.push_back(a.type);
    bool too_few = nargs < npars;
    Pos at = too_few ? (nargs > 0 ? args[nargs - 1].expr->pos : call->rparen) : args[npars].expr->pos;
    if (!too_few && args[npars].expr == args[0].expr) at = args[0].expr->pos;  // f(g())
    error(at, std::string(too_few ? "not enough" : "too many") + " arguments in call to " +
                  expr_string(call->fun),
          "have " + types_summary(have, false) + "\n\twant " + types_summary(sig->params, sig->variadic));
    return;
  }
  std::string context = "argument to " + expr_string(call->fun);
  for (size_t i = 0; i < nargs; ++i) {
    const Type* pt;
    if (sig->variadic && i + 1 >= npars)
      pt = static_cast<const SliceType*>(sig->params.back())->elem;
    else
      pt = sig->params[i];
    assignment(args[i], pt, context);
  }
}

Checker::ExprKind Checker::builtin(Operand& x, CallExpr* e, BuiltinId id) {
  std::string name = builtin_name(id);
  x.expr = e;
  auto fail = [&]() {
    x.mode = Mode::Invalid;
    return ExprKind::Expression;
  };
  switch (id) {
    case BuiltinId::Append: case BuiltinId::Clear: case BuiltinId::Copy:
    case BuiltinId::Delete: case BuiltinId::New: case BuiltinId::Recover:
    case BuiltinId::Complex: case BuiltinId::Real: case BuiltinId::Imag:
      not_supported(e->pos, "built-in " + name);
      use(e->args);
      return fail();
    default:
      break;
  }
  if (e->has_ellipsis()) {
    error(e->ellipsis, "invalid operation: invalid use of ... with built-in " + name);
    use(e->args);
    return fail();
  }
  size_t nargs = e->args.size();
  size_t want = 1;
  bool variadic = false;
  switch (id) {
    case BuiltinId::Make: case BuiltinId::Max: case BuiltinId::Min: variadic = true; break;
    case BuiltinId::Print: case BuiltinId::Println: want = 0, variadic = true; break;
    default: break;
  }
  if (nargs < want || (!variadic && nargs > want)) {
    error(nargs < want ? e->rparen : e->args[want]->pos,
          "invalid operation: " + std::string(nargs < want ? "not enough" : "too many") +
              " arguments for " + expr_string(e) + " (expected " + std::to_string(want) +
              ", found " + std::to_string(nargs) + ")");
    use(e->args);
    return fail();
  }

  if (id == BuiltinId::Make) {
    Operand t;
    expr_or_type(t, e->args[0]);
    if (t.invalid()) {
      use(std::vector<Expr*>(e->args.begin() + 1, e->args.end()));
      return fail();
    }
    if (t.mode != Mode::TypeExpr) {
      error(e->args[0]->pos, expr_string(e->args[0]) + " is not a type");
      use(std::vector<Expr*>(e->args.begin() + 1, e->args.end()));
      return fail();
    }
    size_t max = 0;
    switch (t.type->underlying()->kind) {
      case TypeKind::Chan: max = 2; break;
      case TypeKind::Slice: case TypeKind::Map:
        not_supported(e->pos, "make of " + tstr(t.type));
        return fail();
      default:
        error(e->args[0]->pos, "invalid argument: cannot make " + expr_string(e->args[0]) +
                                   "; type must be slice, map, or channel");
        use(std::vector<Expr*>(e->args.begin() + 1, e->args.end()));
        return fail();
    }
    if (nargs > max) {
      error(e->pos, "invalid operation: " + expr_string(e) + " expects 1 or " +
                        std::to_string(max) + " arguments; found " + std::to_string(nargs));
      use(std::vector<Expr*>(e->args.begin() + 1, e->args.end()));
      return fail();
    }
    if (nargs == 2 && !index_value(e->args[1], -1, nullptr)) return fail();
    x.mode = Mode::Value;
    x.type = t.type;
    x.val = nullptr;
    return ExprKind::Expression;
  }

  std::vector<Operand> args(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    expr(args[i], e->args[i]);
    if (args[i].invalid()) {
      for (size_t j = i + 1; j < nargs; ++j) {
        Operand y;
        expr(y, e->args[j]);
      }
      return fail();
    }
  }

  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Operand& a = args[0];
      const Type* u = a.type->underlying();
      bool ok = false;
      if (is_string(u) && id == BuiltinId::Len) {
        ok = true;
        if (a.mode == Mode::Constant) {
          x.mode = Mode::Constant;
          x.type = basic(BasicKind::Int);
          x.val = cp_.make_int((int64_t)a.val->string_val().size());
          return ExprKind::Expression;
        }
      } else if (u->kind == TypeKind::Chan) {
        ok = true;
      } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Array || u->kind == TypeKind::Map) {
        not_supported(e->pos, name + " of " + tstr(a.type));
        return fail();
      }
      if (!ok) {
        error(a.expr->pos, "invalid argument: " + operand_string(a) + " for built-in " + name);
        return fail();
      }
      x.mode = Mode::Value;
      x.type = basic(BasicKind::Int);
      x.val = nullptr;
      return ExprKind::Expression;
    }
    case BuiltinId::Close: {
      Operand& a = args[0];
      const Type* u = a.type->underlying();
      if (u->kind != TypeKind::Chan) {
        error(a.expr->pos, "invalid operation: cannot close non-channel " + operand_string(a));
        return fail();
      }
      if (static_cast<const ChanTy*>(u)->dir == ChanDir::Recv) {
        error(a.expr->pos, "invalid operation: cannot close receive-only channel " + operand_string(a));
        return fail();
      }
      x.mode = Mode::NoValue;
      x.type = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Panic: {
      assignment(args[0], ctx_.empty_interface(), "argument to panic");
      if (args[0].invalid()) return fail();
      x.mode = Mode::NoValue;
      x.type = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (auto& a : args) {
        assignment(a, nullptr, "argument to built-in " + name);
        if (a.invalid()) return fail();
      }
      x.mode = Mode::NoValue;
      x.type = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Max:
    case BuiltinId::Min: {
      auto ordered = [](const Type* t) { return is_integer(t) || is_float(t) || is_string(t); };
      Operand r = args[0];
      for (size_t i = 0; i < nargs; ++i) {
        Operand& a = args[i];
        if (!ordered(a.type)) {
          error(a.expr->pos, "invalid argument: " + operand_string(a) + " cannot be ordered");
          return fail();
        }
        if (i == 0) continue;
        match_types(r, a);
        if (r.invalid()) return fail();
        if (!identical(r.type, a.type)) {
          error(a.expr->pos, "invalid argument: mismatched types " + tstr(r.type) +
                                 " (previous argument) and " + tstr(a.type) + " (type of " +
                                 expr_string(a.expr) + ")");
          return fail();
        }
        if (r.mode == Mode::Constant && a.mode == Mode::Constant) {
          bool take = cp_.compare(id == BuiltinId::Max ? Tok::Gtr : Tok::Lss, a.val, r.val);
          if (take) r.val = a.val;
        } else {
          r.mode = Mode::Value;
          r.val = nullptr;
        }
      }
      x.mode = r.mode == Mode::Constant ? Mode::Constant : Mode::Value;
      x.type = r.type;
      x.val = r.val;
      if (x.mode != Mode::Constant)
        for (auto& a : args) update_expr_type(a.expr, default_type(x.type), true);
      if (x.mode != Mode::Constant) x.type = default_type(x.type);
      // A non-constant min/max with untyped operands only is impossible;
      // the result of a mixed call has the typed operand's type.
      return ExprKind::Expression;
    }
    default:
      break;
  }
  not_supported(e->pos, "built-in " + name);
  return fail();
}

}  // namespace csp
