// Constant values: exact integer (cpp_int) and rational (cpp_rational)
// arithmetic, literal interpretation and correctly rounded conversion to
// float64/float32.
//
// Invariant: a Float's rational stays small: once numerator or denominator
// exceed kMaxRatBits it is rounded to a 512-bit mantissa (Go's untyped float
// precision); magnitudes beyond 2^kMaxExpBits become Unknown. Literal
// exponents beyond kMaxLitExp are rejected up front.
#include "lang/constant.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace csp {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
namespace mp = boost::multiprecision;

namespace {

constexpr size_t kMaxRatBits = 4096;
constexpr long kMaxExpBits = 40000;
constexpr long kMaxLitExp = 4000;

struct CVal : Constant {
  explicit CVal(Kind k) : Constant(k) {}
  bool b = false;
  std::string s;
  cpp_int i;
  cpp_rational f;       // Float
  cpp_rational re, im;  // Complex
};

const CVal* V(const Constant* c) { return static_cast<const CVal*>(c); }

cpp_rational as_rat(const Constant* c) {
  switch (c->kind()) {
    case Constant::Kind::Int: return cpp_rational(V(c)->i);
    case Constant::Kind::Float: return V(c)->f;
    case Constant::Kind::Complex: return V(c)->re;
    default: return 0;
  }
}

cpp_int pow10(long n) {
  cpp_int r = 1, b = 10;
  while (n > 0) {
    if (n & 1) r *= b;
    b *= b;
    n >>= 1;
  }
  return r;
}

long msb_of(const cpp_int& v) { return v == 0 ? -1 : (long)mp::msb(mp::abs(v)); }

// Nearest binary float with `mant` mantissa bits, least exponent `emin_lsb`
// (of the last mantissa bit) and greatest exponent `emax` (of the leading
// bit), round half to even. Returns false on overflow. m and e: value =
// m * 2^e.
bool round_rat(const cpp_rational& q, int mant, long emin_lsb, long emax, cpp_int& m, long& e) {
  cpp_int n = mp::numerator(q), d = mp::denominator(q);
  bool neg = n < 0;
  if (neg) n = -n;
  if (n == 0) {
    m = 0;
    e = 0;
    return true;
  }
  e = msb_of(n) - msb_of(d) - (mant - 1);
  if (e < emin_lsb) e = emin_lsb;
  cpp_int r;
  for (;;) {
    cpp_int num = n, den = d;
    if (e >= 0) den <<= e; else num <<= -e;
    m = num / den;
    r = num % den;
    if (msb_of(m) >= mant) {
      ++e;
      continue;
    }
    if (msb_of(m) < mant - 1 && e > emin_lsb) {
      --e;
      continue;
    }
    int c = cpp_int(r * 2).compare(den);
    if (c > 0 || (c == 0 && (m & 1) != 0)) {
      ++m;
      if (msb_of(m) >= mant) {
        m >>= 1;
        ++e;
      }
    }
    break;
  }
  if (m != 0 && msb_of(m) + e > emax) return false;
  if (neg) m = -m;
  return true;
}

double rat_to_double(const cpp_rational& q) {
  cpp_int m;
  long e;
  if (!round_rat(q, 53, -1074, 1023, m, e)) return q < 0 ? -HUGE_VAL : HUGE_VAL;
  return std::ldexp((double)m.convert_to<int64_t>(), (int)e);
}

float rat_to_float(const cpp_rational& q) {
  cpp_int m;
  long e;
  if (!round_rat(q, 24, -149, 127, m, e)) return q < 0 ? -HUGE_VALF : HUGE_VALF;
  return std::ldexp((float)m.convert_to<int64_t>(), (int)e);
}

cpp_rational from_mant_exp(const cpp_int& m, long e) {
  if (e >= 0) return cpp_rational(cpp_int(m << e));
  return cpp_rational(m, cpp_int(1) << -e);
}

// Keeps a rational small (see file comment). Returns false on overflow.
bool normalize(cpp_rational& q) {
  const cpp_int& n = mp::numerator(q);
  const cpp_int& d = mp::denominator(q);
  long nb = msb_of(n), db = msb_of(d);
  if (nb - db > kMaxExpBits || (n != 0 && db - nb > kMaxExpBits)) {
    if (nb < db) {  // underflow: treat as zero, as no float type can hold it
      q = 0;
      return true;
    }
    return false;
  }
  if ((size_t)std::max(nb, db) > kMaxRatBits) {
    cpp_int m;
    long e;
    round_rat(q, 512, -(1L << 40), 1L << 40, m, e);
    q = from_mant_exp(m, e);
  }
  return true;
}

std::string fmt_g(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// go/constant's String for a float value.
std::string rat_string(const cpp_rational& q) {
  double d = rat_to_double(q);
  if ((q == 0) == (d == 0) && !std::isinf(d)) {
    std::string s = fmt_g(d);
    bool is_int = mp::denominator(q) == 1;
    if (!is_int && s.find('.') == std::string::npos && s.find('e') == std::string::npos) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      s = buf;
    }
    return s;
  }
  // Out of float64 range: m * 10^e10 with 1 <= |m| < 10.
  cpp_rational a = q < 0 ? cpp_rational(-q) : q;
  long bits = msb_of(mp::numerator(a)) - msb_of(mp::denominator(a));
  long e10 = (long)std::floor(bits * 0.30102999566398120);
  cpp_rational m = e10 >= 0 ? a / cpp_rational(pow10(e10)) : a * cpp_rational(pow10(-e10));
  while (m >= 10) {
    m /= 10;
    ++e10;
  }
  while (m < 1) {
    m *= 10;
    --e10;
  }
  double md = rat_to_double(m);
  if (q < 0) md = -md;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+ld", md, e10);
  return buf;
}

void append_utf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += (char)r;
  } else if (r < 0x800) {
    out += (char)(0xC0 | (r >> 6));
    out += (char)(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += (char)(0xE0 | (r >> 12));
    out += (char)(0x80 | ((r >> 6) & 0x3F));
    out += (char)(0x80 | (r & 0x3F));
  } else {
    out += (char)(0xF0 | (r >> 18));
    out += (char)(0x80 | ((r >> 12) & 0x3F));
    out += (char)(0x80 | ((r >> 6) & 0x3F));
    out += (char)(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; returns the rune (0xFFFD if invalid)
// and advances i.
uint32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  uint32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) r = (r << 6) | (s[i + k] & 0x3F);
  i += n;
  return r;
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Interprets the escapes of a quoted literal body (between the quotes).
// `is_rune`: \' allowed, \" not. Returns false on a malformed escape.
bool unquote_body(std::string_view s, bool is_rune, std::string& out, std::vector<uint32_t>* runes) {
  size_t i = 0;
  auto put_rune = [&](uint32_t r) {
    if (runes) runes->push_back(r);
    append_utf8(out, r);
  };
  while (i < s.size()) {
    if (s[i] != '\\') {
      size_t j = i;
      uint32_t r = decode_utf8(s, i);
      if (runes) runes->push_back(r);
      out.append(s.substr(j, i - j));
      continue;
    }
    if (++i >= s.size()) return false;
    char c = s[i++];
    switch (c) {
      case 'a': put_rune(7); break;
      case 'b': put_rune(8); break;
      case 'f': put_rune(12); break;
      case 'n': put_rune(10); break;
      case 'r': put_rune(13); break;
      case 't': put_rune(9); break;
      case 'v': put_rune(11); break;
      case '\\': put_rune('\\'); break;
      case '\'':
        if (!is_rune) return false;
        put_rune('\'');
        break;
      case '"':
        if (is_rune) return false;
        put_rune('"');
        break;
      case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (i + n > s.size()) return false;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          int h = hexval(s[i + k]);
          if (h < 0) return false;
          v = v * 16 + h;
        }
        i += n;
        if (c == 'x') {  // a raw byte
          if (runes) runes->push_back(v);
          out += (char)v;
        } else {
          if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
          put_rune(v);
        }
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          if (i + 2 > s.size()) return false;
          uint32_t v = c - '0';
          for (int k = 0; k < 2; ++k) {
            char d = s[i + k];
            if (d < '0' || d > '7') return false;
            v = v * 8 + (d - '0');
          }
          i += 2;
          if (v > 255) return false;
          if (runes) runes->push_back(v);
          out += (char)v;
          break;
        }
        return false;
    }
  }
  return true;
}

