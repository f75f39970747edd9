// Complex numbers at run time (spec/internals.md, "Values").
//
// A complex64 or complex128 value is one slot pointing to an immutable
// CplxObj holding its real and imaginary parts as two doubles; nullptr is
// 0+0i, so zeroed memory is a valid complex zero and a zero result needs no
// allocation. A complex64's parts are float32 values held as doubles:
// arithmetic is done in float64 and each part rounded back, as Go's
// compiler does (it widens complex64 operands for + - * and divides in
// complex128). Immutability keeps the one-slot-per-value rule: assignment
// copies the pointer, and a racing reader sees an old or a new value,
// never half of one.
#pragma once

#include "vm/heap.hpp"
#include "vm/layout.hpp"
#include "vm/value.hpp"

namespace csp {

// The slot points at parts[0] (layout.hpp's complex_parts reads it).
struct CplxObj {  // noscan, so headerless (see ObjHeader)
  Slot parts[2];
};

// A complex value with parts re and im (nullptr for +0+0i).
Slot make_complex(LocalHeap& lh, double re, double im);
// As make_complex, each part rounded to float32 first (complex64 results).
Slot make_complex64(LocalHeap& lh, double re, double im);

// The interpreter's complex instructions, out of line so that they do not
// weigh on the register allocation of its hot loop. ComplexOp follows the
// order of AddC .. DivC64 in CSP_OPCODES.
enum class ComplexOp { Add, Sub, Mul, Div, Add64, Sub64, Mul64, Div64 };
Slot complex_binary(LocalHeap& lh, ComplexOp op, Slot x, Slot y);
Slot complex_neg(LocalHeap& lh, Slot x);
Slot complex_round64(LocalHeap& lh, Slot x);  // complex64(x)
bool complex_equal(Slot x, Slot y);

// Go's runtime.complex128div: Smith's algorithm, then C99's corrections
// where both parts came out NaN (infinite or zero operands).
ComplexParts complex_div(ComplexParts n, ComplexParts m);

inline ComplexParts complex_mul(ComplexParts x, ComplexParts y) {
  return {x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re};
}

}  // namespace csp
