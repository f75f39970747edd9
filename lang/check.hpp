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
