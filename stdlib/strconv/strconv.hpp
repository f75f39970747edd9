// Package strconv: formatting, quoting and the Append* functions in C++;
// the parsers' cores are in parse.hpp, their errors and Unquote in strconv.go.
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

NativeStatus strconv_append_int(NativeCall& c);
NativeStatus strconv_append_uint(NativeCall& c);
NativeStatus strconv_append_bool(NativeCall& c);
NativeStatus strconv_append_float(NativeCall& c);
NativeStatus strconv_append_quote(NativeCall& c);
NativeStatus strconv_append_quote_to_ascii(NativeCall& c);
NativeStatus strconv_append_quote_rune(NativeCall& c);
NativeStatus strconv_append_quote_rune_to_ascii(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable strconv_natives;

}  // namespace csp