// Parses an integer literal (no sign, underscores allowed).
bool parse_int(std::string_view t, cpp_int& v, std::string* err) {
  int base = 10;
  size_t i = 0;
  if (t.size() >= 2 && t[0] == '0') {
    char p = t[1] | 0x20;
    if (p == 'x') base = 16, i = 2;
    else if (p == 'b') base = 2, i = 2;
    else if (p == 'o') base = 8, i = 2;
    else base = 8, i = 1;  // legacy octal 0777
  }
  if (t.size() - i > 5000) {
    *err = "constant overflow";
    return false;
  }
  v = 0;
  bool any = false;
  for (; i < t.size(); ++i) {
    if (t[i] == '_') continue;
    int d = hexval(t[i]);
    if (d < 0 || d >= base) {
      *err = "invalid digit in literal " + std::string(t);
      return false;
    }
    v = v * base + d;
    any = true;
  }
  if (!any && base != 8) {
    *err = "malformed literal " + std::string(t);
    return false;
  }
  return true;
}

// Parses a decimal or hexadecimal floating-point literal exactly.
bool parse_float(std::string_view t, cpp_rational& q, std::string* err) {
  bool hex = t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  int base = hex ? 16 : 10;
  cpp_int mant = 0;
  long scale = 0;  // digits after the point
  bool point = false;
  size_t ndig = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c == '_') continue;
    if (c == '.') {
      point = true;
      continue;
    }
    int d = hexval(c);
    if (d < 0 || d >= base || (!hex && (c | 0x20) == 'e')) break;
    if (++ndig > 5000) {
      *err = "constant overflow";
      return false;
    }
    mant = mant * base + d;
    if (point) ++scale;
  }
  long exp = 0;
  if (i < t.size()) {
    char c = t[i] | 0x20;
    if (c != (hex ? 'p' : 'e')) {
      *err = "malformed literal " + std::string(t);
      return false;
    }
    ++i;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    bool any = false;
    for (; i < t.size(); ++i) {
      if (t[i] == '_') continue;
      if (t[i] < '0' || t[i] > '9') {
        *err = "malformed literal " + std::string(t);
        return false;
      }
      any = true;
      if (exp < 1000000000) exp = exp * 10 + (t[i] - '0');
    }
    if (!any) {
      *err = "exponent has no digits";
      return false;
    }
    if (neg) exp = -exp;
  }
  if (mant == 0) {
    q = 0;
    return true;
  }
  if (hex) {
    long e2 = exp - 4 * scale;
    if (e2 > kMaxExpBits || e2 < -kMaxExpBits) {
      if (e2 < 0) {
        q = 0;
        return true;
      }
      *err = "constant overflow";
      return false;
    }
    q = from_mant_exp(mant, e2);
    return true;
  }
  long e10 = exp - scale;
  if (e10 > kMaxLitExp || e10 < -kMaxLitExp) {
    if (e10 < 0) {
      q = 0;
      return true;
    }
    *err = "constant overflow";
    return false;
  }
  if (e10 >= 0) q = cpp_rational(cpp_int(mant * pow10(e10)));
  else q = cpp_rational(mant, pow10(-e10));
  normalize(q);
  return true;
}

