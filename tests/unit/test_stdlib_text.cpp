// Unit tests for the text helpers behind strings, unicode and unicode/utf8:
// Go's simple case folding and case mapping tables, and UTF-8 decoding from
// the end. Expectations are Go 1.19's results (checked with go run).
#include <doctest/doctest.h>

#include <string_view>

#include "stdlib/unicode/unicode.hpp"
#include "stdlib/utf8/utf8.hpp"

namespace uni = csp::uni;
namespace u8 = csp::utf8;
using namespace std::literals;

TEST_CASE("unicode: SimpleFold orbits") {
  CHECK(uni::simple_fold('A') == 'a');
  CHECK(uni::simple_fold('a') == 'A');
  CHECK(uni::simple_fold('K') == 'k');
  CHECK(uni::simple_fold('k') == 0x212A);  // Kelvin sign
  CHECK(uni::simple_fold(0x212A) == 'K');
  CHECK(uni::simple_fold(0x1C4) == 0x1C5);  // Ǆ -> ǅ -> ǆ -> Ǆ
  CHECK(uni::simple_fold(0x1C5) == 0x1C6);
  CHECK(uni::simple_fold(0x1C6) == 0x1C4);
  CHECK(uni::simple_fold(0xDF) == 0x1E9E);  // ß <-> ẞ
  CHECK(uni::simple_fold(0x1E9E) == 0xDF);
  CHECK(uni::simple_fold('1') == '1');
  CHECK(uni::simple_fold(-2) == -2);
  CHECK(uni::simple_fold(0x110000) == 0x110000);
}

TEST_CASE("unicode: case mapping") {
  CHECK(uni::to_upper(0xDF) == 0xDF);        // ß has no simple upper case
  CHECK(uni::to_upper(0x1C5) == 0x1C4);      // ǅ
  CHECK(uni::to_lower(0x1C5) == 0x1C6);
  CHECK(uni::to_title(0x1C6) == 0x1C5);
  CHECK(uni::to_lower(0x130) == 'i');        // İ
  CHECK(uni::to_upper(0x131) == 'I');        // ı
  CHECK(uni::to_upper(0x101) == 0x100);      // UpperLower range
  CHECK(uni::to_lower(0x100) == 0x101);
  CHECK(uni::to_upper(0x3C2) == 0x3A3);      // ς
  CHECK(uni::to_case(3, 'a') == 0xFFFD);
  CHECK(uni::to_upper(-1) == -1);
}

TEST_CASE("unicode: classes") {
  CHECK(uni::has('a', uni::kLetter));
  CHECK(uni::has(0x85, uni::kSpace));
  CHECK(uni::is_space(0x3000));
  CHECK_FALSE(uni::is_space(0x200B));
  CHECK(uni::has(0x7F, uni::kControl));
  CHECK_FALSE(uni::has(0xA0, uni::kPrint));
  CHECK(uni::has(0xA0, uni::kGraphic));
  CHECK(uni::props(-1) == 0);
  CHECK(uni::props(0x110000) == 0);
}

TEST_CASE("utf8: decoding like Go") {
  CHECK(u8::decode("").size == 0);
  CHECK(u8::decode("\xed\xa0\x80"sv).rune == u8::kRuneError);  // surrogate
  CHECK(u8::decode("\xc0\x80"sv).size == 1);                     // overlong
  auto d = u8::decode_last("a\xe2\x82\xac"sv);
  CHECK(d.rune == 0x20AC);
  CHECK(d.size == 3);
  d = u8::decode_last("\xe2\x82"sv);
  CHECK(d.rune == u8::kRuneError);
  CHECK(d.size == 1);
  d = u8::decode_last("x\x80\x80\x80\x80"sv);
  CHECK(d.size == 1);
  CHECK(u8::full_rune("\xe2\x82"sv) == false);
  CHECK(u8::full_rune("\xe2\x41"sv) == true);
  CHECK(u8::rune_count("a\xffé"sv) == 3);
  CHECK(u8::valid_string("\xef\xbf\xbd"sv));
  CHECK_FALSE(u8::valid_string("\xff"sv));
}
