// The lexer: Go's lexical grammar over a byte buffer, including automatic
// semicolon insertion.
//
// Invariants: next() always makes progress and never reads past the buffer,
// whatever the bytes; every error is reported once, positioned, into the
// Diagnostics sink, and lexing continues (a bad literal is still returned as
// a literal token so the parser does not cascade). Errors use the wording of
// Go's gc compiler (cmd/compile/internal/syntax), since that is what `go
// build` users see. Comments are skipped. Token::lit views the source buffer
// (or lexer-owned storage for the rare rewritten literal), so the source
// must outlive the tokens and the lexer.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "lang/diagnostics.hpp"
#include "lang/token.hpp"

namespace csp {

struct Token {
  Tok tok = Tok::Eof;
  Pos pos;
  // Identifier and literal tokens: the exact source text (a raw string has
  // its carriage returns removed, as in Go). Semicolon tokens: "semicolon"
  // when written, "newline" or "EOF" when inserted, matching how gc names
  // them in "unexpected newline" messages. Other tokens: empty.
  std::string_view lit;
};

class Lexer {
 public:
  Lexer(std::string_view src, Diagnostics& diags);

  Token next();

 private:
  int peek(size_t ahead = 0) const {
    return off_ + ahead < src_.size() ? static_cast<unsigned char>(src_[off_ + ahead]) : -1;
  }
  Pos pos_at(size_t off) const { return {line_, static_cast<int32_t>(off - line_start_ + 1)}; }
  Pos here() const { return pos_at(off_); }
  void error(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  void newline_at(size_t off) {  // called after consuming the '\n' at off
    ++line_;
    line_start_ = off + 1;
  }
  // Decodes the code point at off_ into *r (or -1 if invalid) and returns its
  // byte length (1 for an invalid byte).
  size_t decode(size_t off, int32_t* r) const;
  // Consumes one character inside a literal or comment, reporting NUL,
  // invalid UTF-8 and misplaced BOMs as gc does.
  void advance_char();

  void skip_line_comment();
  bool skip_block_comment();  // returns true when the comment spans lines
  Tok scan_number(bool seen_point);
  size_t scan_digits(int base, long* invalid);
  bool scan_escape(char quote);
  void scan_rune();
  void scan_string();
  void scan_raw_string();

  std::string_view src_;
  Diagnostics& diags_;
  size_t off_ = 0;
  int32_t line_ = 1;
  size_t line_start_ = 0;
  bool nlsemi_ = false;  // a newline here would end the statement
  Pos tok_pos_;
  size_t tok_start_ = 0;
  std::deque<std::string> owned_;  // rewritten raw strings (stable addresses)
};

// gc's %#U rendering of a code point: "U+0040 '@'", or "U+0001" when not
// printable. Shared with the parser for its messages.
std::string format_rune_u(int32_t r);

}  // namespace csp
