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
      error(call->pos, "cannot use ... in call to non-variadic " + expr_string(call->fun));
      return;
    }
    // f(a, b, s...): the last argument is passed as the []T parameter itself.
    if (nargs != npars) {
      std::vector<const Type*> have;
      for (auto& a : args) have.push_back(a.type);
      bool too_few = nargs < npars;
      Pos at = too_few ? call->rparen : args[npars].expr->pos;
      error(at, std::string(too_few ? "not enough" : "too many") + " arguments in call to " +
                    expr_string(call->fun),
            "have " + types_summary(have, false) + "\n\twant " + types_summary(sig->params, sig->variadic));
      return;
    }
    std::string context = "argument to " + expr_string(call->fun);
    for (size_t i = 0; i < nargs; ++i) assignment(args[i], sig->params[i], context);
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
  if (e->has_ellipsis() && id != BuiltinId::Append) {
    error(e->ellipsis, "invalid operation: invalid use of ... with built-in " + name);
    use(e->args);
    return fail();
  }
  size_t nargs = e->args.size();
  size_t want = 1;
  bool variadic = false;
  switch (id) {
    case BuiltinId::Make: case BuiltinId::Max: case BuiltinId::Min: case BuiltinId::Append:
      variadic = true;
      break;
    case BuiltinId::Print: case BuiltinId::Println: want = 0, variadic = true; break;
    case BuiltinId::Recover: want = 0; break;
    case BuiltinId::Copy: case BuiltinId::Delete: case BuiltinId::Complex: want = 2; break;
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
  auto rest = [&](size_t from) {
    if (from < e->args.size()) use(std::vector<Expr*>(e->args.begin() + from, e->args.end()));
  };

  if (id == BuiltinId::Make || id == BuiltinId::New) {
    Operand t;
    expr_or_type(t, e->args[0]);
    if (t.invalid()) {
      rest(1);
      return fail();
    }
    if (t.mode != Mode::TypeExpr) {
      error(e->args[0]->pos, expr_string(e->args[0]) + " is not a type");
      rest(1);
      return fail();
    }
    if (id == BuiltinId::New) {
      x.mode = Mode::Value;
      x.type = ctx_.pointer(t.type);
      x.val = nullptr;
      return ExprKind::Expression;
    }
    size_t min = 1;
    switch (t.type->underlying()->kind) {
      case TypeKind::Chan: case TypeKind::Map: min = 1; break;
      case TypeKind::Slice: min = 2; break;
      default:
        error(e->args[0]->pos, "invalid argument: cannot make " + expr_string(e->args[0]) +
                                   "; type must be slice, map, or channel");
        rest(1);
        return fail();
    }
    if (nargs < min || nargs > min + 1) {
      error(e->pos, "invalid operation: " + expr_string(e) + " expects " + std::to_string(min) +
                        " or " + std::to_string(min + 1) + " arguments; found " +
                        std::to_string(nargs));
      rest(1);
      return fail();
    }
    // Bad sizes are reported but, as in types2, the result is still a T.
    int64_t sizes[2] = {-1, -1};
    for (size_t i = 1; i < nargs; ++i) index_value(e->args[i], -1, &sizes[i - 1]);
    if (nargs == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
      error(e->args[1]->pos, "invalid argument: length and capacity swapped");
    x.mode = Mode::Value;
    x.type = t.type;
    x.val = nullptr;
    return ExprKind::Expression;
  }

  if (id == BuiltinId::Recover) {
    x.mode = Mode::Value;
    x.type = ctx_.empty_interface();
    x.val = nullptr;
    return ExprKind::Statement;
  }

  if (id == BuiltinId::Append) {
    Operand s;
    expr(s, e->args[0]);
    if (s.invalid()) {
      rest(1);
      return fail();
    }
    const Type* st = s.type;
    if (st->underlying()->kind != TypeKind::Slice) {
      std::string cause = s.type == basic(BasicKind::UntypedNil) ? "have untyped nil"
                                                                 : "have " + operand_string(s);
      error(s.expr->pos, "first argument to append must be a slice; " + cause);
      rest(1);
      return fail();
    }
    const Type* elem = static_cast<const SliceType*>(st->underlying())->elem;
    if (nargs == 2 && e->has_ellipsis()) {
      Operand y;
      expr(y, e->args[1]);
      if (y.invalid()) return fail();
      Operand sb = s;
      if (is_string(y.type) && assignable(sb, ctx_.slice(byte_type()), nullptr)) {
        // append([]byte, string...): appends the string's bytes.
        if (is_untyped(y.type)) convert_untyped(y, basic(BasicKind::String));
        x.mode = Mode::Value;
        x.type = st;
        x.val = nullptr;
        return ExprKind::Expression;
      }
      assignment(y, st->underlying() == st ? st : ctx_.slice(elem), "argument to append");
      if (y.invalid()) return fail();
      x.mode = Mode::Value;
      x.type = st;
      x.val = nullptr;
      return ExprKind::Expression;
    }
    if (e->has_ellipsis()) {
      error(e->ellipsis, "can only use ... with final argument in list");
      rest(1);
      return fail();
    }
    bool ok = true;
    for (size_t i = 1; i < nargs; ++i) {
      Operand y;
      expr(y, e->args[i]);
      if (y.invalid()) {
        ok = false;
        continue;
      }
      assignment(y, elem, "argument to append");
      if (y.invalid()) ok = false;
    }
    if (!ok) return fail();
    x.mode = Mode::Value;
    x.type = st;
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
      if (u->kind == TypeKind::Pointer &&
          static_cast<const PointerType*>(u)->elem->underlying()->kind == TypeKind::Array)
        u = static_cast<const PointerType*>(u)->elem->underlying();
      bool ok = false;
      if (is_string(u) && id == BuiltinId::Len) {
        ok = true;
        if (a.mode == Mode::Constant) {
          x.mode = Mode::Constant;
          x.type = basic(BasicKind::Int);
          x.val = cp_.make_int((int64_t)a.val->string_val().size());
          return ExprKind::Expression;
        }
        if (is_untyped(a.type)) convert_untyped(a, basic(BasicKind::String));
      } else if (u->kind == TypeKind::Array) {
        if (!has_call_or_recv(a.expr)) {
          x.mode = Mode::Constant;
          x.type = basic(BasicKind::Int);
          x.val = cp_.make_int(static_cast<const ArrayTy*>(u)->len);
          return ExprKind::Expression;
        }
        ok = true;
      } else if (u->kind == TypeKind::Chan || u->kind == TypeKind::Slice) {
        ok = true;
      } else if (u->kind == TypeKind::Map && id == BuiltinId::Len) {
        ok = true;
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
    case BuiltinId::Clear: {
      Operand& a = args[0];
      auto k = a.type->underlying()->kind;
      if (k != TypeKind::Map && k != TypeKind::Slice) {
        error(a.expr->pos, "invalid argument: " + operand_string(a) +
                               " must be a map or slice");
        return fail();
      }
      x.mode = Mode::NoValue;
      x.type = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Copy: {
      Operand& d = args[0];
      Operand& sr = args[1];
      const Type* du = d.type->underlying();
      const Type* su = sr.type->underlying();
      const Type* selem = nullptr;
      if (is_string(su)) selem = byte_type();
      else if (su->kind == TypeKind::Slice) selem = static_cast<const SliceType*>(su)->elem;
      if (du->kind != TypeKind::Slice || !selem) {
        error(d.expr->pos, "invalid argument: copy expects slice arguments; found " +
                               operand_string(d) + " and " + operand_string(sr));
        return fail();
      }
      const Type* delem = static_cast<const SliceType*>(du)->elem;
      if (!identical(delem, selem)) {
        error(d.expr->pos, "invalid argument: arguments to copy " + operand_string(d) + " and " +
                               operand_string(sr) + " have different element types " +
                               tstr(delem) + " and " + tstr(selem));
        return fail();
      }
      if (is_untyped(sr.type)) convert_untyped(sr, basic(BasicKind::String));
      x.mode = Mode::Value;
      x.type = basic(BasicKind::Int);
      x.val = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Delete: {
      Operand& m = args[0];
      if (m.type->underlying()->kind != TypeKind::Map) {
        error(m.expr->pos, "invalid argument: " + operand_string(m) + " is not a map");
        return fail();
      }
      assignment(args[1], static_cast<const MapTy*>(m.type->underlying())->key,
                 "argument to delete");
      if (args[1].invalid()) return fail();
      x.mode = Mode::NoValue;
      x.type = nullptr;
      return ExprKind::Statement;
    }
    case BuiltinId::Complex: {
      Operand& a = args[0];
      Operand& b = args[1];
      bool ua = is_untyped(a.type), ub = is_untyped(b.type);
      if (ua && !ub) convert_untyped(a, b.type);
      else if (ub && !ua) convert_untyped(b, a.type);
      else if (ua && ub) {
        if (a.mode == Mode::Constant && b.mode == Mode::Constant) {
          auto to_float = [&](Operand& o) {
            if (is_numeric(o.type) && cp_.imag(o.val)->sign() == 0)
              o.type = basic(BasicKind::UntypedFloat);
          };
          to_float(a);
          to_float(b);
        } else {
          convert_untyped(a, basic(BasicKind::Float64));
          convert_untyped(b, basic(BasicKind::Float64));
        }
      }
      if (a.invalid() || b.invalid()) return fail();
      if (!identical(a.type, b.type)) {
        error(a.expr->pos, "invalid operation: " + expr_string(e) + " (mismatched types " +
                               tstr(a.type) + " and " + tstr(b.type) + ")");
        return fail();
      }
      const Type* res = nullptr;
      if (auto* bt = as_basic(a.type)) {
        if (bt->bkind == BasicKind::Float32) res = basic(BasicKind::Complex64);
        else if (bt->bkind == BasicKind::Float64) res = basic(BasicKind::Complex128);
        else if (bt->bkind == BasicKind::UntypedFloat) res = basic(BasicKind::UntypedComplex);
      }
      if (!res) {
        error(a.expr->pos, "invalid argument: arguments have type " + tstr(a.type) +
                               ", expected floating-point");
        return fail();
      }
      if (a.mode == Mode::Constant && b.mode == Mode::Constant) {
        x.mode = Mode::Constant;
        x.val = cp_.make_complex(cp_.to_float(a.val), cp_.to_float(b.val));
        // Constant operands keep their untyped kind inside the call.
      } else {
        x.mode = Mode::Value;
        x.val = nullptr;
      }
      x.type = res;
      if (x.mode == Mode::Constant && !is_untyped(res)) {
        if (!check_overflow(x, Tok::Add)) return fail();
      }
      return ExprKind::Expression;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      Operand& a = args[0];
      if (is_untyped(a.type)) {
        if (a.mode == Mode::Constant) {
          if (is_numeric(a.type)) a.type = basic(BasicKind::UntypedComplex);
        } else {
          convert_untyped(a, basic(BasicKind::Complex128));
          if (a.invalid()) return fail();
        }
      }
      const Type* res = nullptr;
      if (auto* bt = as_basic(a.type)) {
        if (bt->bkind == BasicKind::Complex64) res = basic(BasicKind::Float32);
        else if (bt->bkind == BasicKind::Complex128) res = basic(BasicKind::Float64);
        else if (bt->bkind == BasicKind::UntypedComplex) res = basic(BasicKind::UntypedFloat);
      }
      if (!res) {
        error(a.expr->pos, "invalid argument: argument has type " + tstr(a.type) +
                               ", expected complex type");
        return fail();
      }
      if (a.mode == Mode::Constant) {
        x.mode = Mode::Constant;
        x.val = id == BuiltinId::Real ? cp_.real(a.val) : cp_.imag(a.val);
        if (is_untyped(res)) x.val = cp_.to_float(x.val);
      } else {
        x.mode = Mode::Value;
        x.val = nullptr;
      }
      x.type = res;
      if (x.mode == Mode::Constant && !is_untyped(res)) {
        const Constant* r;
        if (representable(x.val, as_basic(res), &r) == ConvCode::Ok) x.val = r;
      }
      return ExprKind::Expression;
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
  error(e->pos, "unexpected built-in " + name);
  return fail();
}

}  // namespace csp
