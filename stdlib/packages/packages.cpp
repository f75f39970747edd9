// Declaration sources of the standard-library packages (see
// stdlib/packages.hpp). Keep each in sync with the natives the VM registers.
#include "stdlib/packages.hpp"

namespace csp {

namespace {

struct PackageSource {
  std::string_view path;
  std::string_view source;
};

constexpr PackageSource kPackages[] = {
    {"fmt", R"(package fmt

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
)"},
};

}  // namespace

std::string_view stdlib_package_source(std::string_view path) {
  for (const auto& p : kPackages)
    if (p.path == path) return p.source;
  return {};
}

}  // namespace csp
