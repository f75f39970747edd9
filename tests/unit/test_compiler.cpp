// Compiler unit tests: the instructions chosen for typed operations, calls
// and control flow, read back through the disassembler.
#include <doctest/doctest.h>

#include <string>

#include "lang/check.hpp"
#include "lang/compiler.hpp"
#include "lang/importer.hpp"
#include "lang/parser.hpp"

namespace {

// Compiles a package-main source; returns the disassembly, or the
// diagnostics prefixed with "ERR:".
std::string compile(const std::string& src) {
  csp::TypeContext ctx;
  csp::StdImporter imp(ctx);
  csp::AstArena arena;
  csp::Diagnostics diags;
  csp::File* f = csp::parse_file(arena, "t.go", src, diags);
  if (diags.has_errors()) return "ERR:" + diags.render("t.go", src);
  csp::Package* pkg = ctx.make<csp::Package>();
  pkg->path = pkg->name = "main";
  if (!csp::check_package(ctx, *pkg, {f}, imp, diags)) return "ERR:" + diags.render("t.go", src);
  if (pkg->files.empty()) pkg->files.push_back(f);
  csp::Program prog;
  if (!csp::compile_package(prog, *pkg, diags)) return "ERR:" + diags.render("t.go", src);
  return csp::disassemble(prog, 0, src);
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("arithmetic instructions follow the operands' static types") {
  std::string d = compile(R"(package main
func f(a, b int, x, y float64, s, t string, u, v uint) (int, float64, string, uint) {
	return a + b, x * y, s + t, u / v
}
func main() { f(1, 2, 3, 4, "a", "b", 5, 6) }
)");
  CHECK(has(d, "AddI "));
  CHECK(has(d, "MulF "));
  CHECK(has(d, "Concat "));
  CHECK(has(d, "DivU "));
  CHECK_FALSE(has(d, "ERR:"));
}

TEST_CASE("complex arithmetic: complex64 results use the rounding forms") {
  std::string d = compile(
      "package main\nfunc f(a, b complex128, x, y complex64) (complex128, complex64, float32) {\n"
      "return a*b + a/b - a, x*y/x + complex(real(x), imag(y)), real(x)\n}\n"
      "func main() { f(1, 2i, complex(1, 1), 0) }\n");
  for (const char* op : {"MulC ", "DivC ", "AddC ", "SubC ", "MulC64 ", "DivC64 ", "RealC ", "ImagC ", "MakeC "})
    CHECK(has(d, op));
  CHECK_FALSE(has(d, "ERR:"));
}

TEST_CASE("sized integers are re-wrapped after arithmetic") {
  std::string d = compile("package main\nfunc f(a, b int8) int8 { return a * b }\nfunc main() { f(1, 2) }\n");
  CHECK(has(d, "MulI "));
  CHECK(has(d, "Sext8 "));
  std::string u = compile("package main\nfunc f(a, b uint16) uint16 { return a + b }\nfunc main() { f(1, 2) }\n");
  CHECK(has(u, "Zext16 "));
}

TEST_CASE("comparisons in conditions become fused compare-and-branch") {
  std::string d = compile(R"(package main
func f(n int, x float64) int {
	if n < 2 {
		return 1
	}
	if x < 0.5 {
		return 2
	}
	return 3
}
func main() { f(1, 1) }
)");
  CHECK(has(d, "JGeIK        R0 2"));  // n < 2 false: jump when n >= 2
  CHECK(has(d, "JNLtF "));               // NaN-correct negation for floats
  CHECK_FALSE(has(d, "LtI "));           // no boolean materialized
}

TEST_CASE("small constants become immediates") {
  std::string d = compile("package main\nfunc f(n int) int { return n - 1 }\nfunc main() { f(1) }\n");
  CHECK(has(d, "AddIK        R1 R0 -1"));
}

TEST_CASE("static calls name their proto; closures capture cells") {
  std::string d = compile(R"(package main
func g(x int) int { return x }
func main() {
	n := 0
	inc := func() { n++ }
	inc()
	g(n)
}
)");
  CHECK(has(d, "Call "));
  CHECK(has(d, "; main.g"));
  CHECK(has(d, "NewCell "));
  CHECK(has(d, "Closure "));
  CHECK(has(d, "; main.main.func1"));
  CHECK(has(d, "GetUpval "));
  CHECK(has(d, "SetUpval "));
  CHECK(has(d, "CallClosure "));
}

TEST_CASE("for loops test at the bottom with one backward branch") {
  std::string d = compile(R"(package main
func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	println(s)
}
)");
  // Jmp to the test, body, AddIK i, then the backward JLtIK.
  CHECK(has(d, "JLtIK        R1 10 -> -3"));
}

TEST_CASE("channel operations and go statements") {
  std::string d = compile(R"(package main
func worker(c chan int) { c <- 1 }
func main() {
	c := make(chan int, 1)
	go worker(c)
	v, ok := <-c
	println(v, ok, len(c), cap(c))
	close(c)
}
)");
  for (const char* op : {"MakeChan ", "Go ", "Recv2 ", "LenCh ", "CapCh ", "Close ", "Send "})
    CHECK(has(d, op));
}

TEST_CASE("constructs outside the VM's reach are reported, not miscompiled") {
  std::string d = compile("package main\nfunc main() { go println(1) }\n");
  CHECK(has(d, "ERR:"));
  CHECK(has(d, "not supported yet"));
}

TEST_CASE("compilation is incremental: a second input adds to the same package") {
  csp::TypeContext ctx;
  csp::StdImporter imp(ctx);
  csp::AstArena arena;
  csp::Program prog;
  csp::Package* pkg = ctx.make<csp::Package>();
  pkg->path = pkg->name = "main";
  auto feed = [&](const char* src) {
    csp::Diagnostics diags;
    csp::File* f = csp::parse_file(arena, "repl", src, diags);
    REQUIRE_FALSE(diags.has_errors());
    bool ok = csp::check_package(ctx, *pkg, {f}, imp, diags);
    if (pkg->files.empty() || pkg->files.back() != f) pkg->files.push_back(f);
    REQUIRE_MESSAGE(ok, diags.render("repl", src));
    REQUIRE(csp::compile_package(prog, *pkg, diags));
  };
  feed("x := 1\nfunc f() int { return x + 1 }\n");
  size_t after_first = prog.protos.size();
  int32_t first_entry = prog.entry;
  feed("y := f() + x\nprintln(y)\n");
  CHECK(prog.entry != first_entry);
  int fs = 0;
  for (auto& p : prog.protos) fs += p->name == "main.f";
  CHECK(fs == 1);  // main.f was not compiled again
  CHECK(prog.protos.size() > after_first);
  CHECK(prog.nglobals == 2);  // x and y
  std::string d = csp::disassemble(prog, after_first, "");
  CHECK(d.find("; main.f") != std::string::npos);  // the new input calls the old function
}
