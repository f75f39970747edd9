// Package strings: the functions over scalars, strings and slices (the func
// and Builder/Reader ones wait for the language).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus strings_contains(NativeCall& c);
NativeStatus strings_contains_rune(NativeCall& c);
NativeStatus strings_contains_any(NativeCall& c);
NativeStatus strings_count(NativeCall& c);
NativeStatus strings_has_prefix(NativeCall& c);
NativeStatus strings_has_suffix(NativeCall& c);
NativeStatus strings_index(NativeCall& c);
NativeStatus strings_index_byte(NativeCall& c);
NativeStatus strings_index_rune(NativeCall& c);
NativeStatus strings_index_any(NativeCall& c);
NativeStatus strings_last_index(NativeCall& c);
NativeStatus strings_last_index_byte(NativeCall& c);
NativeStatus strings_last_index_any(NativeCall& c);
NativeStatus strings_repeat(NativeCall& c);
NativeStatus strings_replace(NativeCall& c);
NativeStatus strings_replace_all(NativeCall& c);
NativeStatus strings_to_upper(NativeCall& c);
NativeStatus strings_to_lower(NativeCall& c);
NativeStatus strings_to_title(NativeCall& c);
NativeStatus strings_to_valid_utf8(NativeCall& c);
NativeStatus strings_trim_space(NativeCall& c);
NativeStatus strings_trim(NativeCall& c);
NativeStatus strings_trim_left(NativeCall& c);
NativeStatus strings_trim_right(NativeCall& c);
NativeStatus strings_trim_prefix(NativeCall& c);
NativeStatus strings_trim_suffix(NativeCall& c);
NativeStatus strings_equal_fold(NativeCall& c);
NativeStatus strings_compare(NativeCall& c);
NativeStatus strings_cut(NativeCall& c);
NativeStatus strings_cut_prefix(NativeCall& c);
NativeStatus strings_cut_suffix(NativeCall& c);
NativeStatus strings_split(NativeCall& c);
NativeStatus strings_split_after(NativeCall& c);
NativeStatus strings_split_n(NativeCall& c);
NativeStatus strings_split_after_n(NativeCall& c);
NativeStatus strings_fields(NativeCall& c);
NativeStatus strings_join(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable strings_natives;

}  // namespace csp
