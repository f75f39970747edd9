// The type checker's public interface.
//
// check_package resolves names, computes types and constant values and
// annotates the AST in place (Expr::type, Expr::cval, Expr::is_type,
// Ident::obj), after go/types. On return every value expression's `type` is
// its final type after implicit conversion (an untyped constant passed to an
// int parameter has type int; one passed to an `any` parameter has its
// default type), except:
//   - subexpressions of a constant expression (only the outermost cval
//     matters; inner nodes may keep untyped types),
//   - the literal `nil`, whose type stays "untyped nil" (the target type
//     tells the compiler which zero value to make).
// Constant expressions carry `cval`, already converted to (and, for floats,
// rounded to) their final type.
//
// Per-node results for the compiler (besides type/cval/obj):
//   - CompositeLit: lit_type = the literal's type T (also when elided in a
//     nested literal); implicit_addr = an elided element of a []*T / map
//     [..]*T literal, meaning &T{...} (Expr::type is then *T); indices[i] =
//     element i's array/slice index or struct field index (-1 in maps);
//     length = array length, or the number of elements a slice literal
//     makes (max index + 1). KeyValueExpr elements carry the value's type;
//     a struct key Ident's obj is the field's Var.
//   - SelectorExpr::selection (types.hpp Selection): kind PkgMember, Field,
//     MethodValue, MethodExpr or IfaceMethod; `path` = field indices from
//     x's struct type (through embedded fields) to the field, or to the
//     embedded value holding the method; deref[i] = the value is a pointer
//     and is dereferenced before applying path[i]; recv_addr / recv_deref =
//     the method's receiver needs & / * after following path; iface_index
//     for interface methods; recv = the receiver type of a method
//     expression (whose Expr::type is func(recv, params...)). sel->obj is
//     the field Var or method Func.
//   - IndexExpr::comma_ok / TypeAssertExpr::comma_ok: used as `v, ok`
//     (in :=, =, and var declarations, local or package-level).
//   - TypeAssertExpr x.(T): Expr::type = T (the value's type, also when
//     comma_ok; ok is an untyped bool whose final type is the target's);
//     x is an interface (x->type). When T is an interface the assertion
//     checks that the dynamic type implements T; otherwise that the dynamic
//     type is identical to T.
//   - TypeSwitchStmt: the guard's TypeAssertExpr (type_expr == nullptr) and
//     the guard expression have Expr::type = the switched interface type
//     (same as the assert's x->type). Each CaseClause's `list` holds type
//     expressions (is_type set, Expr::type = the case's type, unlike
//     other type expressions; Ident::obj the TypeName) or the Ident `nil` (obj = the
//     universe's Nil object) for `case nil`. With `x := y.(type)`,
//     CaseClause::implicit_obj is that clause's own Var x (its `owner`,
//     `captured` and `slot` work like any local's): its type is the case's
//     type when the clause lists exactly one type (not nil), else y's
//     interface type. Uses of x inside the clause resolve (Ident::obj) to
//     that Var; the guard's lhs Ident has obj == nullptr. A clause whose
//     variable has an interface type gets the value converted/copied as an
//     interface; otherwise as the unboxed T.
//   - DeferStmt / GoStmt: `call` is a checked CallExpr that may stand as a
//     statement (a function or method call, or a builtin allowed in
//     statement context: recover, panic, print, println, copy, close,
//     delete, clear); its results are discarded. `defer recover()` is
//     valid (and recovers nothing, as in Go, since recover is not called
//     directly by the deferred function).
//   - Labels: a LabeledStmt's label Ident has obj = its Label (types.hpp;
//     Label::stmt = the LabeledStmt). The label Ident of every labeled
//     break, continue and goto has obj = the target Label; gotos are
//     checked (no jumps into blocks or forward over variable
//     declarations), so the compiler may jump to the label's statement
//     directly. A labeled break/continue targets Label::stmt->stmt (a
//     for, range, switch, type switch or select).
//   - Package initialization: Package::var_init_order lists the var specs
//     in Go's order (dependencies followed through function and method
//     bodies, including method values/calls x.M and method expressions
//     T.M). `func init()` may appear several times; each is a Func in
//     Package::funcs (FuncDecl name "init", in source order) but is not
//     declared in any scope, so nothing can refer to it. Run all vars
//     first, then the init funcs in source order, then main.
//   - RangeStmt::key_type / value_type: iteration value types (range over
//     a string: int and rune; a pointer to an array ranges over the array).
//   - Conversions: a CallExpr whose fun->is_type; from = args[0]->type,
//     to = the call's type. Implicit conversions (to interfaces, untyped
//     nil): the target is the context's type (variable, parameter, field,
//     element, result); the value's Expr::type stays the source type.
//   - Calls: CallExpr::has_ellipsis() with a variadic signature means the
//     last argument is the []T itself; otherwise the trailing arguments
//     are packed into a new []T. append(b, s...) with s a string appends
//     its bytes (args[1]->type is a string type).
//   - len/cap of an array (or pointer to array) without calls or receives
//     inside is a constant (cval set), as in Go.
//
// The checker never throws; errors go to the Diagnostics sink, and an
// erroneous expression gets the Invalid type so that no follow-on errors
// are reported for it.
#pragma once

#include <string>
#include <vector>

#include "lang/ast.hpp"
#include "lang/diagnostics.hpp"
#include "lang/types.hpp"

namespace csp {

// Resolves import paths to checked packages.
class Importer {
 public:
  virtual ~Importer() = default;
  // nullptr when the path is unknown.
  virtual Package* import(const std::string& path) = 0;
};

// Checks `files` into `pkg`. Creates pkg.scope (parent: the universe) when
// it is null; otherwise declares into the existing scope, so a REPL can
// check one input after another into one package. Returns true when no
// error was reported.
bool check_package(TypeContext& ctx, Package& pkg, const std::vector<File*>& files,
                   Importer& imp, Diagnostics& diags);

}  // namespace csp
