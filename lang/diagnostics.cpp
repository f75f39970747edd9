#include "lang/diagnostics.hpp"

#include <algorithm>

namespace csp {

void Diagnostics::error(Pos pos, std::string message, std::string hint) {
  for (const auto& d : list_)
    if (d.pos.line == pos.line) return;  // one error per line: no cascades
  if (list_.size() >= kMaxErrors) {
    ++dropped_;
    return;
  }
  list_.push_back({pos, std::move(message), std::move(hint)});
}

void Diagnostics::type_error(Pos pos, std::string message, std::string hint) {
  for (const auto& d : list_)
    if (d.pos.line == pos.line && d.message == message) return;
  if (list_.size() >= kMaxErrors) {
    ++dropped_;
    return;
  }
  list_.push_back({pos, std::move(message), std::move(hint)});
}

static std::string_view line_of(std::string_view src, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = src.find('\n', start);
  if (end == std::string_view::npos) end = src.size();
  return src.substr(start, end - start);
}

std::string Diagnostics::render(std::string_view filename,
                                std::string_view source) const {
  std::vector<Diagnostic> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line
                                    : a.pos.col < b.pos.col;
  });
  std::string out;
  for (const auto& d : sorted) {
    out += std::string(filename) + ":" + std::to_string(d.pos.line) + ":" +
           std::to_string(d.pos.col) + ": " + d.message + "\n";
    std::string_view text = line_of(source, d.pos.line);
    // Show the line only when it is printable and not huge (a 1 MB literal).
    if (!text.empty() && text.size() <= 200) {
      std::string caret;
      for (int i = 1; i < d.pos.col && i <= (int)text.size(); ++i)
        caret += text[i - 1] == '\t' ? '\t' : ' ';
      out += "\t" + std::string(text) + "\n\t" + caret + "^\n";
    }
    if (!d.hint.empty()) out += "\t" + d.hint + "\n";
  }
  if (dropped_ > 0) out += "too many errors\n";
  return out;
}

}  // namespace csp