std::string quote_go(const std::string& s) {
  std::string out = "\"";
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    unsigned char c = s[i];
    uint32_t r = decode_utf8(s, i);
    if (r == 0xFFFD && (i - j) == 1 && c >= 0x80) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      continue;
    }
    switch (r) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default:
        if (r < 0x20 || r == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", r);
          out += buf;
        } else {
          out.append(s, j, i - j);
        }
    }
  }
  return out + "\"";
}

}  // namespace

// ---- accessors --------------------------------------------------------------

bool Constant::bool_val() const { return V(this)->b; }
const std::string& Constant::string_val() const { return V(this)->s; }

int64_t Constant::int64_val() const {
  if (kind() == Kind::Int) return V(this)->i.convert_to<int64_t>();
  cpp_rational q = as_rat(this);
  return cpp_int(mp::numerator(q) / mp::denominator(q)).convert_to<int64_t>();
}

uint64_t Constant::uint64_val() const {
  cpp_int v;
  if (kind() == Kind::Int) v = V(this)->i;
  else {
    cpp_rational q = as_rat(this);
    v = mp::numerator(q) / mp::denominator(q);
  }
  if (v < 0) v += cpp_int(1) << 64;  // two's complement view
  return v.convert_to<uint64_t>();
}

double Constant::float64_val() const { return rat_to_double(as_rat(this)); }
float Constant::float32_val() const { return rat_to_float(as_rat(this)); }
double Constant::real_val() const { return rat_to_double(as_rat(this)); }
double Constant::imag_val() const {
  return kind() == Kind::Complex ? rat_to_double(V(this)->im) : 0.0;
}

