// Lexer unit tests: literal forms, semicolon insertion, positions and gc's
// error texts, and robustness on hostile input.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/lexer.hpp"

using namespace csp;

namespace {

struct Lexed {
  std::vector<Token> toks;
  std::vector<std::string> lits;  // copies: some lits view lexer storage
  Diagnostics diags;
};

// Lexes src to EOF; the source string must outlive the result.
void lex(const std::string& src, Lexed& out) {
  Lexer lx(src, out.diags);
  for (int guard = 0; guard < 1000000; ++guard) {
    Token t = lx.next();
    out.toks.push_back(t);
    out.lits.emplace_back(t.lit);
    if (t.tok == Tok::Eof) return;
  }
  FAIL("lexer did not reach EOF");
}

std::vector<Tok> kinds(const std::string& src) {
  Lexed l;
  lex(src, l);
  std::vector<Tok> ks;
  for (auto& t : l.toks) ks.push_back(t.tok);
  return ks;
}

// The single error message for src, or "" if none.
std::string lex_error(const std::string& src) {
  Lexed l;
  lex(src, l);
  return l.diags.count() ? l.diags.list()[0].message : "";
}

}  // namespace

TEST_CASE("token tables") {
  CHECK(tok_string(Tok::Add) == "+");
  CHECK(tok_string(Tok::AndNotAssign) == "&^=");
  CHECK(tok_string(Tok::Fallthrough) == "fallthrough");
  CHECK(lookup_keyword("func") == Tok::Func);
  CHECK(lookup_keyword("var") == Tok::Var);
  CHECK(lookup_keyword("break") == Tok::Break);
  CHECK(lookup_keyword("funcs") == Tok::Ident);
  CHECK(lookup_keyword("x") == Tok::Ident);
  CHECK(precedence(Tok::LOr) == 1);
  CHECK(precedence(Tok::LAnd) == 2);
  CHECK(precedence(Tok::Leq) == 3);
  CHECK(precedence(Tok::Xor) == 4);
  CHECK(precedence(Tok::AndNot) == 5);
  CHECK(precedence(Tok::Assign) == 0);
}

TEST_CASE("number literals keep their source text") {
  const char* good[] = {"0",       "123",      "1_000_000", "0x_1F",    "0XdeadBEEF", "0o17",
                        "0O7_7",   "017",      "0b1010",    "0B_1",     "1.5",        "1.",
                        ".5",      "1e10",     "1E-3",      "0x1p-2",   "0x1.8p+3",   "0X.8p0",
                        "1i",      "0x1p3i",   "1.5e3i",    "089.5",    "0i",         "012i",
                        "1_2.3_4e5_6"};
  for (const char* s : good) {
    Lexed l;
    std::string src = s;
    lex(src, l);
    INFO(s);
    CHECK(l.diags.count() == 0);
    REQUIRE(l.toks.size() >= 2);
    CHECK(l.lits[0] == s);
    bool imag = src.back() == 'i';
    bool flt = !imag && (src.find('.') != std::string::npos || src.find('p') != std::string::npos ||
                         ((src.find('e') != std::string::npos || src.find('E') != std::string::npos) &&
                          src.find('x') == std::string::npos && src.find('X') == std::string::npos));
    CHECK(l.toks[0].tok == (imag ? Tok::Imag : flt ? Tok::Float : Tok::Int));
  }
}

TEST_CASE("number literal errors use gc's wording") {
  CHECK(lex_error("1__2") == "'_' must separate successive digits");
  CHECK(lex_error("1_") == "'_' must separate successive digits");
  CHECK(lex_error("0_x") == "'_' must separate successive digits");
  CHECK(lex_error("0x_") == "hexadecimal literal has no digits");
  CHECK(lex_error("0b12") == "invalid digit '2' in binary literal");
  CHECK(lex_error("09") == "invalid digit '9' in octal literal");
  CHECK(lex_error("0o8") == "invalid digit '8' in octal literal");
  CHECK(lex_error("1e") == "exponent has no digits");
  CHECK(lex_error("0x1.5") == "hexadecimal mantissa requires a 'p' exponent");
  CHECK(lex_error("0b1.0") == "invalid radix point in binary literal");
  CHECK(lex_error("0o1e3") == "'e' exponent requires decimal mantissa");
  CHECK(lex_error("1p3") == "'p' exponent requires hexadecimal mantissa");
  CHECK(lex_error("0o") == "octal literal has no digits");
  // Error positions: the invalid digit, not the literal start.
  Lexed l;
  std::string src = "x = 0b102";
  lex(src, l);
  REQUIRE(l.diags.count() == 1);
  CHECK(l.diags.list()[0].pos.col == 9);  // the 2
}

