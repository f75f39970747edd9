// The compiler: checked AST to typed register bytecode.
//
// Input is a Package the checker accepted (every Expr carries its final
// type, constants their value, identifiers their object). Output is appended
// to a Program: one Proto per function and function literal, plus an entry
// proto that initializes package variables and runs main (or the script
// body). The compiler reports, as positioned diagnostics, constructs the
// checker accepts but the VM cannot run yet ("not supported yet: ...").
#pragma once

#include "lang/diagnostics.hpp"
#include "lang/types.hpp"
#include "vm/program.hpp"

namespace csp {

// Compiles pkg into prog. For package main (or a script) sets prog.entry
// to a proto that initializes the package's variables and runs main; for
// any other package (a standard-library package written in Go) stores the
// proto that initializes its variables in *init_proto instead. Returns false
// (with diagnostics) when something could not be compiled.
bool compile_package(Program& prog, const Package& pkg, Diagnostics& diags,
                     int32_t* init_proto = nullptr);

}  // namespace csp