int Constant::sign() const {
  switch (kind()) {
    case Kind::Int: return V(this)->i.sign();
    case Kind::Float: return V(this)->f.sign();
    case Kind::Complex: return V(this)->re != 0 ? V(this)->re.sign() : V(this)->im.sign();
    default: return 0;
  }
}

size_t Constant::bit_len() const {
  if (kind() != Kind::Int) return 0;
  return (size_t)(msb_of(V(this)->i) + 1);
}

bool Constant::is_integral() const {
  switch (kind()) {
    case Kind::Int: return true;
    case Kind::Float: return mp::denominator(V(this)->f) == 1;
    case Kind::Complex: return V(this)->im == 0 && mp::denominator(V(this)->re) == 1;
    default: return false;
  }
}

bool Constant::fits_int(int bits, bool is_signed) const {
  if (!is_integral()) return false;
  cpp_int v;
  if (kind() == Kind::Int) v = V(this)->i;
  else v = mp::numerator(as_rat(this));
  if (is_signed) {
    cpp_int lim = cpp_int(1) << (bits - 1);
    return v >= -lim && v < lim;
  }
  return v >= 0 && v < (cpp_int(1) << bits);
}

std::string Constant::to_string() const {
  switch (kind()) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return V(this)->b ? "true" : "false";
    case Kind::String: {
      // go/constant shortens long strings to 72 characters.
      const std::string& s = V(this)->s;
      std::string q = quote_go(s);
      if (q.size() > 72) {
        size_t cut = 69;
        // don't cut inside a UTF-8 sequence
        while (cut > 0 && ((unsigned char)q[cut] & 0xC0) == 0x80) --cut;
        q = q.substr(0, cut) + "...";
      }
      return q;
    }
    case Kind::Int: return V(this)->i.str();
    case Kind::Float: return rat_string(V(this)->f);
    case Kind::Complex:
      return "(" + rat_string(V(this)->re) + " + " + rat_string(V(this)->im) + "i)";
  }
  return "?";
}

std::string Constant::short_string() const { return to_string(); }

// ---- pool -------------------------------------------------------------------

template <class T>
const Constant* ConstantPool::own(std::unique_ptr<T> p) {
  const Constant* raw = p.get();
  owned_.push_back(std::move(p));
  return raw;
}

ConstantPool::ConstantPool() {
  unknown_ = own(std::make_unique<CVal>(Constant::Kind::Unknown));
  auto t = std::make_unique<CVal>(Constant::Kind::Bool);
  t->b = true;
  true_ = own(std::move(t));
  false_ = own(std::make_unique<CVal>(Constant::Kind::Bool));
}
ConstantPool::~ConstantPool() = default;

