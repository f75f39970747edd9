// Go maps over slots.
//
// A map value is a pointer to a MapObj (nullptr is the nil map). Keys and
// values are stored inline in the representation of spec/internals.md
// "Values": a scalar, pointer, string, interface or complex is one slot, a
// struct or array is its flattened slots (width = slot_width(type), possibly
// 0). In this API a key is passed as its value Slot, exactly as a register
// holds it: for an aggregate key type that slot points to the key's slots.
// Values are returned as a pointer to the entry's value slots (vw of them);
// the interpreter copies out of / into them (CopyN for aggregates).
//
// Design (why it looks like this):
//  - Open addressing with SwissTable-style control bytes, probed 8 at a time
//    with SWAR (no SIMD needed): ctrl 0x00 = empty, 0x01 = deleted,
//    0x80|h7 = full. Zeroed memory is an empty table, so Heap::alloc's
//    calloc gives a ready table and clear() is a memset.
//  - The table (ctrl bytes + entries) is a separate heap object (MapTable)
//    of fixed capacity. Growth builds a new table and swaps the MapObj's
//    pointer; the old one is never modified again by well-behaved code.
//    Every probe is masked by the capacity of the table object it reads and
//    every probe loop is bounded by that capacity, so a racy program (Go
//    maps are not thread-safe) may read stale or garbage entries but never
//    out of bounds; since every slot is written whole (one word), a racy
//    reader sees only valid pointers. Deletion never moves entries.
//  - Concurrent writers are detected best-effort as in Go (a writing flag,
//    checked with plain relaxed loads and stores): MapErr::ConcurrentWrite,
//    for Go's fatal error "concurrent map writes".
//  - Iteration follows Go's contract: an iterator walks the table that was
//    current when it started, from a random position. If the map has grown
//    since, each entry is re-looked-up in the current table, so entries
//    deleted meanwhile are skipped and current values are returned; entries
//    added meanwhile may or may not be produced; none is produced twice.
//  - Hash seeds come from the caller (per-worker RNG): no global state.
//
// The collector: MapObj points to its MapTable (kind HeapKind::MapTable);
// map_trace_table() lists the pointers a table holds. A MapIter holds its
// table too, so the GC must treat MapIter::table as a root while a range
// loop runs.
#pragma once

#include <cstdint>
#include <string>

#include "vm/heap.hpp"
#include "vm/value.hpp"

namespace csp {

class Type;
class MapTy;
struct MapTable;

// How the map hashes and compares its keys (chosen once from the key type).
enum class KeyClass : uint8_t {
  Word,     // one slot compared by bits: ints, bools, pointers, chans
  Float,    // one slot holding a double: +0 == -0, NaN != NaN
  String,   // one StrObj pointer: by content
  Generic,  // anything else: walk the type (interfaces, complex, structs, arrays)
};

struct MapObj {
  ObjHeader hdr;
  const MapTy* type;
  MapTable* table;     // never null once made; swapped on growth (atomic)
  int64_t count;       // live entries (relaxed; clamped at 0 by map_len)
  uint64_t seed;       // hash seed
  uint64_t nan_ctr;    // makes NaN keys hash apart
  uint32_t writing;    // nonzero while a write is in progress
  uint32_t clear_seq;  // bumped by map_clear; iterators stop when it moves
  uint32_t kw, vw;     // key and value widths in slots
  KeyClass key_class;
  bool key_agg;        // key type is a struct/array: a key Slot points to its slots
};

// A fixed-capacity table. Header, then `cap` control bytes, then `cap`
// entries of kw + vw slots (key first).
struct MapTable {
  ObjHeader hdr;
  const MapTy* type;  // for the collector
  uint64_t cap;       // power of two, >= 8
  uint64_t used;      // full + deleted control bytes (growth trigger)
  uint32_t kw, vw;

  uint8_t* ctrl() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* ctrl() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  Slot* entries() { return reinterpret_cast<Slot*>(ctrl() + cap); }
  const Slot* entries() const { return reinterpret_cast<const Slot*>(ctrl() + cap); }
  Slot* entry(uint64_t i) { return entries() + i * (kw + vw); }
};
static_assert(sizeof(MapTable) % 8 == 0);

// Errors the interpreter turns into panics / fatal errors (map_error_text).
enum class MapErr : uint8_t {
  None,
  NilMap,           // panic: assignment to entry in nil map
  Unhashable,       // panic: runtime error: hash of unhashable type T
  ConcurrentWrite,  // fatal error: concurrent map writes
};
struct MapStatus {
  MapErr err = MapErr::None;
  const Type* type = nullptr;  // the unhashable dynamic type
};
// Go's message: "assignment to entry in nil map", "runtime error: hash of
// unhashable type []int", "concurrent map writes" (the last is a fatal
// error, not a panic, in Go).
std::string map_error_text(const MapStatus& st);

// make(map[K]V, hint). `seed` should be random per map (the worker's RNG,
// itself seeded from the OS so orders differ between runs).
MapObj* map_make(LocalHeap& lh, const MapTy* type, int64_t hint, uint64_t seed);

// v, ok := m[k]: the value slots, or nullptr when absent (also for a nil
// map). May fail only with Unhashable (interface keys).
Slot* map_lookup(MapObj* m, Slot key, MapStatus& st);
// m[k] = v, m[k] op= v: the value slots of k's entry, inserted (zeroed) when
// absent. The key is (re)stored, as Go does (so m[-0.0] then prints -0).
// nullptr with st.err set on failure (nil map, unhashable key, concurrent
// writes).
Slot* map_assign(LocalHeap& lh, MapObj* m, Slot key, MapStatus& st);
// delete(m, k). A nil map or absent key is a no-op.
void map_delete(MapObj* m, Slot key, MapStatus& st);
// len(m).
int64_t map_len(const MapObj* m);
// clear(m): removes every entry (NaN keys too), keeps the capacity.
void map_clear(MapObj* m, MapStatus& st);

// for k, v := range m. Start with map_iter_init (rand: a fresh random
// number per range statement, as Go starts each iteration at a random
// place), then call map_iter_next until it returns false.
struct MapIter {
  MapObj* map = nullptr;
  MapTable* table = nullptr;  // the table being walked (a GC root)
  uint64_t start = 0;
  uint64_t i = 0;             // entries of `table` visited so far
  uint32_t clear_seq = 0;
};
void map_iter_init(MapIter& it, MapObj* m, uint64_t rand);
// A range statement's iterator as a heap object (HeapKind::MapIter), held
// in a register while the loop runs.
struct MapIterObj {
  ObjHeader hdr;
  MapIter it;
};
// The next entry: *key points to kw key slots, *val to vw value slots
// (both valid until the next map operation). False at the end.
bool map_iter_next(MapIter& it, Slot** key, Slot** val);

// For the collector: calls visit(ctx, p) for every non-null heap pointer
// stored in the table's full entries (ints and floats are skipped).
void map_trace_table(const MapTable* t, void (*visit)(void* ctx, void* p), void* ctx);

// Type-directed hashing and equality of one value of type t stored at `s`
// (its slots; for an aggregate, its flattened slots). Shared with == on
// interfaces. hash sets st (Unhashable) for an interface holding a value of
// an incomparable type. value_equal sets *uncomparable (when non-null) to such a type when
// Go's in-order comparison reaches one: == must then panic (comparing uncomparable type T).
uint64_t value_hash(const Type* t, const Slot* s, uint64_t seed, MapStatus& st);
bool value_equal(const Type* t, const Slot* a, const Slot* b, const Type** uncomparable);

}  // namespace csp
