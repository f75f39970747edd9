// Positioned diagnostics, shared by every front-end stage.
//
// A stage reports {position, message} pairs into a Diagnostics sink; the sink
// keeps them in order, drops a second syntax error on the same line (gc and
// go/parser do the same to avoid follow-on noise) and stops collecting after
// a limit. Rendering (file:line:col, the source line and a caret) is separate
// so the REPL and the embedding API can present errors their own way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/token.hpp"

namespace csp {

struct Diagnostic {
  Pos pos;
  std::string message;
  std::string hint;  // optional "did you mean ...?" style help
};

class Diagnostics {
 public:
  static constexpr size_t kMaxErrors = 10;

  // Records an error unless one was already reported on the same line or the
  // limit is reached (gc's rule for syntax errors).
  void error(Pos pos, std::string message, std::string hint = {});
  // A type error: like gc, drops it only when the same message was already
  // reported on its line (different errors on one line are all reported).
  void type_error(Pos pos, std::string message, std::string hint = {});
  bool has_errors() const { return !list_.empty() || dropped_ > 0; }
  const std::vector<Diagnostic>& list() const { return list_; }
  size_t count() const { return list_.size(); }

  // Formats every diagnostic as Go does (`file:line:col: message`), followed
  // by the source line and a caret under the column, and the hint if any.
  std::string render(std::string_view filename, std::string_view source) const;

 private:
  std::vector<Diagnostic> list_;
  size_t dropped_ = 0;
};

}  // namespace csp
