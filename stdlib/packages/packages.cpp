// The Go sources of the standard-library packages (see stdlib/packages.hpp).
// Each package's source is stdlib/<folder>/<name>.go, embedded at build time
// by cmake/embed_packages.cmake; keep its bodiless functions in sync with the
// natives the package registers.
#include "stdlib/packages.hpp"

namespace csp {

namespace {

struct PackageSource {
  std::string_view path;
  std::string_view source;
};

constexpr PackageSource kPackages[] = {
#include "stdlib_sources.inc"
};

}  // namespace

std::string_view stdlib_package_source(std::string_view path) {
  for (const auto& p : kPackages)
    if (p.path == path) return p.source;
  return {};
}

}  // namespace csp
