// The table of every native function of the standard library, by the
// qualified name the compiler asks for ("fmt.Println"). Declared once here;
// each package's implementation lives in its own folder.
#include <string_view>

#include "stdlib/builtin/builtin.hpp"
#include "stdlib/fmt/fmt.hpp"
#include "vm/program.hpp"

namespace csp {

namespace {
struct NativeDef {
  std::string_view name;
  NativeFn fn;
};

constexpr NativeDef kNatives[] = {
    {"builtin.print", builtin_print},
    {"builtin.println", builtin_println},
    {"fmt.Print", fmt_print},
    {"fmt.Println", fmt_println},
    {"fmt.Printf", fmt_printf},
    {"fmt.Sprint", fmt_sprint},
    {"fmt.Sprintln", fmt_sprintln},
    {"fmt.Sprintf", fmt_sprintf},
};
}  // namespace

NativeFn find_native(std::string_view qualified_name) {
  for (const auto& n : kNatives)
    if (n.name == qualified_name) return n.fn;
  return nullptr;
}

}  // namespace csp
