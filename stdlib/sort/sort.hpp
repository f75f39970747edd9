// Package sort: the functions over []int, []float64 and []string (the
// Interface- and func-based ones wait for the language).
#pragma once

#include "vm/program.hpp"

namespace csp {

NativeStatus sort_ints(NativeCall& c);
NativeStatus sort_slice_func(NativeCall& c);
NativeStatus sort_slice_stable(NativeCall& c);
NativeStatus sort_float64s(NativeCall& c);
NativeStatus sort_strings(NativeCall& c);
NativeStatus sort_ints_are_sorted(NativeCall& c);
NativeStatus sort_float64s_are_sorted(NativeCall& c);
NativeStatus sort_strings_are_sorted(NativeCall& c);
NativeStatus sort_search_ints(NativeCall& c);
NativeStatus sort_search_float64s(NativeCall& c);
NativeStatus sort_search_strings(NativeCall& c);

// The package's natives, by qualified name, for stdlib/registry.
extern const NativeTable sort_natives;

}  // namespace csp
