// Slot layout of Go types: how many slots a value of a type occupies when it
// is stored inline (a struct or array is flattened into consecutive slots,
// every other type is one slot; see spec/internals.md "Values"), which of
// those slots hold heap pointers (for the collector), and Go's
// comparability (for map keys and ==).
//
// These walk the type graph; callers on hot paths (maps, the compiler's
// instruction selection) compute them once and cache the result.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace csp {

class Type;

// Number of slots a value of type t occupies inline: the sum of the fields'
// widths for a struct, len * width(elem) for an array (0 for struct{} and
// [0]T), 1 for everything else.
uint64_t slot_width(const Type* t);

// Arrays and slices whose elements are one byte wide in Go (uint8/byte and
// bool, and named types of them) store their elements packed, a byte each,
// not a slot each: an array [N]byte occupies ceil(N/8) slots (padding bytes
// stay zero, so == and hashing may compare whole slots). int8 is not packed:
// its slot representation is sign-extended, which a byte store would break.
bool is_byte_elem(const Type* elem);

// True for struct and array types (values stored as flattened slots).
bool is_aggregate(const Type* t);

// Appends slot_width(t) flags to out: true where the slot may hold a pointer
// to a heap object (strings, pointers, slices, maps, chans, funcs,
// interfaces, complex boxes), false for ints, floats and bools.
void pointer_slots(const Type* t, std::vector<bool>& out);

// The collector's view of boxes and arrays of type t: what
// Program::TypeInfo records (see there). Arrays are stripped to their
// innermost element type, whose layout repeats.
struct Program;
void gc_type_info(Program& prog, const Type* t, uint32_t* layout, bool* noscan);

// Go's comparability: false for slices, maps, funcs and structs/arrays
// containing them. Interfaces are comparable (their dynamic value may not
// be: that is a run-time panic).
bool is_comparable(const Type* t);

// The type's name as Go's runtime and reflect print it (%T, %#v, panic
// texts): "main.T", "[]uint8" (not "[]byte"), "int32" (not "rune"),
// "interface {}", "struct { A int; B string }", "func(int) string".
std::string rtype_string(const Type* t);

}  // namespace csp

namespace csp {

union Slot;
// A complex value's slot points to its two parts (real, imaginary) as two
// consecutive slots of an immutable box; nullptr is 0+0i. The one place
// that knows this, so the representation can change in one spot.
struct ComplexParts {
  double re, im;
};
ComplexParts complex_parts(const Slot& s);

}  // namespace csp
