// Run-time errors as Go values.
//
// When the VM panics on its own (an index out of range, a nil map write, a
// failed type assertion, ...) the panic value is what Go's runtime would
// panic with: a runtime.Error of one of the runtime package's types
// (stdlib/runtime/runtime.go): runtime.errorString, runtime.plainError,
// runtime.boundsError or *runtime.TypeAssertionError. recover() returns it,
// fmt prints it through its Error method, and the fatal report calls that
// method too, so every text comes from one place, the Go source.
//
// The values are built here in C++ from the layout of those types, which
// init() checks against the compiled package.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace csp {

class Type;
class Package;
class TypeContext;
struct Program;
struct Iface;
struct LocalHeap;

// Go's boundsErrorCode: which check of an index or slice expression failed.
enum class BoundsCode : uint8_t {
  Index,       // s[x]: 0 <= x < len(s)
  SliceAlen,   // s[?:x]: 0 <= x <= len(s)
  SliceAcap,   // s[?:x]: 0 <= x <= cap(s)
  SliceB,      // s[x:y]: 0 <= x <= y
  Slice3Alen,  // s[?:?:x]: 0 <= x <= len(s)
  Slice3Acap,  // s[?:?:x]: 0 <= x <= cap(s)
  Slice3B,     // s[?:x:y]: 0 <= x <= y
  Slice3C,     // s[x:y:?]: 0 <= x <= y
  Convert,     // (*[x]T)(s): 0 <= x <= len(s)
};

// Which operand of the index or slice expression a failure's x is: 0 the
// index or low bound, 1 the high bound, 2 the max (see
// Proto::unsigned_bounds); -1 for a conversion, whose x is an array length.
inline int bounds_operand(BoundsCode c) {
  switch (c) {
    case BoundsCode::Index: case BoundsCode::SliceB: case BoundsCode::Slice3C: return 0;
    case BoundsCode::SliceAlen: case BoundsCode::SliceAcap: case BoundsCode::Slice3B: return 1;
    case BoundsCode::Slice3Alen: case BoundsCode::Slice3Acap: return 2;
    case BoundsCode::Convert: break;
  }
  return -1;
}

// A failed bounds check: the operands Go's boundsError reports.
struct BoundsFailure {
  int64_t x = 0;
  int64_t y = 0;
  BoundsCode code = BoundsCode::Index;
  bool is_signed = true;
};

// A failed type assertion x.(T): the static interface type of x (nullptr
// when T is an interface type: Go's message then says "interface"), the
// dynamic type (nullptr for a nil x), T, and the method T needs that the
// dynamic type lacks.
struct AssertFailure {
  const Type* iface = nullptr;
  const Type* concrete = nullptr;
  const Type* asserted = nullptr;
  std::string missing;
};

// Reads a bounds failure back from its Go text (without the "runtime
// error: " prefix): natives can only panic with a text, and the value must
// still be a runtime.boundsError (%T, %#v). False for any other text.
bool parse_bounds_text(std::string_view text, BoundsFailure* out);

// The failed check of x[lo:hi] or x[lo:hi:max] against `bound` (len or
// cap); the caller has established that the check fails.
BoundsFailure slice_failure(int64_t lo, int64_t hi, int64_t max, bool three, bool hi_given,
                            int64_t bound, bool is_cap);

class RuntimeErrors {
 public:
  // Finds the error types in the compiled runtime package and checks their
  // layout and method sets. On a mismatch (a bug in csp) returns false with
  // a message.
  bool init(const Program& prog, TypeContext& types, const Package& runtime, std::string* err);
  bool ready() const { return bounds_ != nullptr; }

  // A panic the VM raises with Go's text: "runtime error: X" is
  // errorString("X"), any other text a plainError ("assignment to entry in
  // nil map", "send on closed channel", ...).
  Iface* from_text(LocalHeap& h, std::string_view text) const;
  // A native's panic: a failed bounds check's text ("runtime error: index
  // out of range [3] with length 3") is the boundsError Go would raise,
  // another "runtime error: X" is errorString("X"); anything else is the
  // string the native panicked with (as Go's panic("...")).
  Iface* from_native(LocalHeap& h, std::string_view text) const;
  Iface* bounds(LocalHeap& h, const BoundsFailure& b) const;
  Iface* type_assertion(LocalHeap& h, const AssertFailure& a) const;

 private:
  const Type* string_ = nullptr;
  const Type* error_string_ = nullptr;
  const Type* plain_error_ = nullptr;
  const Type* bounds_ = nullptr;
  const Type* assert_ptr_ = nullptr;  // *TypeAssertionError
  Iface* box(LocalHeap& h, const Type* t, uint64_t bits) const;
};

}  // namespace csp
