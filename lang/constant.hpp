// Exact constant values, as Go's untyped constant arithmetic needs them.
//
// Integers are arbitrary precision (Boost.Multiprecision cpp_int), floats are
// exact rationals while they stay reasonable, complex numbers are pairs.
// Values are immutable and owned by a ConstantPool (one per TypeContext's
// user: the checker), so `const Constant*` may be shared freely.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

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

 protected:
  explicit Constant(Kind k) : kind_(k) {}

 private:
  Kind kind_;
};

}  // namespace csp
