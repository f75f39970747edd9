// StdImporter: std packages from their Go declaration sources.
//
// A declaration source that fails to parse or check is a bug in csp, not in
// the user's program; the package is still returned (with whatever was
// declared) so the user's program gets ordinary "undefined" errors.
#include "lang/importer.hpp"

#include <cstdio>

#include "lang/parser.hpp"
#include "stdlib/packages.hpp"

namespace csp {

StdImporter::StdImporter(TypeContext& ctx) : ctx_(ctx), arena_(std::make_unique<AstArena>()) {}
StdImporter::~StdImporter() = default;

Package* StdImporter::import(const std::string& path) {
  auto it = cache_.find(path);
  if (it != cache_.end()) return it->second;
  std::string_view src = stdlib_package_source(path);
  if (src.empty()) return nullptr;
  auto* pkg = ctx_.make<Package>();
  pkg->path = path;
  pkg->native = true;
  cache_[path] = pkg;  // before checking: a cyclic import finds it
  Diagnostics diags;
  File* f = parse_file(*arena_, "<std>/" + path + ".go", src, diags);
  if (f) {
    if (f->package_name) pkg->name = f->package_name->name;
    check_package(ctx_, *pkg, {f}, *this, diags);
    if (pkg->files.empty()) pkg->files.push_back(f);
  }
  // A standard package that does not check is a bug in csp itself: say so
  // loudly rather than compile half a package.
  if (diags.has_errors())
    std::fprintf(stderr, "csp: internal error in standard package %s:\n%s", path.c_str(),
                 diags.render("<std>/" + path + ".go", src).c_str());
  return pkg;
}

}  // namespace csp
