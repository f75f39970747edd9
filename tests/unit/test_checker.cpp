// Unit tests of the type checker: types and constant values recorded on
// expressions, untyped-constant finalization, closures' free variables,
// initialization order, script mode, and exact constant arithmetic.
#include <doctest/doctest.h>

#include <cmath>
#include <memory>

#include "lang/check.hpp"
#include "lang/importer.hpp"
#include "lang/parser.hpp"

using namespace csp;

namespace {

struct Checked {
  TypeContext ctx;
  StdImporter imp{ctx};
  AstArena arena;
  Diagnostics diags;
  Package pkg;
  File* file = nullptr;
  bool ok = false;
  explicit Checked(const std::string& src) {
    file = parse_file(arena, "t.go", src, diags);
    REQUIRE(!diags.has_errors());
    ok = check_package(ctx, pkg, {file}, imp, diags);
  }
  std::string errors() const {
    std::string s;
    for (auto& d : diags.list()) s += d.message + "\n";
    return s;
  }
  // The rhs of the script's n-th statement (an AssignStmt).
  Expr* rhs(size_t n) {
    auto* a = as<AssignStmt>(file->stmts.at(n));
    REQUIRE(a);
    return a->rhs.at(0);
  }
};

std::string tstr(const Expr* e) { return e && e->type ? type_string(e->type) : "<none>"; }

}  // namespace

