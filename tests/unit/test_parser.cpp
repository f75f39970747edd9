// Parser unit tests: AST shapes of the tricky constructs, script mode, gc's
// syntax error texts and recovery, the nesting limit, hostile input.
#include <doctest/doctest.h>

#include <string>

#include "lang/parser.hpp"

using namespace csp;

namespace {

struct Parsed {
  AstArena arena;
  Diagnostics diags;
  File* file = nullptr;
  std::string src;
};

void parse(const std::string& src, Parsed& p) {
  p.src = src;
  p.file = parse_file(p.arena, "t.go", p.src, p.diags);
  REQUIRE(p.file != nullptr);
}

std::string first_error(const std::string& src) {
  Parsed p;
  parse(src, p);
  return p.diags.count() ? p.diags.list()[0].message : "";
}

std::string errors_of(const std::string& src) {
  Parsed p;
  parse(src, p);
  std::string out;
  for (auto& d : p.diags.list())
    out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
  return out;
}

// The single statement of a script, which must parse cleanly.
Stmt* script_stmt(Parsed& p, const std::string& src) {
  parse(src, p);
  INFO(src);
  INFO(p.diags.render("t.go", p.src));
  REQUIRE(p.diags.count() == 0);
  REQUIRE(p.file->stmts.size() == 1);
  return p.file->stmts[0];
}

Expr* script_expr(Parsed& p, const std::string& src) {
  auto* es = as<ExprStmt>(script_stmt(p, src));
  REQUIRE(es != nullptr);
  return es->x;
}

}  // namespace

TEST_CASE("package file with imports and declarations") {
  Parsed p;
  parse(R"(package main

import "fmt"
import (
	"strings"
	s2 "sort"
	. "math"
	_ "os"
)

const (
	A = iota
	B
	C, D = 1, 2
)

type (
	T struct {
		a, b int
		*E
		pkg.F
		G `json:"g"`
	}
	Alias = T
)

var x, y int = 1, 2

func (t *T) M(a, b int, c ...string) (r int, err error) { return }

func main() {
	fmt.Println(x)
}
)",
        p);
  INFO(p.diags.render("t.go", p.src));
  REQUIRE(p.diags.count() == 0);
  File* f = p.file;
  CHECK_FALSE(f->is_script());
  CHECK(f->package_name->name == "main");
  CHECK(f->imports.size() == 2);
  REQUIRE(f->decls.size() == 7);
  auto* imports = as<GenDecl>(f->decls[1]);
  REQUIRE(imports->specs.size() == 4);
  CHECK(as<ImportSpec>(imports->specs[1])->name->name == "s2");
  CHECK(as<ImportSpec>(imports->specs[2])->name->name == ".");
  CHECK(as<ImportSpec>(imports->specs[3])->path->value == "\"os\"");

  auto* consts = as<GenDecl>(f->decls[2]);
  REQUIRE(consts->specs.size() == 3);
  auto* b = as<ValueSpec>(consts->specs[1]);
  CHECK(b->iota == 1);
  CHECK(b->values.empty());
  CHECK(b->type_expr == nullptr);
  CHECK(as<ValueSpec>(consts->specs[2])->iota == 2);
  CHECK(as<ValueSpec>(consts->specs[2])->names.size() == 2);

  auto* types = as<GenDecl>(f->decls[3]);
  auto* st = as<StructType>(as<TypeSpec>(types->specs[0])->type_expr);
  REQUIRE(st);
  REQUIRE(st->fields->list.size() == 4);
  CHECK(st->fields->list[0]->names.size() == 2);
  CHECK(st->fields->num_fields() == 5);
  CHECK(as<StarExpr>(st->fields->list[1]->type_expr));
  CHECK(st->fields->list[1]->names.empty());
  CHECK(as<SelectorExpr>(st->fields->list[2]->type_expr));
  REQUIRE(st->fields->list[3]->tag);
  CHECK(st->fields->list[3]->tag->value == "`json:\"g\"`");
  CHECK(as<TypeSpec>(types->specs[1])->alias);

  auto* m = as<FuncDecl>(f->decls[5]);
  REQUIRE(m->recv);
  CHECK(m->recv->num_fields() == 1);
  CHECK(m->ftype->params->list.size() == 2);
  CHECK(m->ftype->params->num_fields() == 3);
  CHECK(as<Ellipsis>(m->ftype->params->list[1]->type_expr));
  CHECK(m->ftype->results->num_fields() == 2);
}