const Constant* ConstantPool::make_bool(bool b) { return b ? true_ : false_; }

const Constant* ConstantPool::make_string(std::string s) {
  auto c = std::make_unique<CVal>(Constant::Kind::String);
  c->s = std::move(s);
  return own(std::move(c));
}

static std::unique_ptr<CVal> new_int(cpp_int v) {
  auto c = std::make_unique<CVal>(Constant::Kind::Int);
  c->i = std::move(v);
  return c;
}

static std::unique_ptr<CVal> new_float(cpp_rational v) {
  auto c = std::make_unique<CVal>(Constant::Kind::Float);
  c->f = std::move(v);
  return c;
}

static std::unique_ptr<CVal> new_complex(cpp_rational re, cpp_rational im) {
  auto c = std::make_unique<CVal>(Constant::Kind::Complex);
  c->re = std::move(re);
  c->im = std::move(im);
  return c;
}

const Constant* ConstantPool::make_int(int64_t v) { return own(new_int(v)); }
const Constant* ConstantPool::make_uint(uint64_t v) { return own(new_int(v)); }

const Constant* ConstantPool::make_float(double v) {
  if (!std::isfinite(v)) return unknown_;
  int e;
  double fr = std::frexp(v, &e);
  cpp_int m = (int64_t)std::ldexp(fr, 53);
  return own(new_float(from_mant_exp(m, e - 53)));
}

const Constant* ConstantPool::from_literal(Tok tok, std::string_view text, std::string* err) {
  switch (tok) {
    case Tok::Int: {
      cpp_int v;
      if (!parse_int(text, v, err)) return nullptr;
      return own(new_int(std::move(v)));
    }
    case Tok::Float: {
      cpp_rational q;
      if (!parse_float(text, q, err)) return nullptr;
      return own(new_float(std::move(q)));
    }
    case Tok::Imag: {
      if (text.empty() || text.back() != 'i') {
        *err = "malformed imaginary literal";
        return nullptr;
      }
      std::string_view body = text.substr(0, text.size() - 1);
      cpp_rational q;
      bool is_hex = body.size() >= 2 && body[0] == '0' && (body[1] | 0x20) == 'x';
      bool is_float = body.find_first_of(is_hex ? ".pP" : ".eE") != std::string_view::npos;
      if (is_float) {
        if (!parse_float(body, q, err)) return nullptr;
      } else {
        // "0123i" is decimal for backward compatibility.
        std::string digits(body);
        bool prefixed = digits.size() >= 2 && digits[0] == '0' &&
                        std::strchr("xXbBoO", digits[1]) != nullptr;
        if (!prefixed) {
          size_t k = 0;
          while (k + 1 < digits.size() && (digits[k] == '0' || digits[k] == '_')) ++k;
          digits = digits.substr(k);
        }
        cpp_int v;
        if (!parse_int(digits, v, err)) return nullptr;
        q = cpp_rational(v);
      }
      return own(new_complex(0, std::move(q)));
    }
    case Tok::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') {
        *err = "malformed rune literal";
        return nullptr;
      }
      std::string out;
      std::vector<uint32_t> runes;
      if (!unquote_body(text.substr(1, text.size() - 2), true, out, &runes) || runes.size() != 1) {
        *err = "invalid rune literal " + std::string(text);
        return nullptr;
      }
      return own(new_int(runes[0]));
    }
    case Tok::String: {
      if (text.size() < 2) {
        *err = "malformed string literal";
        return nullptr;
      }
      std::string out;
      if (text.front() == '`') {
        for (char c : text.substr(1, text.size() - 2))
          if (c != '\r') out += c;
      } else if (!unquote_body(text.substr(1, text.size() - 2), false, out, nullptr)) {
        *err = "invalid string literal";
        return nullptr;
      }
      return make_string(std::move(out));
    }
    default:
      *err = "not a literal";
      return nullptr;
  }
}

