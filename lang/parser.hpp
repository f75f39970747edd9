// The parser: Go's grammar (without type parameters) into the AST of
// lang/ast.hpp, plus csp's script mode.
//
// Invariants: parse_file always returns a File (possibly partial) and never
// throws, crashes or loops, whatever the input. Syntax errors are reported
// into the Diagnostics sink in the wording of Go's gc compiler ("syntax
// error: unexpected newline, expecting comma or )"); after an error the
// parser skips to the next statement or declaration, so one mistake gives
// one message. Nesting deeper than kMaxNestingDepth (parentheses, blocks,
// unary operators, types, ...) is reported once and ends the parse, so no
// stage after the parser can overflow the C++ stack on a deep tree.
#pragma once

#include <string>
#include <string_view>

#include "lang/ast.hpp"
#include "lang/diagnostics.hpp"

namespace csp {

inline constexpr int kMaxNestingDepth = 1000;

// Parses one source file. A file that does not start with a `package`
// clause is a script (see File). The File and its nodes belong to `arena`;
// `src` must outlive the call only.
File* parse_file(AstArena& arena, std::string filename, std::string_view src,
                 Diagnostics& diags);

}  // namespace csp
