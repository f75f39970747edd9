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

TEST_CASE("checker: arrays, slices, strings and variadic calls") {
  Checked c(
      "func sum(xs ...int) int { t := 0; for _, x := range xs { t += x }; return t }\n"
      "var a [3]int\n"
      "b := [...]string{\"a\", \"b\", 5: \"z\"}\n"
      "s := []int{2: 5, 7}\n"
      "t := append(s, s...)\n"
      "bs := append([]byte(\"hi\"), \"there\"...)\n"
      "n := copy(bs, \"xy\")\n"
      "u := s[1:2:3]\n"
      "l := len(a)\n"
      "r := []rune(\"héllo\")\n"
      "g := [][]int{{1, 2}, {3}}\n"
      "w := sum(s...)\n"
      "v := a[:]\n"
      "for i, ch := range \"ab\" { _, _ = i, ch }\n"
      "println(b[0], t, n, u, l, r, g, w, v)\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  CHECK(tstr(c.rhs(0)) == "[6]string");
  auto* bl = as<CompositeLit>(c.rhs(0));
  REQUIRE(bl);
  CHECK(bl->length == 6);
  CHECK(bl->indices == std::vector<int64_t>{0, 1, 5});
  auto* sl = as<CompositeLit>(c.rhs(1));
  REQUIRE(sl);
  CHECK(tstr(sl) == "[]int");
  CHECK(sl->length == 4);
  CHECK(sl->indices == std::vector<int64_t>{2, 3});
  CHECK(tstr(c.rhs(2)) == "[]int");
  CHECK(tstr(c.rhs(3)) == "[]byte");
  CHECK(tstr(c.rhs(4)) == "int");
  CHECK(tstr(c.rhs(5)) == "[]int");
  CHECK(c.rhs(6)->cval->int64_val() == 3);
  CHECK(tstr(c.rhs(7)) == "[]rune");
  auto* gl = as<CompositeLit>(c.rhs(8));
  REQUIRE(gl);
  auto* inner = as<CompositeLit>(gl->elts[0]);
  REQUIRE(inner);
  CHECK(tstr(inner) == "[]int");
  CHECK(type_string(inner->lit_type) == "[]int");
  CHECK(tstr(c.rhs(9)) == "int");
  CHECK(as<CallExpr>(c.rhs(9))->has_ellipsis());
  CHECK(tstr(c.rhs(10)) == "[]int");
  auto* rs = as<RangeStmt>(c.file->stmts.at(11));
  REQUIRE(rs);
  CHECK(type_string(rs->key_type) == "int");
  CHECK(type_string(rs->value_type) == "rune");
}

TEST_CASE("checker: structs, pointers, field paths and maps") {
  Checked c(
      "var s struct { a int; b struct { c string } }\n"
      "p := &s\n"
      "x := p.b.c\n"
      "q := new(int)\n"
      "y := *q\n"
      "ps := []*struct{ x, y int }{{1, 2}, {y: 3}}\n"
      "m := map[string]int{\"a\": 1}\n"
      "v, ok := m[\"a\"]\n"
      "e := struct{ a, b int }{1, 2} == struct{ a, b int }{}\n"
      "println(x, y, ps, v, ok, e)\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  CHECK(tstr(c.rhs(0)) == "*struct{a int; b struct{c string}}");
  auto* sel = as<SelectorExpr>(c.rhs(1));
  REQUIRE(sel);
  REQUIRE(sel->selection);
  CHECK(sel->selection->kind == SelKind::Field);
  CHECK(sel->selection->path == std::vector<int>{0});
  auto* inner = as<SelectorExpr>(sel->x);
  REQUIRE(inner);
  CHECK(inner->selection->path == std::vector<int>{1});
  CHECK(inner->selection->deref == std::vector<bool>{true});
  CHECK(tstr(c.rhs(2)) == "*int");
  CHECK(tstr(c.rhs(3)) == "int");
  auto* lit = as<CompositeLit>(c.rhs(4));
  REQUIRE(lit);
  auto* e0 = as<CompositeLit>(lit->elts[0]);
  REQUIRE(e0);
  CHECK(e0->implicit_addr);
  CHECK(tstr(e0) == "*struct{x int; y int}");
  CHECK(type_string(e0->lit_type) == "struct{x int; y int}");
  auto* e1 = as<CompositeLit>(lit->elts[1]);
  REQUIRE(e1);
  CHECK(e1->indices == std::vector<int64_t>{1});
  CHECK(tstr(c.rhs(5)) == "map[string]int");
  auto* ix = as<IndexExpr>(c.rhs(6));
  REQUIRE(ix);
  CHECK(ix->comma_ok);
  CHECK(tstr(c.rhs(7)) == "bool");
}

TEST_CASE("checker: named types, methods, embedding and interfaces") {
  Checked c(
      "type Base struct{ name string }\n"
      "func (b Base) Name() string { return b.name }\n"
      "type Node struct{ next *Node; v int }\n"
      "func (n *Node) Sum() int { if n == nil { return 0 }; return n.v + n.next.Sum() }\n"
      "type Dog struct { *Base; Node }\n"
      "type Namer interface{ Name() string }\n"
      "d := Dog{Base: &Base{\"rex\"}}\n"
      "f := d.Name\n"
      "g := (*Node).Sum\n"
      "nm := Namer(d)\n"
      "s := d.Sum()\n"
      "h := nm.Name\n"
      "println(f(), g(nil), s, h())\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  auto* f = as<SelectorExpr>(c.rhs(1));
  REQUIRE(f);
  REQUIRE(f->selection);
  CHECK(f->selection->kind == SelKind::MethodValue);
  CHECK(f->selection->path == std::vector<int>{0});
  CHECK(f->selection->recv_deref);
  CHECK(tstr(f) == "func() string");
  auto* g = as<SelectorExpr>(c.rhs(2));
  REQUIRE(g);
  CHECK(g->selection->kind == SelKind::MethodExpr);
  CHECK(tstr(g) == "func(*Node) int");
  CHECK(tstr(c.rhs(3)) == "Namer");
  auto* s = as<CallExpr>(c.rhs(4));
  REQUIRE(s);
  auto* sf = as<SelectorExpr>(s->fun);
  REQUIRE(sf);
  CHECK(sf->selection->path == std::vector<int>{1});
  CHECK(sf->selection->recv_addr);
  auto* h = as<SelectorExpr>(c.rhs(5));
  REQUIRE(h);
  CHECK(h->selection->kind == SelKind::IfaceMethod);
  CHECK(h->selection->iface_index == 0);
}

TEST_CASE("checker: type assertions record the asserted type and comma-ok use") {
  Checked c(
      "type I interface{ M() }\n"
      "type P struct{}\n"
      "func (*P) M() {}\n"
      "var i I = &P{}\n"
      "p := i.(*P)\n"
      "q, ok := i.(*P)\n"
      "var e any = i\n"
      "var j, ok2 = e.(I)\n"
      "println(p, q, ok, j, ok2)\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  auto* p = as<TypeAssertExpr>(c.rhs(0));
  REQUIRE(p);
  CHECK(tstr(p) == "*P");
  CHECK(!p->comma_ok);
  auto* q = as<TypeAssertExpr>(c.rhs(1));
  REQUIRE(q);
  CHECK(tstr(q) == "*P");
  CHECK(q->comma_ok);
  TypeAssertExpr* j = nullptr;
  for (Decl* d : c.file->decls)
    if (auto* g = as<GenDecl>(d))
      for (Spec* sp : g->specs)
        if (auto* vs = as<ValueSpec>(sp); vs && vs->names.at(0)->name == "j")
          j = as<TypeAssertExpr>(vs->values.at(0));
  REQUIRE(j);
  CHECK(tstr(j) == "I");
  CHECK(j->comma_ok);
}

TEST_CASE("checker: type switches declare one implicit variable per clause") {
  Checked c(
      "func f(e any) int {\n"
      "  switch x := e.(type) {\n"
      "  case int:\n"
      "    return x\n"
      "  case string, bool:\n"
      "    _ = x\n"
      "  case nil:\n"
      "  default:\n"
      "  }\n"
      "  return 0\n"
      "}\n"
      "println(f(1))\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  FuncDecl* fd = nullptr;
  for (Decl* d : c.file->decls)
    if (auto* f = as<FuncDecl>(d)) fd = f;
  REQUIRE(fd);
  auto* ts = as<TypeSwitchStmt>(fd->body->list.at(0));
  REQUIRE(ts);
  std::vector<std::string> types;
  for (Stmt* s : ts->body->list) {
    auto* cc = as<CaseClause>(s);
    REQUIRE(cc);
    REQUIRE(cc->implicit_obj);
    types.push_back(type_string(cc->implicit_obj->type));
  }
  CHECK(types == std::vector<std::string>{"int", "any", "any", "any"});
  // The x in `return x` is the first clause's variable.
  auto* cc0 = as<CaseClause>(ts->body->list[0]);
  auto* ret = as<ReturnStmt>(cc0->body.at(0));
  REQUIRE(ret);
  auto* x = as<Ident>(ret->results.at(0));
  REQUIRE(x);
  CHECK(x->obj == cc0->implicit_obj);
}

TEST_CASE("checker: defer and goto resolve to their calls and labels") {
  Checked c(
      "func f() (n int) {\n"
      "  defer func() { if r := recover(); r != nil { n = 1 } }()\n"
      "  defer recover()\n"
      "  i := 0\n"
      "L:\n"
      "  i++\n"
      "  if i < 3 { goto L }\n"
      "  goto M\n"
      "M:\n"
      "  return i\n"
      "}\n"
      "println(f())\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  FuncDecl* fd = nullptr;
  for (Decl* d : c.file->decls)
    if (auto* f = as<FuncDecl>(d)) fd = f;
  REQUIRE(fd);
  auto* l = as<LabeledStmt>(fd->body->list.at(3));
  REQUIRE(l);
  auto* ifs = as<IfStmt>(fd->body->list.at(4));
  REQUIRE(ifs);
  auto* g = as<BranchStmt>(ifs->body->list.at(0));
  REQUIRE(g);
  REQUIRE(g->label->obj);
  CHECK(g->label->obj == l->label->obj);
  CHECK(static_cast<Label*>(g->label->obj)->stmt == l);
  auto* g2 = as<BranchStmt>(fd->body->list.at(5));
  REQUIRE(g2);
  REQUIRE(g2->label->obj);
  CHECK(static_cast<Label*>(g2->label->obj)->stmt == as<LabeledStmt>(fd->body->list.at(6)));
}

TEST_CASE("checker: initialization order follows method calls; init functions") {
  Checked c(
      "package main\n"
      "type T struct{}\n"
      "func (T) M() int { return b }\n"
      "var a = T{}.M()\n"
      "var b = 1\n"
      "func init() {}\n"
      "func init() { println(a) }\n"
      "func main() {}\n");
  REQUIRE_MESSAGE(c.ok, c.errors());
  REQUIRE(c.pkg.var_init_order.size() == 2);
  CHECK(c.pkg.var_init_order[0]->names[0]->name == "b");
  CHECK(c.pkg.var_init_order[1]->names[0]->name == "a");
  CHECK(c.pkg.scope->lookup_local("init") == nullptr);
}
