// parse_bounds_text: a native's bounds-failure text read back into the
// operands of the runtime.boundsError Go raises. The texts are Go's (see
// tests/lang/runtime_errors/bounds_error_forms.go, checked against go run).
#include <doctest/doctest.h>

#include <cstdint>

#include "vm/runtime_errors.hpp"

using csp::BoundsCode;
using csp::BoundsFailure;
using csp::parse_bounds_text;

namespace {

BoundsFailure parse(std::string_view text) {
  BoundsFailure b;
  b.x = b.y = -12345;
  CHECK_MESSAGE(parse_bounds_text(text, &b), text);
  return b;
}

void check(std::string_view text, int64_t x, int64_t y, BoundsCode code, bool is_signed = true) {
  BoundsFailure b = parse(text);
  CHECK_MESSAGE(b.x == x, text);
  if (y != -1) CHECK_MESSAGE(b.y == y, text);
  CHECK_MESSAGE(b.code == code, text);
  CHECK_MESSAGE(b.is_signed == is_signed, text);
}

}  // namespace

TEST_CASE("parse_bounds_text reads every form back") {
  check("index out of range [5] with length 3", 5, 3, BoundsCode::Index);
  check("index out of range [-2]", -2, -1, BoundsCode::Index);
  check("index out of range [-9223372036854775808]", INT64_MIN, -1, BoundsCode::Index);
  check("index out of range [18446744073709551615] with length 3", -1, 3, BoundsCode::Index, false);
  check("slice bounds out of range [:5] with length 3", 5, 3, BoundsCode::SliceAlen);
  check("slice bounds out of range [:6] with capacity 5", 6, 5, BoundsCode::SliceAcap);
  check("slice bounds out of range [:-2]", -2, -1, BoundsCode::SliceAlen);
  check("slice bounds out of range [2:1]", 2, 1, BoundsCode::SliceB);
  check("slice bounds out of range [-4:]", -4, -1, BoundsCode::SliceB);
  check("slice bounds out of range [::5] with capacity 3", 5, 3, BoundsCode::Slice3Acap);
  check("slice bounds out of range [::5] with length 3", 5, 3, BoundsCode::Slice3Alen);
  check("slice bounds out of range [::-1]", -1, -1, BoundsCode::Slice3Alen);
  check("slice bounds out of range [:2:1]", 2, 1, BoundsCode::Slice3B);
  check("slice bounds out of range [:-4:]", -4, -1, BoundsCode::Slice3B);
  check("slice bounds out of range [2:1:]", 2, 1, BoundsCode::Slice3C);
  check("slice bounds out of range [-4::]", -4, -1, BoundsCode::Slice3C);
  check("cannot convert slice with length 3 to pointer to array with length 5", 5, 3, BoundsCode::Convert);
}

TEST_CASE("parse_bounds_text rejects other texts") {
  BoundsFailure b;
  for (std::string_view text : {
           "slice bounds out of range",                // no operands (csp's own check)
           "index out of range [5]",                   // a non-negative index names its length
           "index out of range [-5] with length 3",    // a negative one does not
           "index out of range [5] with length 3 ",    // trailing text
           "index out of range [5] with length -3",    // lengths are not negative
           "index out of range [] with length 3",      // no digits
           "index out of range [99999999999999999999] with length 3",  // past uint64
           "integer divide by zero",
       })
    CHECK_MESSAGE(!parse_bounds_text(text, &b), text);
}