TEST_CASE("parameter lists: named, unnamed, grouped") {
  Parsed p;
  parse("package p\nfunc f(int, string) (a, b int)\nfunc g(a, b int, c string)\n"
        "func h(x []int, y [3]int, m map[string]int, ch <-chan int, f func(int) bool)\n",
        p);
  REQUIRE(p.diags.count() == 0);
  auto* f = as<FuncDecl>(p.file->decls[0]);
  CHECK(f->body == nullptr);
  CHECK(f->ftype->params->list.size() == 2);
  CHECK(f->ftype->params->list[0]->names.empty());
  auto* g = as<FuncDecl>(p.file->decls[1]);
  REQUIRE(g->ftype->params->list.size() == 2);
  CHECK(g->ftype->params->list[0]->names.size() == 2);
  auto* h = as<FuncDecl>(p.file->decls[2]);
  CHECK(h->ftype->params->num_fields() == 5);
  CHECK(as<ChanType>(h->ftype->params->list[3]->type_expr)->dir == ChanDir::Recv);
  CHECK(errors_of("package p\nfunc f(a int, string) {}") ==
        "2:15: syntax error: mixed named and unnamed parameters\n");
}

TEST_CASE("composite literals and the header ambiguity") {
  Parsed p;
  // At statement level T{} is a composite literal...
  auto* c = as<CompositeLit>(as<AssignStmt>(script_stmt(p, "x := T{1, 2}"))->rhs[0]);
  REQUIRE(c);
  CHECK(c->elts.size() == 2);
  // ... but in an if header the brace opens the block.
  Parsed q;
  auto* i = as<IfStmt>(script_stmt(q, "if x == y {}"));
  REQUIRE(i);
  CHECK(as<BinaryExpr>(i->cond));
  Parsed r;
  auto* i2 = as<IfStmt>(script_stmt(r, "if x == (T{}) {}"));
  REQUIRE(i2);
  CHECK(as<ParenExpr>(as<BinaryExpr>(i2->cond)->y));
  Parsed t;
  CHECK(as<RangeStmt>(script_stmt(t, "for _, x := range []int{1, 2} { _ = x }")));
  // Elided element types, keys, nested literals.
  Parsed u;
  auto* m = as<CompositeLit>(
      script_expr(u, "map[string][]Point{\"a\": {{1, 2}, {X: 3}}, \"b\": nil}"));
  REQUIRE(m);
  REQUIRE(m->elts.size() == 2);
  auto* kv = as<KeyValueExpr>(m->elts[0]);
  REQUIRE(kv);
  auto* inner = as<CompositeLit>(kv->value);
  REQUIRE(inner);
  CHECK(inner->type_expr == nullptr);
  CHECK(as<CompositeLit>(inner->elts[0]));
  Parsed v;
  CHECK(as<CompositeLit>(script_expr(v, "[...]int{1, 2, 3}")));
  Parsed w;
  CHECK(as<CompositeLit>(script_expr(w, "struct{ a int }{1}")));
  // if x == T{} { } is the classic mistake: gc complains at the second brace.
  CHECK(first_error("if x == T{} {}") == "syntax error: unexpected { at end of statement");
}

