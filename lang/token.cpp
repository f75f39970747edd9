// Token spellings, keyword lookup and operator precedence, generated from the
// CSP_TOKENS table so the list of tokens exists in one place only.
#include "lang/token.hpp"

#include <array>

namespace csp {

namespace {
constexpr std::string_view kSpellings[] = {
#define CSP_X(name, str) str,
    CSP_TOKENS(CSP_X)
#undef CSP_X
};
constexpr size_t kNumTokens = sizeof(kSpellings) / sizeof(kSpellings[0]);
}  // namespace

std::string_view tok_string(Tok t) {
  auto i = static_cast<size_t>(t);
  return i < kNumTokens ? kSpellings[i] : std::string_view("?");
}

Tok lookup_keyword(std::string_view s) {
  // Keywords are 2..11 bytes and start with a lowercase letter; a linear scan
  // over 25 entries is only reached for such identifiers.
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return Tok::Ident;
  for (auto i = static_cast<size_t>(Tok::Break); i <= static_cast<size_t>(Tok::Var); ++i)
    if (kSpellings[i] == s) return static_cast<Tok>(i);
  return Tok::Ident;
}

int precedence(Tok t) {
  switch (t) {
    case Tok::LOr:
      return 1;
    case Tok::LAnd:
      return 2;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      return 3;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    default:
      return 0;
  }
}

}  // namespace csp
