// The Go sources of the standard-library packages (see stdlib/packages.hpp).
// Each package's sources are stdlib/<folder>/*.go, embedded at build time
// by cmake/embed_packages.cmake; keep their bodiless functions in sync with
// the natives the package registers.
#include "stdlib/packages.hpp"

namespace csp {

namespace {

struct PackageSource {
  std::string_view path;
  std::string_view name;
  std::string_view source;
};

constexpr PackageSource kPackages[] = {
#include "stdlib_sources.inc"
};

}  // namespace

std::vector<StdlibFile> stdlib_package_files(std::string_view path) {
  std::vector<StdlibFile> files;
  for (const auto& p : kPackages)
    if (p.path == path) files.push_back({p.name, p.source});
  return files;
}

}  // namespace csp