TEST_CASE("channel types and receive") {
  Parsed p;
  parse("package p\nvar a chan<- chan int\nvar b <-chan <-chan int\nvar c chan (<-chan int)\n"
        "var d = <-ch\nvar e = (<-chan int)(nil)\n",
        p);
  REQUIRE(p.diags.count() == 0);
  auto type_of = [&](int i) { return as<ValueSpec>(as<GenDecl>(p.file->decls[i])->specs[0]); };
  auto* a = as<ChanType>(type_of(0)->type_expr);
  CHECK(a->dir == ChanDir::Send);
  CHECK(as<ChanType>(a->value)->dir == ChanDir::Both);
  auto* b = as<ChanType>(type_of(1)->type_expr);
  CHECK(b->dir == ChanDir::Recv);
  CHECK(as<ChanType>(b->value)->dir == ChanDir::Recv);
  auto* c = as<ChanType>(type_of(2)->type_expr);
  CHECK(as<ParenExpr>(c->value));
  auto* d = as<UnaryExpr>(type_of(3)->values[0]);
  REQUIRE(d);
  CHECK(d->op == Tok::Arrow);
  auto* e = as<CallExpr>(type_of(4)->values[0]);
  REQUIRE(e);
  auto* ct = as<ChanType>(as<ParenExpr>(e->fun)->x);
  REQUIRE(ct);
  CHECK(ct->dir == ChanDir::Recv);
}

TEST_CASE("statements") {
  Parsed p;
  auto* ts = as<TypeSwitchStmt>(script_stmt(p, R"(switch v := x.(type) {
case int, string:
case nil:
default:
})"));
  REQUIRE(ts);
  auto* as_ = as<AssignStmt>(ts->assign);
  REQUIRE(as_);
  CHECK(as<TypeAssertExpr>(as_->rhs[0])->type_expr == nullptr);
  CHECK(ts->body->list.size() == 3);
  CHECK(as<CaseClause>(ts->body->list[2])->is_default);

  Parsed q;
  CHECK(as<TypeSwitchStmt>(script_stmt(q, "switch y := 1; x.(type) {}")));
  Parsed r;
  auto* sw = as<SwitchStmt>(script_stmt(r, "switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\n}"));
  REQUIRE(sw);
  CHECK(sw->init);
  CHECK(as<Ident>(sw->tag));

  Parsed s;
  auto* sel = as<SelectStmt>(script_stmt(s, R"(select {
case v := <-ch:
	_ = v
case v, ok := <-ch:
case ch <- 1:
case <-done:
default:
})"));
  REQUIRE(sel);
  REQUIRE(sel->body->list.size() == 5);
  CHECK(as<AssignStmt>(as<CommClause>(sel->body->list[0])->comm));
  CHECK(as<AssignStmt>(as<CommClause>(sel->body->list[1])->comm)->lhs.size() == 2);
  CHECK(as<SendStmt>(as<CommClause>(sel->body->list[2])->comm));
  CHECK(as<ExprStmt>(as<CommClause>(sel->body->list[3])->comm));
  CHECK(as<CommClause>(sel->body->list[4])->comm == nullptr);

  Parsed t;
  auto* rs = as<RangeStmt>(script_stmt(t, "for range ch {}"));
  REQUIRE(rs);
  CHECK(rs->key == nullptr);
  CHECK(rs->tok == Tok::Illegal);
  Parsed u;
  auto* r10 = as<RangeStmt>(script_stmt(u, "for i := range 10 {}"));
  REQUIRE(r10);
  CHECK(r10->tok == Tok::Define);
  CHECK(as<BasicLit>(r10->x));
  Parsed v;
  auto* fs = as<ForStmt>(script_stmt(v, "for i := 0; i < 10; i++ {}"));
  REQUIRE(fs);
  CHECK(as<AssignStmt>(fs->init));
  CHECK(as<IncDecStmt>(fs->post));
  Parsed w;
  auto* forever = as<ForStmt>(script_stmt(w, "for {}"));
  REQUIRE(forever);
  CHECK(forever->cond == nullptr);

  Parsed x;
  auto* l = as<LabeledStmt>(script_stmt(x, "outer: for { break outer }"));
  REQUIRE(l);
  CHECK(l->label->name == "outer");
  CHECK(as<ForStmt>(l->stmt));

  Parsed y;
  auto* ifs = as<IfStmt>(script_stmt(y, "if x := f(); x > 0 {} else if y {} else {}"));
  REQUIRE(ifs);
  CHECK(ifs->init);
  CHECK(as<IfStmt>(ifs->else_));
  CHECK(as<BlockStmt>(as<IfStmt>(ifs->else_)->else_));

  Parsed z;
  auto* g = as<GoStmt>(script_stmt(z, "go func(x int) { x++ }(1)"));
  REQUIRE(g);
  CHECK(as<FuncLit>(g->call->fun));
  Parsed z2;
  CHECK(as<DeferStmt>(script_stmt(z2, "defer mu.Unlock()")));
  Parsed z3;
  auto* a = as<AssignStmt>(script_stmt(z3, "a, b[i], *p = 1, 2, 3"));
  REQUIRE(a);
  CHECK(a->lhs.size() == 3);
  Parsed z4;
  CHECK(as<AssignStmt>(script_stmt(z4, "x &^= 3"))->tok == Tok::AndNotAssign);
  Parsed z5;
  CHECK(as<SendStmt>(script_stmt(z5, "ch <- v")));
}