TEST_CASE("checker: untyped constants get their final types") {
  Checked c(
      "var f float64 = 1 << 3\n"
      "x := 1 + 2\n"
      "y := 'a'\n"
      "z := 7.0 / 2\n"
      "s := \"ab\" + \"c\"\n"
      "n := len(\"héllo\")\n"
      "var i int = 3\n"
      "b := i < 2\n"
      "g := f + 1\n"
      "println(f, x, y, z, s, n, b, g)\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  CHECK(tstr(c.rhs(0)) == "int");
  CHECK(c.rhs(0)->cval->int64_val() == 3);
  CHECK(tstr(c.rhs(1)) == "rune");
  CHECK(c.rhs(1)->cval->int64_val() == 97);
  CHECK(tstr(c.rhs(2)) == "float64");
  CHECK(c.rhs(2)->cval->float64_val() == 3.5);
  CHECK(tstr(c.rhs(3)) == "string");
  CHECK(c.rhs(3)->cval->string_val() == "abc");
  CHECK(tstr(c.rhs(4)) == "int");
  CHECK(c.rhs(4)->cval->int64_val() == 6);
  CHECK(tstr(c.rhs(5)) == "bool");
  CHECK(c.rhs(5)->cval == nullptr);
  auto* cmp = as<BinaryExpr>(c.rhs(5));
  REQUIRE(cmp);
  CHECK(tstr(cmp->y) == "int");  // the constant operand took i's type
  auto* add = as<BinaryExpr>(c.rhs(6));
  REQUIRE(add);
  CHECK(tstr(add->y) == "float64");
  CHECK(add->y->cval->float64_val() == 1.0);
  // the package-level var declared in the script
  Object* f = c.pkg.scope->lookup_local("f");
  REQUIRE(f);
  CHECK(type_string(f->type) == "float64");
  // top-level := variables of a script are package-level
  auto* x = static_cast<Var*>(c.pkg.scope->lookup_local("x"));
  REQUIRE(x);
  CHECK(x->is_global());
}

TEST_CASE("checker: exact constant arithmetic and correct rounding") {
  Checked c(
      "const big = 1 << 100\n"
      "const third = 1.0 / 3\n"
      "x := big >> 98\n"
      "y := third * 3\n"
      "z := 0.1 + 0.2\n"
      "w := 1e308 * 10 / 10\n"
      "h := 0x1p-1074\n"
      "println(x, y, z, w, h)\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  CHECK(c.rhs(0)->cval->int64_val() == 4);
  CHECK(c.rhs(1)->cval->float64_val() == 1.0);
  CHECK(c.rhs(2)->cval->float64_val() == 0.3);  // exact 3/10, rounded once (Go prints 0.3)
  CHECK(c.rhs(3)->cval->float64_val() == 1e308);
  CHECK(c.rhs(4)->cval->float64_val() == std::ldexp(1.0, -1074));
  auto* b = static_cast<Const*>(c.pkg.scope->lookup_local("big"));
  REQUIRE(b);
  CHECK(b->value->to_string() == "1267650600228229401496703205376");
}

TEST_CASE("checker: iota and implicit repetition") {
  Checked c(
      "package main\n"
      "const (\n  A = iota * 10\n  B\n  C\n  _\n  E\n)\n"
      "const (\n  X, Y = iota, -iota\n  Z, W\n)\n"
      "func main() {}\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  auto val = [&](const char* n) {
    return static_cast<Const*>(c.pkg.scope->lookup_local(n))->value->int64_val();
  };
  CHECK(val("A") == 0);
  CHECK(val("B") == 10);
  CHECK(val("C") == 20);
  CHECK(val("E") == 40);
  CHECK(val("Z") == 1);
  CHECK(val("W") == -1);
}

TEST_CASE("checker: closures record free variables in first-use order") {
  Checked c(
      "package main\n"
      "func main() {\n"
      "  a, b := 1, 2\n"
      "  f := func() int {\n"
      "    g := func() int { return b + a }\n"
      "    return g()\n"
      "  }\n"
      "  println(f())\n"
      "}\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  std::vector<const FuncInfo*> lits;
  for (auto& [node, info] : c.pkg.func_info)
    if (node->kind == NodeKind::FuncLit) lits.push_back(&info);
  REQUIRE(lits.size() == 2);
  for (auto* info : lits) {
    REQUIRE(info->free_vars.size() == 2);
    CHECK(info->free_vars[0]->name == "b");
    CHECK(info->free_vars[1]->name == "a");
    CHECK(info->free_vars[0]->captured);
  }
}

TEST_CASE("checker: package variable initialization order follows dependencies") {
  Checked c(
      "package main\n"
      "var a = b + f()\n"
      "var b = 1\n"
      "var c = 2\n"
      "func f() int { return c }\n"
      "func main() { println(a) }\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  REQUIRE(c.pkg.var_init_order.size() == 3);
  CHECK(c.pkg.var_init_order[0]->names[0]->name == "b");
  CHECK(c.pkg.var_init_order[1]->names[0]->name == "c");
  CHECK(c.pkg.var_init_order[2]->names[0]->name == "a");
  CHECK(c.pkg.funcs.size() == 2);
}

TEST_CASE("checker: natives, any and multi-value calls") {
  Checked c(
      "package main\n"
      "import \"fmt\"\n"
      "func two() (int, string) { return 1, \"x\" }\n"
      "func main() {\n"
      "  n, err := fmt.Println(two())\n"
      "  fmt.Println(n, err == nil, 1.5)\n"
      "  ch := make(chan int, 1)\n"
      "  ch <- 1\n"
      "  v, ok := <-ch\n"
      "  for i := range 3 { _ = i }\n"
      "  println(v, ok)\n"
      "}\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  auto* fmt = static_cast<PkgName*>(c.file->imports.empty() ? nullptr : c.pkg.scope->lookup("fmt"));
  (void)fmt;
  auto* main = static_cast<FuncDecl*>(c.file->decls.back());
  auto* call = as<ExprStmt>(main->body->list[1]);
  REQUIRE(call);
  auto* ce = as<CallExpr>(call->x);
  REQUIRE(ce);
  CHECK(tstr(ce->args[2]) == "float64");  // untyped constant passed to ...any
  auto* sel = as<SelectorExpr>(ce->fun);
  REQUIRE(sel);
  auto* fn = static_cast<Func*>(sel->sel->obj);
  REQUIRE(fn);
  CHECK(fn->is_native());
  CHECK(type_string(fn->type) == "func(...any) (int, error)");
}

TEST_CASE("checker: errors are reported with Go's wording") {
  Checked c(
      "package main\n"
      "func main() {\n"
      "  x := 1\n"
      "  var s string = x\n"
      "  y := 2\n"
      "  prnitln(s)\n"
      "}\n");
  CHECK(!c.ok);
  auto& l = c.diags.list();
  REQUIRE(l.size() == 3);
  CHECK(l[0].message == "cannot use x (variable of type int) as string value in variable declaration");
  CHECK(l[1].message == "undefined: prnitln");
  CHECK(l[1].hint == "did you mean println?");
  CHECK(l[2].message == "declared and not used: y");
}