const Constant* ConstantPool::to_int(const Constant* x) {
  switch (x->kind()) {
    case Constant::Kind::Int: return x;
    case Constant::Kind::Float:
    case Constant::Kind::Complex:
      if (!x->is_integral()) return nullptr;
      return own(new_int(mp::numerator(as_rat(x))));
    default: return nullptr;
  }
}

const Constant* ConstantPool::to_float(const Constant* x) {
  switch (x->kind()) {
    case Constant::Kind::Int: return own(new_float(cpp_rational(V(x)->i)));
    case Constant::Kind::Float: return x;
    case Constant::Kind::Complex:
      if (V(x)->im != 0) return nullptr;
      return own(new_float(V(x)->re));
    default: return nullptr;
  }
}

const Constant* ConstantPool::to_complex(const Constant* x) {
  switch (x->kind()) {
    case Constant::Kind::Int:
    case Constant::Kind::Float: return own(new_complex(as_rat(x), 0));
    case Constant::Kind::Complex: return x;
    default: return nullptr;
  }
}

const Constant* ConstantPool::truncate(const Constant* x) {
  if (!x->is_numeric()) return nullptr;
  cpp_rational q = as_rat(x);
  return own(new_int(cpp_int(mp::numerator(q) / mp::denominator(q))));
}

const Constant* ConstantPool::round_float(const Constant* x, bool f32) {
  auto round1 = [&](const cpp_rational& q, cpp_rational& out) {
    cpp_int m;
    long e;
    bool ok = f32 ? round_rat(q, 24, -149, 127, m, e) : round_rat(q, 53, -1074, 1023, m, e);
    if (!ok) return false;
    out = from_mant_exp(m, e);
    return true;
  };
  if (x->kind() == Constant::Kind::Complex) {
    cpp_rational re, im;
    if (!round1(V(x)->re, re) || !round1(V(x)->im, im)) return nullptr;
    return own(new_complex(re, im));
  }
  if (!x->is_numeric()) return nullptr;
  cpp_rational q;
  if (!round1(as_rat(x), q)) return nullptr;
  return own(new_float(q));
}

void ConstantPool::match(const Constant*& x, const Constant*& y) {
  auto rank = [](const Constant* c) { return (int)c->kind(); };
  if (!x->is_numeric() || !y->is_numeric() || rank(x) == rank(y)) return;
  const Constant*& lo = rank(x) < rank(y) ? x : y;
  const Constant* hi = rank(x) < rank(y) ? y : x;
  lo = hi->kind() == Constant::Kind::Float ? to_float(lo) : to_complex(lo);
}

const Constant* ConstantPool::unary(Tok op, const Constant* x, int ubits) {
  switch (op) {
    case Tok::Add: return x;
    case Tok::Sub:
      switch (x->kind()) {
        case Constant::Kind::Int: return own(new_int(-V(x)->i));
        case Constant::Kind::Float: return own(new_float(-V(x)->f));
        case Constant::Kind::Complex: return own(new_complex(-V(x)->re, -V(x)->im));
        default: return unknown_;
      }
    case Tok::Xor:
      if (x->kind() != Constant::Kind::Int) return unknown_;
      if (ubits > 0) return own(new_int(V(x)->i ^ ((cpp_int(1) << ubits) - 1)));
      return own(new_int(-V(x)->i - 1));
    case Tok::Not:
      if (x->kind() != Constant::Kind::Bool) return unknown_;
      return make_bool(!V(x)->b);
    default: return unknown_;
  }
}

