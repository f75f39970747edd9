// Go's lexer; see lexer.hpp for the contract. The scanning rules and error
// texts follow gc's scanner (cmd/compile/internal/syntax/scanner.go), which
// is what `go build` reports; Go's spec decides where the two differ.
#include "lang/lexer.hpp"

#include <cstdio>

namespace csp {

namespace {

bool is_letter_ascii(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_decimal(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_decimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
int lower(int c) { return c | 0x20; }

// Without Unicode tables we accept every non-ASCII code point as a letter
// except the common punctuation and symbol blocks, so that `x·y` or `a→b`
// still get a clear "invalid character" error.
bool is_unicode_letter(int32_t r) {
  if (r < 0x80) return false;
  if (r < 0xC0) return r == 0xAA || r == 0xB5 || r == 0xBA;
  if (r == 0xD7 || r == 0xF7) return false;
  if (r >= 0x2000 && r <= 0x206F) return false;  // general punctuation
  if (r >= 0x2190 && r <= 0x2BFF) return false;  // arrows, math, symbols
  if (r >= 0x3000 && r <= 0x303F) return false;  // CJK punctuation
  if (r >= 0xFE00 && r <= 0xFE0F) return false;  // variation selectors
  if (r == 0xFEFF) return false;
  if (r >= 0xFF01 && r <= 0xFF0F) return false;    // fullwidth punctuation
  if (r >= 0x1F000 && r <= 0x1FAFF) return false;  // emoji
  return true;
}

const char* base_name(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

// Go's %q of a single byte-sized character, as used in number errors.
std::string quote_char(int c) {
  if (c == '\'') return "'\\''";
  if (c == '\\') return "'\\\\'";
  if (c >= 0x20 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\x%02x'", c & 0xff);
  return buf;
}

// Position of the first misplaced '_' in a number literal, or -1 (the rule
// of Go's spec: '_' may only separate digits, or follow a base prefix).
long invalid_separator(std::string_view x) {
  int x1 = ' ';
  int d = '.';  // previous class: '_', '0' (digit) or '.' (other)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    int p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<long>(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<long>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<long>(x.size()) - 1;
  return -1;
}

}  // namespace

std::string format_rune_u(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  bool printable = r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0) && r <= 0x10FFFF &&
                   !(r >= 0xD800 && r < 0xE000) && r != 0xFEFF;
  if (printable) {
    s += " '";
    // Re-encode as UTF-8.
    if (r < 0x80) {
      s += static_cast<char>(r);
    } else if (r < 0x800) {
      s += static_cast<char>(0xC0 | (r >> 6));
      s += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
      s += static_cast<char>(0xE0 | (r >> 12));
      s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (r & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (r >> 18));
      s += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (r & 0x3F));
    }
    s += "'";
  }
  return s;
}

Lexer::Lexer(std::string_view src, Diagnostics& diags) : src_(src), diags_(diags) {
  if (src_.size() >= 3 && src_.substr(0, 3) == "\xEF\xBB\xBF") {
    off_ = 3;  // a leading BOM is ignored, as in Go
    line_start_ = 3;
  }
}

size_t Lexer::decode(size_t off, int32_t* r) const {
  auto b = [&](size_t i) -> int {
    return off + i < src_.size() ? static_cast<unsigned char>(src_[off + i]) : -1;
  };
  int c0 = b(0);
  *r = -1;
  if (c0 < 0x80) {
    *r = c0;
    return 1;
  }
  auto cont = [&](int c) { return c >= 0x80 && c <= 0xBF; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(b(1))) return 1;
    *r = ((c0 & 0x1F) << 6) | (b(1) & 0x3F);
    return 2;
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    int c1 = b(1);
    if (!cont(c1) || !cont(b(2))) return 1;
    if (c0 == 0xE0 && c1 < 0xA0) return 1;   // overlong
    if (c0 == 0xED && c1 >= 0xA0) return 1;  // surrogate
    *r = ((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (b(2) & 0x3F);
    return 3;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    int c1 = b(1);
    if (!cont(c1) || !cont(b(2)) || !cont(b(3))) return 1;
    if (c0 == 0xF0 && c1 < 0x90) return 1;   // overlong
    if (c0 == 0xF4 && c1 >= 0x90) return 1;  // > U+10FFFF
    *r = ((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    return 4;
  }
  return 1;
}

void Lexer::advance_char() {
  unsigned char c = static_cast<unsigned char>(src_[off_]);
  if (c < 0x80) {
    if (c == 0) error(here(), "invalid NUL character");
    ++off_;
    if (c == '\n') newline_at(off_ - 1);
    return;
  }
  int32_t r;
  size_t n = decode(off_, &r);
  if (r < 0)
    error(here(), "invalid UTF-8 encoding");
  else if (r == 0xFEFF)
    error(here(), "invalid BOM in the middle of the file");
  off_ += n;
}

void Lexer::skip_line_comment() {
  // Stops before the newline so the caller can turn it into a semicolon.
  while (off_ < src_.size() && src_[off_] != '\n') {
    unsigned char c = static_cast<unsigned char>(src_[off_]);
    if (c >= 0x80 || c == 0)
      advance_char();
    else
      ++off_;
  }
}

bool Lexer::skip_block_comment() {
  Pos start = tok_pos_;
  int32_t start_line = line_;
  off_ += 2;
  while (off_ < src_.size()) {
    unsigned char c = static_cast<unsigned char>(src_[off_]);
    if (c == '*' && peek(1) == '/') {
      off_ += 2;
      return line_ != start_line;
    }
    if (c >= 0x80 || c == 0 || c == '\n')
      advance_char();
    else
      ++off_;
  }
  error(start, "comment not terminated");
  return line_ != start_line;
}

size_t Lexer::scan_digits(int base, long* invalid) {
  size_t digsep = 0;  // bit 0: digit seen, bit 1: '_' seen
  for (;;) {
    int c = peek();
    if (c == '_') {
      digsep |= 2;
    } else if (base <= 10 ? is_decimal(c) : is_hex(c)) {
      digsep |= 1;
      if (base < 10 && c >= '0' + base && invalid && *invalid < 0)
        *invalid = static_cast<long>(off_ - tok_start_);
    } else {
      break;
    }
    ++off_;
  }
  return digsep;
}

Tok Lexer::scan_number(bool seen_point) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  size_t digsep = 0;
  long invalid = -1;

  if (!seen_point) {
    if (peek() == '0') {
      ++off_;
      switch (lower(peek())) {
        case 'x':
          ++off_;
          base = 16, prefix = 'x';
          break;
        case 'o':
          ++off_;
          base = 8, prefix = 'o';
          break;
        case 'b':
          ++off_;
          base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0';
          digsep = 1;  // the leading 0 is a digit
      }
    }
    digsep |= scan_digits(base, &invalid);
    if (peek() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error(here(), std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      ++off_;
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = Tok::Float;
    digsep |= scan_digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    error(here(), std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }
  int e = lower(peek());
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error(here(), quote_char(peek()) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error(here(), quote_char(peek()) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    ++off_;
    kind = Tok::Float;
    if (peek() == '+' || peek() == '-') ++off_;
    size_t ds = scan_digits(10, nullptr);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0 && ok) {
      error(here(), "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    error(here(), "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (peek() == 'i') {
    kind = Tok::Imag;
    ++off_;
  }
  std::string_view lit = src_.substr(tok_start_, off_ - tok_start_);
  if (kind == Tok::Int && invalid >= 0 && ok) {
    error(pos_at(tok_start_ + invalid), "invalid digit " + quote_char(lit[invalid]) + " in " +
                                            base_name(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    long i = invalid_separator(lit);
    if (i >= 0) error(pos_at(tok_start_ + i), "'_' must separate successive digits");
  }
  return kind;
}

bool Lexer::scan_escape(char quote) {
  int n;
  uint32_t base, max;
  int c = peek();
  switch (c) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      ++off_;
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      ++off_;
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      ++off_;
      n = 4, base = 16, max = 0x10FFFF;
      break;
    case 'U':
      ++off_;
      n = 8, base = 16, max = 0x10FFFF;
      break;
    default:
      if (c == quote) {
        ++off_;
        return true;
      }
      if (c < 0) return true;  // the caller reports the missing terminator
      error(here(), "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    c = peek();
    if (c < 0) return true;
    uint32_t d = base;
    if (is_decimal(c))
      d = c - '0';
    else if (lower(c) >= 'a' && lower(c) <= 'f')
      d = lower(c) - 'a' + 10;
    if (d >= base) {
      std::string ch;
      if (c >= 0x80) {
        int32_t r;
        size_t len = decode(off_, &r);
        ch = r < 0 ? "'\\ufffd'" : "'" + std::string(src_.substr(off_, len)) + "'";
      } else if (c == '\n') {
        ch = "'\\n'";
      } else {
        ch = quote_char(c);
      }
      error(here(), "invalid character " + ch + " in " + base_name(static_cast<int>(base)) +
                        " escape");
      return false;
    }
    x = x * base + d;
    ++off_;
  }
  if (x > max && base == 8) {
    error(here(), "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    error(here(), "escape is invalid Unicode code point " + format_rune_u(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

void Lexer::scan_rune() {
  bool ok = true;
  ++off_;  // opening quote
  for (int n = 0;; ++n) {
    int c = peek();
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          error(here(), "empty rune literal or unescaped '");
        } else if (n != 1) {
          error(tok_pos_, "more than one character in rune literal");
        }
      }
      ++off_;
      return;
    }
    if (c == '\\') {
      ++off_;
      if (!scan_escape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) error(here(), "newline in rune literal");
      return;
    }
    if (c < 0) {
      if (ok) error(tok_pos_, "rune literal not terminated");
      return;
    }
    advance_char();
  }
}

void Lexer::scan_string() {
  ++off_;  // opening quote
  while (off_ < src_.size()) {
    unsigned char c = static_cast<unsigned char>(src_[off_]);
    if (c == '"') {
      ++off_;
      return;
    }
    if (c == '\\') {
      ++off_;
      scan_escape('"');
      continue;
    }
    if (c == '\n') {
      error(here(), "newline in string");
      return;
    }
    if (c >= 0x80 || c == 0)
      advance_char();
    else
      ++off_;
  }
  error(tok_pos_, "string not terminated");
}

void Lexer::scan_raw_string() {
  ++off_;
  while (off_ < src_.size()) {
    unsigned char c = static_cast<unsigned char>(src_[off_]);
    if (c == '`') {
      ++off_;
      return;
    }
    if (c >= 0x80 || c == 0 || c == '\n')
      advance_char();
    else
      ++off_;
  }
  error(tok_pos_, "string not terminated");
}

Token Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
redo:
  while (off_ < src_.size()) {
    char c = src_[off_];
    if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nlsemi)) {
      ++off_;
      if (c == '\n') newline_at(off_ - 1);
    } else {
      break;
    }
  }
  tok_start_ = off_;
  tok_pos_ = here();
  Token t;
  t.pos = tok_pos_;
  if (off_ >= src_.size()) {
    if (nlsemi) {
      t.tok = Tok::Semicolon;
      t.lit = "EOF";
      return t;
    }
    t.tok = Tok::Eof;
    return t;
  }
  int c = static_cast<unsigned char>(src_[off_]);
  if (c == '\n') {  // only reached when nlsemi
    ++off_;
    newline_at(off_ - 1);
    t.tok = Tok::Semicolon;
    t.lit = "newline";
    return t;
  }

  auto op = [&](Tok k, size_t len) {
    off_ += len;
    t.tok = k;
    return t;
  };
  auto lit = [&](Tok k) {
    t.tok = k;
    t.lit = src_.substr(tok_start_, off_ - tok_start_);
    nlsemi_ = true;
    return t;
  };

  if (is_letter_ascii(c) || c >= 0x80) {
    // Identifier (or, for a non-letter byte, an invalid character).
    bool first = true;
    while (off_ < src_.size()) {
      int d = static_cast<unsigned char>(src_[off_]);
      if (is_letter_ascii(d) || is_decimal(d)) {
        ++off_;
        first = false;
        continue;
      }
      if (d < 0x80) break;
      int32_t r;
      size_t n = decode(off_, &r);
      if (r < 0) {
        error(here(), "invalid UTF-8 encoding");
        off_ += n;
        if (first) goto redo;
        continue;
      }
      if (r == 0xFEFF) {
        error(here(), "invalid BOM in the middle of the file");
        off_ += n;
        if (first) goto redo;
        continue;
      }
      if (!is_unicode_letter(r)) {
        if (first) {
          error(here(), "invalid character " + format_rune_u(r));
          off_ += n;
          goto redo;
        }
        break;
      }
      off_ += n;
      first = false;
    }
    std::string_view word = src_.substr(tok_start_, off_ - tok_start_);
    Tok k = lookup_keyword(word);
    t.tok = k;
    t.lit = word;
    nlsemi_ = k == Tok::Ident || k == Tok::Break || k == Tok::Continue ||
              k == Tok::Fallthrough || k == Tok::Return;
    return t;
  }
  if (is_decimal(c) || (c == '.' && is_decimal(peek(1)))) {
    bool point = c == '.';
    if (point) ++off_;
    return lit(scan_number(point));
  }
  int c1 = peek(1);
  switch (c) {
    case '"':
      scan_string();
      return lit(Tok::String);
    case '\'':
      scan_rune();
      return lit(Tok::Char);
    case '`': {
      scan_raw_string();
      Token r = lit(Tok::String);
      if (r.lit.find('\r') != std::string_view::npos) {
        std::string s;
        s.reserve(r.lit.size());
        for (char ch : r.lit)
          if (ch != '\r') s += ch;
        owned_.push_back(std::move(s));
        r.lit = owned_.back();
      }
      return r;
    }
    case '(':
      return op(Tok::LParen, 1);
    case '[':
      return op(Tok::LBrack, 1);
    case '{':
      return op(Tok::LBrace, 1);
    case ',':
      return op(Tok::Comma, 1);
    case ';':
      t.lit = "semicolon";
      return op(Tok::Semicolon, 1);
    case ')':
      nlsemi_ = true;
      return op(Tok::RParen, 1);
    case ']':
      nlsemi_ = true;
      return op(Tok::RBrack, 1);
    case '}':
      nlsemi_ = true;
      return op(Tok::RBrace, 1);
    case ':':
      return c1 == '=' ? op(Tok::Define, 2) : op(Tok::Colon, 1);
    case '.':
      if (c1 == '.' && peek(2) == '.') return op(Tok::Ellipsis, 3);
      return op(Tok::Period, 1);
    case '+':
      if (c1 == '+') {
        nlsemi_ = true;
        return op(Tok::Inc, 2);
      }
      return c1 == '=' ? op(Tok::AddAssign, 2) : op(Tok::Add, 1);
    case '-':
      if (c1 == '-') {
        nlsemi_ = true;
        return op(Tok::Dec, 2);
      }
      return c1 == '=' ? op(Tok::SubAssign, 2) : op(Tok::Sub, 1);
    case '*':
      return c1 == '=' ? op(Tok::MulAssign, 2) : op(Tok::Mul, 1);
    case '/':
      if (c1 == '/') {
        skip_line_comment();
        goto redo;  // the newline (or EOF) decides about the semicolon
      }
      if (c1 == '*') {
        bool multiline = skip_block_comment();
        if (multiline && nlsemi) {
          // A comment spanning lines acts like a newline.
          t.tok = Tok::Semicolon;
          t.lit = "newline";
          return t;
        }
        goto redo;
      }
      return c1 == '=' ? op(Tok::QuoAssign, 2) : op(Tok::Quo, 1);
    case '%':
      return c1 == '=' ? op(Tok::RemAssign, 2) : op(Tok::Rem, 1);
    case '&':
      if (c1 == '&') return op(Tok::LAnd, 2);
      if (c1 == '^') return peek(2) == '=' ? op(Tok::AndNotAssign, 3) : op(Tok::AndNot, 2);
      return c1 == '=' ? op(Tok::AndAssign, 2) : op(Tok::And, 1);
    case '|':
      if (c1 == '|') return op(Tok::LOr, 2);
      return c1 == '=' ? op(Tok::OrAssign, 2) : op(Tok::Or, 1);
    case '^':
      return c1 == '=' ? op(Tok::XorAssign, 2) : op(Tok::Xor, 1);
    case '<':
      if (c1 == '-') return op(Tok::Arrow, 2);
      if (c1 == '<') return peek(2) == '=' ? op(Tok::ShlAssign, 3) : op(Tok::Shl, 2);
      return c1 == '=' ? op(Tok::Leq, 2) : op(Tok::Lss, 1);
    case '>':
      if (c1 == '>') return peek(2) == '=' ? op(Tok::ShrAssign, 3) : op(Tok::Shr, 2);
      return c1 == '=' ? op(Tok::Geq, 2) : op(Tok::Gtr, 1);
    case '=':
      return c1 == '=' ? op(Tok::Eql, 2) : op(Tok::Assign, 1);
    case '!':
      return c1 == '=' ? op(Tok::Neq, 2) : op(Tok::Not, 1);
    case '~':
      return op(Tok::Tilde, 1);
    default:
      break;
  }
  // A stray character is reported and skipped, as gc does, so the parser
  // sees the surrounding tokens and need not report anything more.
  if (c == 0)
    error(here(), "invalid NUL character");
  else
    error(here(), "invalid character " + format_rune_u(c));
  ++off_;
  goto redo;
}

}  // namespace csp
