// Package strconv: formatting and quoting (the parsers return `error` and
// the Append* functions take slices; both wait for the language).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus strconv_itoa(NativeCall& c);
NativeStatus strconv_format_int(NativeCall& c);
NativeStatus strconv_format_uint(NativeCall& c);
NativeStatus strconv_format_float(NativeCall& c);
NativeStatus strconv_format_bool(NativeCall& c);
NativeStatus strconv_quote(NativeCall& c);
NativeStatus strconv_quote_to_ascii(NativeCall& c);
NativeStatus strconv_quote_rune(NativeCall& c);
NativeStatus strconv_quote_rune_to_ascii(NativeCall& c);
NativeStatus strconv_can_backquote(NativeCall& c);
NativeStatus strconv_is_print(NativeCall& c);
NativeStatus strconv_is_graphic(NativeCall& c);

}  // namespace csp
