// Finds a native function of the standard library by the qualified name the
// compiler asks for ("fmt.Println"). Each package declares its own table next
// to its implementation; adding a package adds one line here.
#include <string_view>

#include "stdlib/atomic/atomic.hpp"
#include "stdlib/builtin/builtin.hpp"
#include "stdlib/debug/debug.hpp"
#include "stdlib/errors/errors.hpp"
#include "stdlib/fmt/fmt.hpp"
#include "stdlib/math/math.hpp"
#include "stdlib/os/os.hpp"
#include "stdlib/runtime/runtime.hpp"
#include "stdlib/sort/sort.hpp"
#include "stdlib/strconv/strconv.hpp"
#include "stdlib/strings/strings.hpp"
#include "stdlib/sync/sync.hpp"
#include "stdlib/time/time.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/utf8/utf8.hpp"
#include "vm/program.hpp"

namespace csp {

namespace {
const NativeTable* const kPackageTables[] = {
    &atomic_natives,  &sync_natives,
    &builtin_natives, &debug_natives,   &errors_natives,  &fmt_natives,     &math_natives,
    &os_natives,      &runtime_natives, &sort_natives,    &strconv_natives, &strings_natives,
    &time_natives,    &unicode_natives, &utf8_natives,
};
}  // namespace

const NativeDef* find_native_def(std::string_view qualified_name) {
  for (const NativeTable* table : kPackageTables)
    for (const NativeDef& n : *table)
      if (n.name == qualified_name) return &n;
  return nullptr;
}

NativeFn find_native(std::string_view qualified_name) {
  const NativeDef* d = find_native_def(qualified_name);
  return d ? d->fn : nullptr;
}

}  // namespace csp
