// Tokens of Go's lexical grammar, declared once.
//
// CSP_TOKENS(X) lists every token as X(Name, "spelling"). The enum, the
// spelling table and the keyword lookup are generated from it; nothing else
// may repeat the list. Order matters in one place only: the binary operators
// are grouped so that precedence() can be a switch.
#pragma once

#include <cstdint>
#include <string_view>

namespace csp {

#define CSP_TOKENS(X)                                                          \
  X(Illegal, "ILLEGAL")                                                        \
  X(Eof, "EOF")                                                                \
  X(Comment, "COMMENT")                                                        \
  /* literals */                                                               \
  X(Ident, "IDENT")                                                            \
  X(Int, "INT")                                                                \
  X(Float, "FLOAT")                                                            \
  X(Imag, "IMAG")                                                              \
  X(Char, "CHAR")                                                              \
  X(String, "STRING")                                                          \
  /* operators */                                                              \
  X(Add, "+")                                                                  \
  X(Sub, "-")                                                                  \
  X(Mul, "*")                                                                  \
  X(Quo, "/")                                                                  \
  X(Rem, "%")                                                                  \
  X(And, "&")                                                                  \
  X(Or, "|")                                                                   \
  X(Xor, "^")                                                                  \
  X(Shl, "<<")                                                                 \
  X(Shr, ">>")                                                                 \
  X(AndNot, "&^")                                                              \
  X(AddAssign, "+=")                                                           \
  X(SubAssign, "-=")                                                           \
  X(MulAssign, "*=")                                                           \
  X(QuoAssign, "/=")                                                           \
  X(RemAssign, "%=")                                                           \
  X(AndAssign, "&=")                                                           \
  X(OrAssign, "|=")                                                            \
  X(XorAssign, "^=")                                                           \
  X(ShlAssign, "<<=")                                                          \
  X(ShrAssign, ">>=")                                                          \
  X(AndNotAssign, "&^=")                                                       \
  X(LAnd, "&&")                                                                \
  X(LOr, "||")                                                                 \
  X(Arrow, "<-")                                                               \
  X(Inc, "++")                                                                 \
  X(Dec, "--")                                                                 \
  X(Eql, "==")                                                                 \
  X(Lss, "<")                                                                  \
  X(Gtr, ">")                                                                  \
  X(Assign, "=")                                                               \
  X(Not, "!")                                                                  \
  X(Neq, "!=")                                                                 \
  X(Leq, "<=")                                                                 \
  X(Geq, ">=")                                                                 \
  X(Define, ":=")                                                              \
  X(Ellipsis, "...")                                                           \
  X(LParen, "(")                                                               \
  X(LBrack, "[")                                                               \
  X(LBrace, "{")                                                               \
  X(Comma, ",")                                                                \
  X(Period, ".")                                                               \
  X(RParen, ")")                                                               \
  X(RBrack, "]")                                                               \
  X(RBrace, "}")                                                               \
  X(Semicolon, ";")                                                            \
  X(Colon, ":")                                                                \
  X(Tilde, "~")                                                                \
  /* keywords: keep Break first and Var last (is_keyword relies on it) */      \
  X(Break, "break")                                                            \
  X(Case, "case")                                                              \
  X(Chan, "chan")                                                              \
  X(Const, "const")                                                            \
  X(Continue, "continue")                                                      \
  X(Default, "default")                                                        \
  X(Defer, "defer")                                                            \
  X(Else, "else")                                                              \
  X(Fallthrough, "fallthrough")                                                \
  X(For, "for")                                                                \
  X(Func, "func")                                                              \
  X(Go, "go")                                                                  \
  X(Goto, "goto")                                                              \
  X(If, "if")                                                                  \
  X(Import, "import")                                                          \
  X(Interface, "interface")                                                    \
  X(Map, "map")                                                                \
  X(Package, "package")                                                        \
  X(Range, "range")                                                            \
  X(Return, "return")                                                          \
  X(Select, "select")                                                          \
  X(Struct, "struct")                                                          \
  X(Switch, "switch")                                                          \
  X(Type, "type")                                                              \
  X(Var, "var")

enum class Tok : uint8_t {
#define CSP_X(name, str) name,
  CSP_TOKENS(CSP_X)
#undef CSP_X
};

// Spelling of a token kind: "+" for Tok::Add, "break" for Tok::Break,
// "IDENT" for Tok::Ident.
std::string_view tok_string(Tok t);

inline bool is_keyword(Tok t) { return t >= Tok::Break && t <= Tok::Var; }

// Keyword for an identifier spelling, or Tok::Ident.
Tok lookup_keyword(std::string_view s);

// Binary operator precedence as in the Go spec (5 = * / ..., 1 = ||), 0 for
// tokens that are not binary operators.
int precedence(Tok t);

// A source position. Lines and columns count from 1; columns count bytes, as
// Go's do.
struct Pos {
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return line > 0; }
};

}  // namespace csp
