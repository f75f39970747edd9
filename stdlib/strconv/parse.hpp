// The parsing cores behind strconv.ParseUint, ParseInt, Atoi and ParseFloat
// (see parse.cpp); their errors are built in Go (strconv.go).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus strconv_parse_uint(NativeCall& c);
NativeStatus strconv_parse_int(NativeCall& c);
NativeStatus strconv_parse_float(NativeCall& c);

}  // namespace csp