TEST_CASE("rune and string literals") {
  const char* good[] = {"'a'",      "'\\n'",        "'\\''",      "'\\x41'",     "'\\101'",
                        "'\\u00e9'", "'\\U0001F600'", "'é'",        "\"\"",        "\"a\\tb\"",
                        "\"\\\"\"",  "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", "\"\\xff\\377\"", "`raw\\n`",
                        "\"日本語\""};
  for (const char* s : good) {
    Lexed l;
    std::string src = s;
    lex(src, l);
    INFO(s);
    CHECK(l.diags.count() == 0);
    CHECK(l.toks[0].tok == (s[0] == '\'' ? Tok::Char : Tok::String));
    CHECK(l.lits[0] == s);
  }
  CHECK(lex_error("\"\\q\"") == "unknown escape");
  CHECK(lex_error("'\\\"'") == "unknown escape");
  CHECK(lex_error("\"\\'\"") == "unknown escape");
  CHECK(lex_error("'ab'") == "more than one character in rune literal");
  CHECK(lex_error("''") == "empty rune literal or unescaped '");
  CHECK(lex_error("'a") == "rune literal not terminated");
  CHECK(lex_error("'a\n'") == "newline in rune literal");
  CHECK(lex_error("\"abc") == "string not terminated");
  CHECK(lex_error("\"abc\n\"") == "newline in string");
  CHECK(lex_error("`abc") == "string not terminated");
  CHECK(lex_error("\"\\U00110000\"") == "escape is invalid Unicode code point U+110000");
  CHECK(lex_error("\"\\ud800\"") == "escape is invalid Unicode code point U+D800");
  CHECK(lex_error("\"\\400\"") == "octal escape value 256 > 255");
  CHECK(lex_error("\"\\x4\"") == "invalid character '\"' in hexadecimal escape");
  CHECK(lex_error("\"\\19\"") == "invalid character '9' in octal escape");
}

TEST_CASE("raw strings drop carriage returns and span lines") {
  Lexed l;
  std::string src = "`a\r\nb`\nx";
  lex(src, l);
  CHECK(l.diags.count() == 0);
  CHECK(l.lits[0] == "`a\nb`");
  CHECK(l.toks[1].tok == Tok::Semicolon);
  CHECK(l.toks[2].tok == Tok::Ident);
  CHECK(l.toks[2].pos.line == 3);
  CHECK(l.toks[2].pos.col == 1);
}

TEST_CASE("comments") {
  CHECK(kinds("a // c\nb") == std::vector<Tok>{Tok::Ident, Tok::Semicolon, Tok::Ident,
                                                Tok::Semicolon, Tok::Eof});
  // A block comment on one line is a space; across lines it is a newline.
  CHECK(kinds("a /* c */ b") ==
        std::vector<Tok>{Tok::Ident, Tok::Ident, Tok::Semicolon, Tok::Eof});
  CHECK(kinds("a /* c\n */ b") == std::vector<Tok>{Tok::Ident, Tok::Semicolon, Tok::Ident,
                                                    Tok::Semicolon, Tok::Eof});
  CHECK(kinds("( /* c\n */ b") ==
        std::vector<Tok>{Tok::LParen, Tok::Ident, Tok::Semicolon, Tok::Eof});
  CHECK(lex_error("x /* never") == "comment not terminated");
  Lexed l;
  std::string src = "x\n  /* never";
  lex(src, l);
  REQUIRE(l.diags.count() == 1);
  CHECK(l.diags.list()[0].pos.line == 2);
  CHECK(l.diags.list()[0].pos.col == 3);
}