const Constant* ConstantPool::binary(Tok op, const Constant* x, const Constant* y, bool int_div) {
  if (x->kind() == Constant::Kind::Unknown || y->kind() == Constant::Kind::Unknown) return unknown_;
  match(x, y);
  switch (x->kind()) {
    case Constant::Kind::Bool:
      if (op == Tok::LAnd) return make_bool(V(x)->b && V(y)->b);
      if (op == Tok::LOr) return make_bool(V(x)->b || V(y)->b);
      return unknown_;
    case Constant::Kind::String:
      if (op == Tok::Add) return make_string(V(x)->s + V(y)->s);
      return unknown_;
    case Constant::Kind::Int: {
      const cpp_int &a = V(x)->i, &b = V(y)->i;
      switch (op) {
        case Tok::Add: return own(new_int(a + b));
        case Tok::Sub: return own(new_int(a - b));
        case Tok::Mul: return own(new_int(a * b));
        case Tok::Quo:
          if (b == 0) return unknown_;
          if (int_div) return own(new_int(a / b));
          return own(new_float(cpp_rational(a, b)));
        case Tok::Rem:
          if (b == 0) return unknown_;
          return own(new_int(a % b));
        case Tok::And: return own(new_int(a & b));
        case Tok::Or: return own(new_int(a | b));
        case Tok::Xor: return own(new_int(a ^ b));
        case Tok::AndNot: return own(new_int(a & (-b - 1)));
        default: return unknown_;
      }
    }
    case Constant::Kind::Float: {
      const cpp_rational &a = V(x)->f, &b = V(y)->f;
      cpp_rational r;
      switch (op) {
        case Tok::Add: r = a + b; break;
        case Tok::Sub: r = a - b; break;
        case Tok::Mul: r = a * b; break;
        case Tok::Quo:
          if (b == 0) return unknown_;
          r = a / b;
          break;
        default: return unknown_;
      }
      if (!normalize(r)) return unknown_;
      return own(new_float(std::move(r)));
    }
    case Constant::Kind::Complex: {
      const cpp_rational &a = V(x)->re, &b = V(x)->im, &c = V(y)->re, &d = V(y)->im;
      cpp_rational re, im;
      switch (op) {
        case Tok::Add: re = a + c, im = b + d; break;
        case Tok::Sub: re = a - c, im = b - d; break;
        case Tok::Mul: re = a * c - b * d, im = b * c + a * d; break;
        case Tok::Quo: {
          cpp_rational s = c * c + d * d;
          if (s == 0) return unknown_;
          re = (a * c + b * d) / s;
          im = (b * c - a * d) / s;
          break;
        }
        default: return unknown_;
      }
      if (!normalize(re) || !normalize(im)) return unknown_;
      return own(new_complex(std::move(re), std::move(im)));
    }
    default: return unknown_;
  }
}

const Constant* ConstantPool::shift(Tok op, const Constant* x, uint64_t s) {
  const Constant* xi = to_int(x);
  if (!xi || s > 100000) return unknown_;
  if (op == Tok::Shl) return own(new_int(V(xi)->i << (unsigned)s));
  return own(new_int(V(xi)->i >> (unsigned)s));  // floors, like Go's
}

bool ConstantPool::compare(Tok op, const Constant* x, const Constant* y) {
  match(x, y);
  int c = 0;
  switch (x->kind()) {
    case Constant::Kind::Bool:
      c = V(x)->b == V(y)->b ? 0 : 1;
      break;
    case Constant::Kind::String: c = V(x)->s.compare(V(y)->s); break;
    case Constant::Kind::Int: c = V(x)->i.compare(V(y)->i); break;
    case Constant::Kind::Float: c = V(x)->f.compare(V(y)->f); break;
    case Constant::Kind::Complex:
      c = (V(x)->re == V(y)->re && V(x)->im == V(y)->im) ? 0 : 1;
      break;
    default: return false;
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

const Constant* ConstantPool::real(const Constant* x) {
  if (x->kind() == Constant::Kind::Complex) return own(new_float(V(x)->re));
  return x;
}

const Constant* ConstantPool::imag(const Constant* x) {
  if (x->kind() == Constant::Kind::Complex) return own(new_float(V(x)->im));
  if (x->kind() == Constant::Kind::Int) return make_int(0);
  return own(new_float(0));
}

const Constant* ConstantPool::make_complex(const Constant* re, const Constant* im) {
  return own(new_complex(as_rat(re), as_rat(im)));
}

}  // namespace csp
