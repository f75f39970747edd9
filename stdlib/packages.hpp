// Go declarations of the standard-library packages csp provides.
//
// Each package is declared in Go syntax: functions without bodies are
// natives, bound by the compiler as "path.Name" (see Func::is_native). The
// StdImporter (lang/importer.hpp) parses and checks these sources on demand.
#pragma once

#include <string_view>

namespace csp {

// The Go declaration source of the package at `path`, or an empty view when
// csp has no such package.
std::string_view stdlib_package_source(std::string_view path);

}  // namespace csp
