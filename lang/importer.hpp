// The standard-library importer: parses and checks the Go declaration source
// of a std package (stdlib/packages.hpp) the first time it is imported and
// caches the resulting Package. One StdImporter per TypeContext (per VM):
// packages and their ASTs live as long as the importer.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "lang/check.hpp"

namespace csp {

class StdImporter : public Importer {
 public:
  explicit StdImporter(TypeContext& ctx);
  ~StdImporter() override;
  Package* import(const std::string& path) override;

 private:
  TypeContext& ctx_;
  std::unique_ptr<AstArena> arena_;
  std::map<std::string, Package*> cache_;
};

}  // namespace csp
