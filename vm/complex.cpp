// Complex numbers at run time (see complex.hpp).
//
// The arithmetic must round exactly as Go on amd64 does: no fused
// multiply-add (the default x86-64 target has none, and Go does not fuse
// there either).
#include "vm/complex.hpp"

#include <cmath>
#include <cstring>

namespace csp {

Slot make_complex(LocalHeap& lh, double re, double im) {
  uint64_t bits[2];
  std::memcpy(&bits[0], &re, 8);
  std::memcpy(&bits[1], &im, 8);
  if ((bits[0] | bits[1]) == 0) return slot_p(nullptr);  // +0+0i
  auto* o = static_cast<CplxObj*>(lh.cache->alloc(sizeof(CplxObj), true));
  o->parts[0].f = re;
  o->parts[1].f = im;
  return slot_p(o->parts);
}

Slot make_complex64(LocalHeap& lh, double re, double im) {
  return make_complex(lh, static_cast<float>(re), static_cast<float>(im));
}

namespace {

// runtime.inf2one: a signed 1 if f is an infinity, a signed 0 otherwise.
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }

}  // namespace

// A transcription of Go 1.19's runtime/complex.go.
ComplexParts complex_div(ComplexParts n, ComplexParts m) {
  double e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    double ratio = m.im / m.re;
    double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    double ratio = m.re / m.im;
    double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    const double inf = INFINITY;
    double a = n.re, b = n.im, c = m.re, d = m.im;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

Slot complex_binary(LocalHeap& lh, ComplexOp op, Slot xs, Slot ys) {
  ComplexParts x = complex_parts(xs), y = complex_parts(ys), z;
  switch (op) {
    case ComplexOp::Add: case ComplexOp::Add64: z = {x.re + y.re, x.im + y.im}; break;
    case ComplexOp::Sub: case ComplexOp::Sub64: z = {x.re - y.re, x.im - y.im}; break;
    case ComplexOp::Mul: case ComplexOp::Mul64: z = complex_mul(x, y); break;
    default: z = complex_div(x, y); break;
  }
  return op >= ComplexOp::Add64 ? make_complex64(lh, z.re, z.im) : make_complex(lh, z.re, z.im);
}

Slot complex_neg(LocalHeap& lh, Slot xs) {
  ComplexParts x = complex_parts(xs);
  return make_complex(lh, -x.re, -x.im);
}

Slot complex_round64(LocalHeap& lh, Slot xs) {
  ComplexParts x = complex_parts(xs);
  return make_complex64(lh, x.re, x.im);
}

bool complex_equal(Slot xs, Slot ys) {
  ComplexParts x = complex_parts(xs), y = complex_parts(ys);
  return x.re == y.re && x.im == y.im;
}

}  // namespace csp
