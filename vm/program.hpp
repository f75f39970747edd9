// A loaded program: every compiled function, the natives it calls, the types
// its interface values carry, and its global variables' count.
//
// The compiler appends to a Program (the REPL compiles line after line into
// one), the interpreter reads it. Indexes into protos/natives/types are
// stable once handed out.
#pragma once

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/bytecode.hpp"
#include "vm/gc.hpp"

namespace csp {

class Type;
class VM;
struct Worker;
struct G;

// What a native function sees: its arguments in consecutive slots; it
// writes its results over them from args[0].
struct NativeCall {
  VM* vm;
  Worker* w;
  G* g;
  Slot* args;
  uint32_t nargs;
  std::string panic_msg;  // set with NativeStatus::Panic
};

// Ok: results are in args. Panic: panic with panic_msg. Yield: results
// are in args, and the goroutine yields its worker before going on
// (runtime.Gosched). Park: the native parked the goroutine (it saved
// nothing, but published it where something will ready it: time's sleep
// puts it in a timer heap); the interpreter returns at once without
// touching it, and it goes on after the call when readied. A native that
// parks has no results and is never called deferred or through a spread.
// Goexit: runtime.Goexit, the goroutine runs its deferred calls and ends.
enum class NativeStatus : uint8_t { Ok, Panic, Yield, Park, Goexit };
using NativeFn = NativeStatus (*)(NativeCall&);
// For a native that may call script code (sort.Slice's less, fmt's String
// methods): whether this call, with these arguments, may. Such calls run
// on a fiber, so the script code can park (vm/nested_call.cpp).
using ReentersFn = bool (*)(const Slot* args, uint32_t nargs);
// For natives that always may.
bool always_reenters(const Slot* args, uint32_t nargs);

struct NativeEntry {
  std::string name;  // "fmt.Println"
  NativeFn fn;
  // Slots the native may write: max(results, args) is reserved by the
  // compiler; recorded for the disassembler.
  uint16_t nresults = 0;
  // Null, or whether a call may call script code (VM::call_nested); if so
  // the interpreter runs it on a fiber (set by VM::load from NativeDef).
  ReentersFn reenters = nullptr;
};

// Looks a native up by its qualified name in the standard library's table
// (stdlib/natives.cpp); nullptr when there is none.
// One package's natives: a name ("fmt.Println") and its function each. Every
// stdlib package defines one (`fmt_natives`), listed in stdlib/registry.
struct NativeDef {
  std::string_view name;
  NativeFn fn;
  // Null for natives that never call script code; see ReentersFn.
  ReentersFn reenters = nullptr;
};
using NativeTable = std::span<const NativeDef>;

NativeFn find_native(std::string_view qualified_name);
const NativeDef* find_native_def(std::string_view qualified_name);

struct Program {
  std::vector<std::unique_ptr<Proto>> protos;
  std::vector<NativeEntry> natives;
  std::vector<const Type*> types;  // for Box and element types
  // Per entry of `types`: slots per value (slot_width), Go's size in bytes
  // (for append's growth) and how the collector scans boxes and arrays of
  // the type: `noscan` when no slot can hold a pointer (the object goes to
  // a noscan span and is never scanned), else `layout`, an index into
  // `layouts` (0: unknown, scan every slot conservatively).
  struct TypeInfo {
    uint32_t width;
    uint32_t go_size;
    bool byte_elem;  // as a slice element, stored packed (is_byte_elem)
    bool noscan = false;
    uint32_t layout = 0;
  };
  std::vector<TypeInfo> type_info;
  // Pointer layouts of boxes and arrays (ObjHeader::layout indexes this;
  // entry 0 is null). An array type's layout is its innermost element's,
  // repeated. Appended by the compiler, read by the collector with the
  // world stopped; never removed.
  std::vector<std::unique_ptr<GcLayout>> layouts;
  std::map<std::vector<bool>, uint32_t> layout_ids;  // dedup
  static constexpr uint32_t kMaxLayouts = (uint32_t(1) << 24) - 1;
  // The layout id for these pointer flags (0 when there are too many).
  uint32_t layout_id(const std::vector<bool>& ptr);
  const GcLayout* layout(uint32_t id) const {
    return id < layouts.size() ? layouts[id].get() : nullptr;
  }
  // Method sets of the dynamic types interface values can hold (every type
  // the compiler boxes), for CallIface. Immutable once compiled, so workers
  // read it without locks.
  struct MethodEntry {
    uint32_t name;      // index into method_names
    int32_t proto;      // the method
    uint32_t deref;     // 0: pass the value as is; else *value is the receiver,
                        // copying that many slots for an aggregate (1: load)
    bool deref_agg;
    const Type* sig;    // the method's signature (a SignatureType), which
                        // type assertions compare with the interface's
  };
  std::unordered_map<const Type*, std::vector<MethodEntry>> methods;
  std::vector<std::string> method_names;
  uint32_t method_name_index(const std::string& name) {
    for (size_t k = 0; k < method_names.size(); ++k)
      if (method_names[k] == name) return static_cast<uint32_t>(k);
    method_names.push_back(name);
    return static_cast<uint32_t>(method_names.size() - 1);
  }
  std::vector<std::unique_ptr<std::string>> file_names;
  std::vector<void*> static_objects;  // immortal constants (strings, complex), freed with the Program
  uint32_t nglobals = 0;
  int32_t entry = -1;  // proto run by the main goroutine

  Program() = default;
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;
  ~Program();

  // An immortal string constant.
  Slot intern_string(std::string_view s);
  // An immortal complex constant (nullptr for +0+0i, see vm/complex.hpp).
  Slot intern_complex(double re, double im);
  const char* file_name(const std::string& name);
};

// Renders all protos from index `from` as readable text with source lines
// (csp disasm).
std::string disassemble(const Program& prog, size_t from, std::string_view source);

}  // namespace csp