TEST_CASE("expressions") {
  Parsed p;
  auto* b = as<BinaryExpr>(script_expr(p, "a + b*c == d || e && !f"));
  REQUIRE(b);
  CHECK(b->op == Tok::LOr);
  CHECK(as<BinaryExpr>(b->x)->op == Tok::Eql);
  CHECK(expr_string(b) == "a + b * c == d || e && !f");
  Parsed q;
  auto* s = as<SliceExpr>(script_expr(q, "s[1:2:3]"));
  REQUIRE(s);
  CHECK(s->slice3);
  Parsed r;
  auto* s2 = as<SliceExpr>(script_expr(r, "s[:]"));
  REQUIRE(s2);
  CHECK(s2->low == nullptr);
  CHECK(s2->high == nullptr);
  Parsed t;
  auto* ix = as<IndexExpr>(script_expr(t, "f[int, string]"));
  REQUIRE(ix);
  CHECK(ix->indices.size() == 2);
  Parsed u;
  auto* call = as<CallExpr>(script_expr(u, "append(xs, ys...)"));
  REQUIRE(call);
  CHECK(call->has_ellipsis());
  Parsed v;
  auto* ta = as<TypeAssertExpr>(script_expr(v, "x.(fmt.Stringer)"));
  REQUIRE(ta);
  CHECK(as<SelectorExpr>(ta->type_expr));
  Parsed w;
  CHECK(as<CallExpr>(script_expr(w, "make([]int, 0, 10)")));
  Parsed x;
  auto* lit = as<CallExpr>(script_expr(x, "func(a int) int { return a }(1)"));
  REQUIRE(lit);
  CHECK(as<FuncLit>(lit->fun));
  Parsed y;
  CHECK(expr_string(script_expr(y, "(*T).M")) == "(*T).M");
  Parsed z;
  auto* conv = as<CallExpr>(script_expr(z, "[]byte(\"x\")"));
  REQUIRE(conv);
  CHECK(as<ArrayType>(conv->fun));
  Parsed z2;
  auto* it = as<CallExpr>(script_expr(z2, "interface{ M() int; io.Reader }(nil)"));
  REQUIRE(it);
  auto* ity = as<InterfaceType>(it->fun);
  REQUIRE(ity);
  CHECK(ity->methods->list[0]->names[0]->name == "M");
  CHECK(as<FuncType>(ity->methods->list[0]->type_expr));
  CHECK(ity->methods->list[1]->names.empty());
}

