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
  std::vector<StdlibFile> sources = stdlib_package_files(path);
  if (sources.empty()) return nullptr;
  auto* pkg = ctx_.make<Package>();
  pkg->path = path;
  pkg->native = true;
  cache_[path] = pkg;  // before checking: a cyclic import finds it
  // Files are named <std>/<path>/<file>, so tracebacks show the base name
  // Go's show (mutex.go).
  Diagnostics diags;
  std::vector<File*> files;
  std::string rendered;
  for (const StdlibFile& sf : sources) {
    std::string name = "<std>/" + path + "/" + std::string(sf.name);
    Diagnostics fd;
    if (File* f = parse_file(*arena_, name, sf.source, fd)) files.push_back(f);
    if (fd.has_errors()) rendered += fd.render(name, sf.source);
  }
  if (!files.empty()) {
    if (files[0]->package_name) pkg->name = files[0]->package_name->name;
    check_package(ctx_, *pkg, files, *this, diags);
    if (pkg->files.empty()) pkg->files = files;
  }
  // Diagnostics name their file; render each file's own.
  if (diags.has_errors())
    for (size_t k = 0; k < files.size(); ++k)
      rendered += diags.render(files[k]->filename, sources[k].source);
  // A standard package that does not check is a bug in csp itself: say so
  // loudly rather than compile half a package.
  if (!rendered.empty())
    std::fprintf(stderr, "csp: internal error in standard package %s:\n%s", path.c_str(), rendered.c_str());
  return pkg;
}

}  // namespace csp
