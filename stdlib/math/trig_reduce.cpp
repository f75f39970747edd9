// Payne-Hanek reduction of huge trigonometric arguments (x >= 2^29), where
// subtracting multiples of a three-part Pi/4 would lose all precision.
//
// x = m * 2^s with m the 53-bit integer mantissa. The octant and the
// position inside it are x * 4/Pi modulo 8. Bits of 4/Pi worth 8 * 2^-s or
// more contribute only multiples of 8 and can be skipped; so the product
// is formed with a 192-bit window of 4/Pi starting just below that weight,
// which leaves more than 120 good bits after the 3 octant bits.
#include "stdlib/math/fp_internal.hpp"

namespace csp::gomath::detail {

namespace {

using u128 = unsigned __int128;

// The binary expansion of 4/Pi: word 0 holds the integer part (1), each
// further word the next 64 fraction bits. Produced by
// stdlib/math/gen/four_over_pi.py.
constexpr uint64_t kFourOverPi[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// The 64 bits of the expansion that start at bit `first` (bit 0 is the top
// bit of word 0, worth 2^63).
uint64_t expansion_bits(unsigned first) {
  unsigned word = first / 64, shift = first % 64;
  if (shift == 0) return kFourOverPi[word];
  return (kFourOverPi[word] << shift) | (kFourOverPi[word + 1] >> (64 - shift));
}

}  // namespace

double reduce_huge(double x, unsigned* octant) {
  uint64_t b = to_bits(x);
  int scale = exponent_field(b) - kExponentBias - kMantissaBits;  // x = m * 2^scale, scale >= -23
  uint64_t m = (b & kMantissaField) | (uint64_t{1} << kMantissaBits);

  // Table bit t is worth 2^(63-t); m * 2^scale * 2^(63-t) is a multiple of
  // 8 for t <= scale + 60, so the window starts at t = scale + 61. Then
  // x * 4/Pi mod 8 = (m * W mod 2^192) / 2^189 for the window W; keep bits
  // 64..191 of m * W (the bits below carry too little weight to matter).
  unsigned first = static_cast<unsigned>(scale + 61);
  uint64_t w0 = expansion_bits(first), w1 = expansion_bits(first + 64), w2 = expansion_bits(first + 128);
  u128 product = static_cast<u128>(w1) * m + ((static_cast<u128>(w2) * m) >> 64) +
                 (static_cast<u128>(w0 * m) << 64);  // wraps modulo 2^128, as intended
  unsigned j = static_cast<unsigned>(product >> 125);  // the octant, x*4/Pi's integer part mod 8

  // The fraction (bits 124..0 of product) as a double in [0, 1), truncated.
  // Go normalizes its first 64 bits and fills the bits vacated by the shift
  // from the top of product's low word, which repeats 3 bits already used
  // instead of continuing with the next ones; this only shows when the
  // fraction is below 2^-12, and is reproduced here to keep Go's results.
  uint64_t head = static_cast<uint64_t>(product >> 61);
  uint64_t low_word = static_cast<uint64_t>(product);
  uint64_t mantissa = 0;
  int lead = 64;  // position of the leading one below the binary point, minus 1
  if (head != 0) {
    lead = std::countl_zero(head);
    uint64_t shifted = lead < 63 ? head << (lead + 1) : 0;
    mantissa = (shifted | (low_word >> (63 - lead))) >> 12;
  }
  double z = from_bits((static_cast<uint64_t>(kExponentBias - (lead + 1)) << kMantissaBits) | mantissa);

  // An odd octant is measured from its upper end: round the octant up to
  // even and make z negative, so that |z| <= 1.
  if (j & 1) {
    j = (j + 1) & 7;
    z -= 1;
  }
  *octant = j;
  return z * kQuarterPi;
}

}  // namespace csp::gomath::detail