TEST_CASE("script mode") {
  Parsed p;
  parse(R"(import "fmt"

x := 1
func f() int { return x }
var y = 2
type T int
const C = 3
for i := 0; i < 3; i++ {
	fmt.Println(i)
}
fmt.Println(f())
)",
        p);
  REQUIRE(p.diags.count() == 0);
  CHECK(p.file->is_script());
  CHECK(p.file->imports.size() == 1);
  CHECK(p.file->decls.size() == 5);
  REQUIRE(p.file->stmts.size() == 3);
  CHECK(as<AssignStmt>(p.file->stmts[0]));
  CHECK(as<ForStmt>(p.file->stmts[1]));
  CHECK(as<ExprStmt>(p.file->stmts[2]));

  Parsed e;
  parse("", e);
  CHECK(e.diags.count() == 0);
  CHECK(e.file->is_script());
  CHECK(e.file->stmts.empty());

  Parsed c;
  parse("// just a comment\n", c);
  CHECK(c.diags.count() == 0);

  // A method declaration and a called function literal both start `func (`.
  Parsed m;
  parse("func (t T) M() {}\nfunc() { println() }()\ngo func() {}()\n", m);
  REQUIRE(m.diags.count() == 0);
  CHECK(m.file->decls.size() == 1);
  CHECK(m.file->stmts.size() == 2);

  CHECK(first_error("x := 1\nimport \"fmt\"\n") ==
        "syntax error: imports must appear before other declarations");
  CHECK(first_error("package main\nfunc f() {}\nimport \"fmt\"\n") ==
        "syntax error: imports must appear before other declarations");
}

TEST_CASE("generics are parsed far enough to be rejected") {
  Parsed p;
  parse("package p\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\n"
        "type List[T any] struct{ next *List[T] }\ntype A [N]int\ntype B [N * 2]int\n"
        "type C []int\n",
        p);
  REQUIRE(p.diags.count() == 0);
  CHECK(as<FuncDecl>(p.file->decls[0])->has_type_params);
  CHECK(as<TypeSpec>(as<GenDecl>(p.file->decls[1])->specs[0])->has_type_params);
  auto* a = as<TypeSpec>(as<GenDecl>(p.file->decls[2])->specs[0]);
  CHECK_FALSE(a->has_type_params);
  CHECK(as<ArrayType>(a->type_expr));
  auto* b = as<TypeSpec>(as<GenDecl>(p.file->decls[3])->specs[0]);
  CHECK(as<BinaryExpr>(as<ArrayType>(b->type_expr)->len));
}

