// Go declarations of the standard-library packages csp provides.
//
// Each package is declared in Go syntax: functions without bodies are
// natives, bound by the compiler as "path.Name" (see Func::is_native). The
// StdImporter (lang/importer.hpp) parses and checks these sources on demand.
#pragma once

#include <string_view>
#include <vector>

namespace csp {

// One Go source file of a standard package: stdlib/<folder>/<name>.
struct StdlibFile {
  std::string_view name;  // "mutex.go"
  std::string_view source;
};

// The source files of the package at `path` in name order, or none when csp
// has no such package.
std::vector<StdlibFile> stdlib_package_files(std::string_view path);

}  // namespace csp
