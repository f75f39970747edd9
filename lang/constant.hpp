// Exact constant values, as Go's untyped constant arithmetic needs them.
//
// Integers are arbitrary precision (Boost.Multiprecision cpp_int), floats are
// exact rationals while they stay reasonable, complex numbers are pairs.
// Values are immutable and owned by a ConstantPool (one per TypeContext's
// user: the checker), so `const Constant*` may be shared freely.
//
// Boost stays inside constant.cpp: the operations below take and return
// `const Constant*`. Floats whose numerator or denominator grow past a few
// thousand bits are rounded to a 512-bit mantissa (Go's own precision for
// untyped floats), and magnitudes beyond ~2^20000 give Unknown, so no
// expression can make the checker hang or exhaust memory.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/token.hpp"

namespace csp {

class Constant {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  virtual ~Constant() = default;
  Kind kind() const { return kind_; }

  // Accessors the compiler uses once the checker has proven the value
  // representable in the expression's type.
  bool bool_val() const;
  const std::string& string_val() const;
  int64_t int64_val() const;    // Int (or integral Float) that fits int64
  uint64_t uint64_val() const;  // Int (or integral Float) that fits uint64
  // Nearest float64 / float32 (round to nearest even), from Int or Float.
  double float64_val() const;
  float float32_val() const;
  double real_val() const;  // Complex or any numeric: the real part
  double imag_val() const;
  // Go's formatting of the value in error messages ("1 << 100" prints as
  // 1267650600228229401496703205376; strings quoted).
  std::string to_string() const;

  // ---- queries used by the checker ----
  bool is_numeric() const {
    return kind_ == Kind::Int || kind_ == Kind::Float || kind_ == Kind::Complex;
  }
  // Sign of a numeric value (real part for complex): -1, 0, 1.
  int sign() const;
  // Bits needed for the absolute value of an Int (0 for 0).
  size_t bit_len() const;
  // True when a numeric value is an exact integer (imaginary part 0 too).
  bool is_integral() const;
  // True when an Int/integral value fits in a (signed or unsigned) integer
  // of `bits` bits.
  bool fits_int(int bits, bool is_signed) const;
  // Go's shortest formatting for "(untyped float constant 1e+1000)" style
  // suffixes: ints exactly, floats with %.6g.
  std::string short_string() const;

 protected:
  explicit Constant(Kind k) : kind_(k) {}

 private:
  Kind kind_;
};

// Owns constants; one per TypeContext. Operations return nullptr-free
// results: an impossible operation yields an Unknown constant, which callers
// treat as "error already reported / not constant".
class ConstantPool {
 public:
  ConstantPool();
  ~ConstantPool();
  ConstantPool(const ConstantPool&) = delete;
  ConstantPool& operator=(const ConstantPool&) = delete;

  const Constant* unknown() const { return unknown_; }
  const Constant* make_bool(bool b);
  const Constant* make_string(std::string s);
  const Constant* make_int(int64_t v);
  const Constant* make_uint(uint64_t v);
  const Constant* make_float(double v);

  // Interprets a literal's source text (Tok::Int, Float, Imag, Char,
  // String). On a malformed literal returns nullptr and sets *err.
  const Constant* from_literal(Tok tok, std::string_view text, std::string* err);

  // Conversions between numeric kinds. to_int returns nullptr unless the
  // value is an exact integer; to_float from complex needs imag == 0.
  const Constant* to_int(const Constant* x);
  const Constant* to_float(const Constant* x);
  const Constant* to_complex(const Constant* x);
  // Truncates a float towards zero (used nowhere Go would not: only for
  // reporting); nullptr for non-numeric.
  const Constant* truncate(const Constant* x);
  // Rounds a Float (or each part of a Complex) to float32/float64 precision;
  // returns nullptr on overflow to infinity.
  const Constant* round_float(const Constant* x, bool f32);

  // Unary - + ^ ! on a constant. For ^ on a typed unsigned value `ubits` is
  // its size in bits (0: signed/untyped, plain bitwise complement).
  const Constant* unary(Tok op, const Constant* x, int ubits);
  // Binary arithmetic + - * / % & | ^ &^ && ||; both operands already of the
  // same kind (call match() first). `int_div`: Quo truncates (integer
  // operands of integer type). Division by zero must be checked by caller.
  const Constant* binary(Tok op, const Constant* x, const Constant* y, bool int_div);
  // x << s or x >> s for an Int x.
  const Constant* shift(Tok op, const Constant* x, uint64_t s);
  // Comparison == != < <= > >= of two same-kind constants.
  bool compare(Tok op, const Constant* x, const Constant* y);
  // Brings two numeric constants to the larger of their kinds.
  void match(const Constant*& x, const Constant*& y);
  // The real / imaginary part of a numeric constant (as Float or Int).
  const Constant* real(const Constant* x);
  const Constant* imag(const Constant* x);
  const Constant* make_complex(const Constant* re, const Constant* im);

 private:
  template <class T>
  const Constant* own(std::unique_ptr<T> p);
  std::vector<std::unique_ptr<Constant>> owned_;
  const Constant* unknown_;
  const Constant* true_;
  const Constant* false_;
};

}  // namespace csp