TEST_CASE("automatic semicolons follow Go's rule") {
  auto semi_after = [](const std::string& s) {
    auto ks = kinds(s + "\n");
    return ks.size() >= 2 && ks[ks.size() - 2] == Tok::Semicolon;
  };
  for (const char* s : {"x", "1", "1.5", "2i", "'a'", "\"s\"", "`r`", "break", "continue",
                        "fallthrough", "return", "x++", "x--", ")", "]", "}"})
    CHECK_MESSAGE(semi_after(s), s);
  for (const char* s : {"+", "(", "[", "{", ",", "func", "if", "else", "var", "x =", ".", ":="})
    CHECK_MESSAGE(!semi_after(s), s);
  // Semicolon token texts feed "unexpected newline" messages.
  Lexed l;
  std::string src = "a;b\nc";
  lex(src, l);
  CHECK(l.lits[1] == "semicolon");
  CHECK(l.lits[3] == "newline");
  CHECK(l.lits[5] == "EOF");
  CHECK(l.toks[3].pos.line == 1);
  CHECK(l.toks[3].pos.col == 4);
}

TEST_CASE("operators") {
  CHECK(kinds("&^= <<= >>= &^ && || <- ++ -- == != <= >= := ... ~") ==
        std::vector<Tok>{Tok::AndNotAssign, Tok::ShlAssign, Tok::ShrAssign, Tok::AndNot,
                         Tok::LAnd, Tok::LOr, Tok::Arrow, Tok::Inc, Tok::Dec, Tok::Eql, Tok::Neq,
                         Tok::Leq, Tok::Geq, Tok::Define, Tok::Ellipsis, Tok::Tilde, Tok::Eof});
  CHECK(kinds("a.b..c") == std::vector<Tok>{Tok::Ident, Tok::Period, Tok::Ident, Tok::Period,
                                            Tok::Period, Tok::Ident, Tok::Semicolon, Tok::Eof});
}

TEST_CASE("positions count bytes from 1") {
  Lexed l;
  std::string src = "a\n\tbé c";
  lex(src, l);
  CHECK(l.toks[0].pos.line == 1);
  CHECK(l.toks[0].pos.col == 1);
  CHECK(l.toks[2].pos.line == 2);
  CHECK(l.toks[2].pos.col == 2);
  CHECK(l.lits[2] == "bé");
  CHECK(l.toks[3].pos.col == 6);
}

TEST_CASE("bad characters and encodings") {
  CHECK(lex_error("x @ y") == "invalid character U+0040 '@'");
  CHECK(lex_error("x \x01") == "invalid character U+0001");
  CHECK(lex_error(std::string("x \0 y", 5)) == "invalid NUL character");
  CHECK(lex_error(std::string("\"a\0b\"", 5)) == "invalid NUL character");
  CHECK(lex_error("\"\xff\"") == "invalid UTF-8 encoding");
  CHECK(lex_error("x\xc3") == "invalid UTF-8 encoding");
  CHECK(lex_error("// \xe2\x82") == "invalid UTF-8 encoding");
  CHECK(lex_error("x \xEF\xBB\xBF") == "invalid BOM in the middle of the file");
  CHECK(lex_error("\xEF\xBB\xBFx") == "");  // a leading BOM is fine
  CHECK(lex_error("x := a·b") == "invalid character U+00B7 '·'");
  // The stray character is skipped: the tokens around it survive.
  CHECK(kinds("a @ b") == std::vector<Tok>{Tok::Ident, Tok::Ident, Tok::Semicolon, Tok::Eof});
}

TEST_CASE("a 1 MB string literal lexes as one token") {
  std::string src = "\"" + std::string(1 << 20, 'x') + "\"";
  Lexed l;
  lex(src, l);
  CHECK(l.diags.count() == 0);
  CHECK(l.toks[0].tok == Tok::String);
  CHECK(l.lits[0].size() == (1u << 20) + 2);
}

TEST_CASE("every byte sequence terminates") {
  uint32_t seed = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string src;
    for (int i = 0; i < 300; ++i) {
      seed = seed * 1664525 + 1013904223;
      src += static_cast<char>(seed >> 24);
    }
    Lexed l;
    lex(src, l);
    CHECK(l.toks.back().tok == Tok::Eof);
  }
  for (std::string s : {"\"\\", "'\\", "'\\x", "\"\\u12", "0x", "0b", "1e+", ".", "/", "/*",
                        "`", "'", "\""}) {
    Lexed l;
    lex(s, l);
    CHECK(l.toks.back().tok == Tok::Eof);
  }
}