TEST_CASE("syntax errors use gc's wording and positions") {
  CHECK(errors_of("package main\nfunc main() { f(a, b\n}") ==
        "2:21: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
  CHECK(errors_of("package main\nx := 1") ==
        "2:1: syntax error: non-declaration statement outside function body\n");
  CHECK(errors_of("package main\nfunc main() { if x }") ==
        "2:20: syntax error: unexpected }, expecting {\n");
  CHECK(errors_of("package main\nfunc main() { if x {} else for {} }") ==
        "2:28: syntax error: else must be followed by if or statement block\n");
  CHECK(errors_of("package main\nfunc main() { x := 1 y }") ==
        "2:22: syntax error: unexpected y at end of statement\n");
  CHECK(errors_of("package main\nfunc main() { if x := 0 { } }") ==
        "2:20: syntax error: cannot use x := 0 as value\n");
  CHECK(errors_of("package main\nfunc main() { var x int = }") ==
        "2:27: syntax error: unexpected }, expecting expression\n");
  CHECK(errors_of("package main\nvar x = 1 2") ==
        "2:11: syntax error: unexpected literal 2 after top level declaration\n");
  CHECK(errors_of("package main\nfunc main() { x := else }") ==
        "2:20: syntax error: unexpected else, expecting expression\n");
  CHECK(errors_of("package main\nfunc main() { a := [3]int{1,2\n3} }") ==
        "2:30: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
  CHECK(errors_of("package main\nfunc main() { go (f()) }") ==
        "2:18: expression in go must not be parenthesized\n");
  CHECK(errors_of("package main\nfunc main() { defer x }") ==
        "2:21: expression in defer must be function call\n");
  CHECK(first_error("x := y.(type)") == "syntax error: use of .(type) outside type switch");
  CHECK(first_error("for i := 0; i < 3; j := 1 {}") ==
        "syntax error: cannot declare in post statement of for loop");
  CHECK(first_error("if {}") == "syntax error: missing condition in if statement");
  CHECK(first_error("x := s[1::3]") == "middle index required in 3-index slice");
  CHECK(first_error("x := s[1:2:]") == "final index required in 3-index slice");
  CHECK(first_error("package main\nfunc main()\n{\n}") ==
        "syntax error: unexpected semicolon or newline before {");
  CHECK(first_error("package main\nfunc (a, b T) M() {}") ==
        "method has multiple receivers");
  CHECK(first_error("package main\nimport 42") == "syntax error: import path must be a string");
  CHECK(first_error("switch x { foo }") == "syntax error: unexpected foo, expecting case or default or }");
}

TEST_CASE("recovery reports several errors without cascades") {
  std::string errs = errors_of(R"(package main

func a() {
	x := 1 +
}

func b() {
	y := )
}

func c() {
	return 1 2
}
)");
  CHECK(errs ==
        "5:1: syntax error: unexpected }, expecting expression\n"
        "8:7: syntax error: unexpected ), expecting expression\n"
        "12:11: syntax error: unexpected literal 2 at end of statement\n");
}

TEST_CASE("nesting limit") {
  auto deep = [](const std::string& open, const std::string& mid, const std::string& close) {
    std::string s = "x := ";
    for (int i = 0; i < 100000; ++i) s += open;
    s += mid;
    for (int i = 0; i < 100000; ++i) s += close;
    return s;
  };
  for (std::string src : {deep("(", "1", ")"), deep("- ", "1", ""), deep("!", "x", ""),
                          deep("[]", "int{}", ""), deep("T{", "", "}"), deep("f(", "", ")"),
                          deep("", "a", "[0]"), deep("", "1", "+1"), deep("", "a", ".b"),
                          deep("func() int { return ", "1", "}()"), deep("*", "p", "")}) {
    Parsed p;
    parse(src, p);
    REQUIRE(p.diags.count() == 1);
    CHECK(p.diags.list()[0].message == "exceeded max nesting depth (1000)");
    CHECK(p.diags.list()[0].pos.line == 1);
  }
  std::string blocks = "package main\nfunc main() {\n";
  for (int i = 0; i < 100000; ++i) blocks += "{";
  for (int i = 0; i < 100000; ++i) blocks += "}";
  blocks += "\n}\n";
  CHECK(first_error(blocks) == "exceeded max nesting depth (1000)");
  // Moderate nesting is fine.
  Parsed ok;
  parse("x := " + std::string(200, '(') + "1" + std::string(200, ')'), ok);
  CHECK(ok.diags.count() == 0);
}

TEST_CASE("garbage input terminates with positioned errors") {
  uint32_t seed = 99;
  for (int round = 0; round < 300; ++round) {
    std::string src;
    int n = 1 + round * 7;
    for (int i = 0; i < n; ++i) {
      seed = seed * 1664525 + 1013904223;
      src += static_cast<char>(seed >> 24);
    }
    Parsed p;
    parse(src, p);
    for (auto& d : p.diags.list()) CHECK(d.pos.valid());
  }
  // Token soup made of Go's own punctuation and keywords.
  const char* bits[] = {"(", ")", "{", "}", "[", "]", ";", "\n", ",", ":=", "func", "if",
                        "else", "case", "type", ".(", "<-", "chan", "...", "range", "for",
                        "switch", "select", "default", ":", "x", "1", "package", "import",
                        "struct", "interface", "map", "*", "go", "defer", "=", "\"s\""};
  for (int round = 0; round < 500; ++round) {
    std::string src;
    for (int i = 0; i < 60; ++i) {
      seed = seed * 1664525 + 1013904223;
      src += bits[(seed >> 16) % (sizeof bits / sizeof *bits)];
      src += ' ';
    }
    Parsed p;
    parse(src, p);
  }
}
