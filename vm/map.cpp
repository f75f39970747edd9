// Go maps over slots (see map.hpp for the design).
//
// Racy programs: every load of a control word, a table pointer or a key slot
// that is dereferenced goes through a relaxed atomic load, so the compiler
// cannot re-read a word between a check and its use; every probe index is
// masked by the capacity of the table object being read and every probe
// loop is bounded by that table's group count.
#include "vm/map.hpp"

#include <algorithm>
#include <bit>
#include <vector>
#include <cstring>

#include "lang/types.hpp"
#include "vm/layout.hpp"

namespace csp {

namespace {

// ---- hashing primitives (wyhash-style multiply-fold mixing) ----

constexpr uint64_t P0 = 0xa0761d6478bd642full;
constexpr uint64_t P1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t P2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t P3 = 0x589965cc75374cc3ull;

inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t hash_word(uint64_t v, uint64_t seed) { return mum(v ^ seed ^ P0, P1 ^ (seed >> 17)); }

inline uint64_t r8(const char* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }
inline uint64_t r4(const char* p) { uint32_t v; std::memcpy(&v, p, 4); return v; }
inline uint64_t r3(const char* p, size_t k) {
  return (static_cast<uint64_t>(static_cast<uint8_t>(p[0])) << 16) |
         (static_cast<uint64_t>(static_cast<uint8_t>(p[k >> 1])) << 8) |
         static_cast<uint8_t>(p[k - 1]);
}

uint64_t hash_bytes(const char* p, size_t len, uint64_t seed) {
  seed ^= mum(seed ^ P0, P1);
  uint64_t a, b;
  if (len <= 16) {
    if (len >= 4) {
      size_t q = (len >> 3) << 2;
      a = (r4(p) << 32) | r4(p + q);
      b = (r4(p + len - 4) << 32) | r4(p + len - 4 - q);
    } else if (len > 0) {
      a = r3(p, len);
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = len;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = mum(r8(p) ^ P1, r8(p + 8) ^ seed);
        s1 = mum(r8(p + 16) ^ P2, r8(p + 24) ^ s1);
        s2 = mum(r8(p + 32) ^ P3, r8(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = mum(r8(p) ^ P1, r8(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = r8(p + i - 16);
    b = r8(p + i - 8);
  }
  a ^= P1;
  b ^= seed;
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  a = static_cast<uint64_t>(r);
  b = static_cast<uint64_t>(r >> 64);
  return mum(a ^ P0 ^ len, b ^ P1);
}

inline void* load_p(const Slot& s) { return __atomic_load_n(&s.p, __ATOMIC_RELAXED); }
inline uint64_t load_u(const Slot& s) { return __atomic_load_n(&s.u, __ATOMIC_RELAXED); }

inline uint64_t hash_string(const Slot& s, uint64_t seed) {
  auto* o = static_cast<const StrObj*>(load_p(s));
  return o ? hash_bytes(o->data, o->len, seed) : hash_bytes(nullptr, 0, seed);
}
inline bool string_equal(const Slot& a, const Slot& b) {
  auto* x = static_cast<const StrObj*>(load_p(a));
  auto* y = static_cast<const StrObj*>(load_p(b));
  if (x == y) return true;
  size_t nx = x ? x->len : 0, ny = y ? y->len : 0;
  return nx == ny && (nx == 0 || std::memcmp(x->data, y->data, nx) == 0);
}

inline uint64_t hash_float(double f, uint64_t seed, uint64_t& nan_salt) {
  if (f == 0) return hash_word(0, seed);  // +0 and -0 are one key
  if (f != f) return hash_word(++nan_salt * P2, seed ^ P3);  // NaN: never found again
  return hash_word(std::bit_cast<uint64_t>(f), seed);
}

// ---- types as hash inputs (interface keys) ----

// A structural hash consistent with identical(): identical types hash alike
// even when they are distinct Type objects.
uint64_t type_hash(const Type* t) {
  switch (t->kind) {
    case TypeKind::Named: return hash_word(reinterpret_cast<uintptr_t>(t), 1);
    case TypeKind::Basic: {
      auto k = static_cast<const BasicType*>(t)->bkind;
      // Untyped kinds never reach the runtime as dynamic types, but map them
      // to their default types so equal values hash equally if they did.
      switch (k) {
        case BasicKind::UntypedBool: k = BasicKind::Bool; break;
        case BasicKind::UntypedInt: k = BasicKind::Int; break;
        case BasicKind::UntypedRune: k = BasicKind::Int32; break;
        case BasicKind::UntypedFloat: k = BasicKind::Float64; break;
        case BasicKind::UntypedComplex: k = BasicKind::Complex128; break;
        case BasicKind::UntypedString: k = BasicKind::String; break;
        default: break;
      }
      return hash_word(static_cast<uint64_t>(k), 2);
    }
    case TypeKind::Pointer: return hash_word(type_hash(static_cast<const PointerType*>(t)->elem), 3);
    case TypeKind::Slice: return hash_word(type_hash(static_cast<const SliceType*>(t)->elem), 4);
    case TypeKind::Array: {
      auto* a = static_cast<const ArrayTy*>(t);
      return hash_word(type_hash(a->elem) ^ static_cast<uint64_t>(a->len), 5);
    }
    case TypeKind::Map: {
      auto* m = static_cast<const MapTy*>(t);
      return hash_word(type_hash(m->key) ^ (type_hash(m->elem) * 3), 6);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const ChanTy*>(t);
      return hash_word(type_hash(c->elem) ^ static_cast<uint64_t>(c->dir), 7);
    }
    case TypeKind::Struct: {
      uint64_t h = 8;
      for (const StructField& f : static_cast<const StructTy*>(t)->fields)
        h = hash_word(type_hash(f.type) ^ hash_bytes(f.name.data(), f.name.size(), f.embedded), h);
      return h;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<const SignatureType*>(t);
      uint64_t h = 9 + s->variadic;
      for (const Type* p : s->params) h = hash_word(type_hash(p), h);
      h = hash_word(s->params.size(), h);
      for (const Type* r : s->results) h = hash_word(type_hash(r), h);
      return h;
    }
    case TypeKind::Interface: {
      uint64_t h = 10;
      for (const InterfaceMethod& m : static_cast<const InterfaceTy*>(t)->methods)
        h = hash_word(hash_bytes(m.name.data(), m.name.size(), 0), h);
      return h;
    }
    case TypeKind::Tuple: return 11;
  }
  return 0;
}

inline bool same_type(const Type* a, const Type* b) { return a == b || identical(a, b); }

// ---- type-directed hashing and equality over flattened slots ----

uint64_t hash_rec(const Type* t, const Slot*& s, uint64_t h, uint64_t& nan_salt, MapStatus& st);

uint64_t hash_iface(const Slot& slot, uint64_t h, uint64_t& nan_salt, MapStatus& st) {
  auto* i = static_cast<const Iface*>(load_p(slot));
  if (!i) return hash_word(0, h);
  const Type* dt = i->type;
  if (!is_comparable(dt)) {
    st.err = MapErr::Unhashable;
    st.type = dt;
    return h;
  }
  h = hash_word(type_hash(dt), h);
  const Slot* v = is_aggregate(dt) ? static_cast<const Slot*>(i->value.p) : &i->value;
  return hash_rec(dt, v, h, nan_salt, st);
}

uint64_t hash_rec(const Type* t, const Slot*& s, uint64_t h, uint64_t& nan_salt, MapStatus& st) {
  t = t->underlying();
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<const BasicType*>(t);
      const Slot& x = *s++;
      if (b->is_float()) return hash_float(x.f, h, nan_salt);
      if (b->is_string()) return hash_string(x, h);
      if (b->is_complex()) {
        ComplexParts c = complex_parts(x);
        return hash_float(c.im, hash_float(c.re, h, nan_salt), nan_salt);
      }
      return hash_word(load_u(x), h);
    }
    case TypeKind::Interface: return hash_iface(*s++, h, nan_salt, st);
    case TypeKind::Struct:
      for (const StructField& f : static_cast<const StructTy*>(t)->fields) {
        if (f.name == "_") {
          s += slot_width(f.type);  // blank fields take no part in ==
          continue;
        }
        h = hash_rec(f.type, s, h, nan_salt, st);
      }
      return h;
    case TypeKind::Array: {
      auto* a = static_cast<const ArrayTy*>(t);
      if (is_byte_elem(a->elem)) {  // packed: whole slots (padding is zero)
        for (uint64_t k = slot_width(a); k-- > 0;) h = hash_word(load_u(*s++), h);
        return h;
      }
      for (int64_t k = 0; k < a->len; ++k) h = hash_rec(a->elem, s, h, nan_salt, st);
      return h;
    }
    default:  // pointers, chans (and funcs, maps, slices: only via a panic path)
      return hash_word(load_u(*s++), h);
  }
}

// Go's == walks fields and elements in order and stops at the first difference (its
// generated code may reorder only comparisons that cannot panic); two interfaces holding
// values of the same incomparable type panic when reached. uncmp (may be null) receives
// that type, and the comparison stops there (returning false).
bool equal_rec(const Type* t, const Slot*& a, const Slot*& b, const Type** uncmp);

bool iface_equal(const Slot& x, const Slot& y, const Type** uncmp) {
  auto* i = static_cast<const Iface*>(load_p(x));
  auto* j = static_cast<const Iface*>(load_p(y));
  if (!i || !j) return i == j;  // (the same box may still hold a NaN: compare)
  if (!same_type(i->type, j->type)) return false;
  if (!is_comparable(i->type)) {
    if (uncmp) *uncmp = i->type;
    return false;
  }
  bool agg = is_aggregate(i->type);
  const Slot* a = agg ? static_cast<const Slot*>(i->value.p) : &i->value;
  const Slot* b = agg ? static_cast<const Slot*>(j->value.p) : &j->value;
  return equal_rec(i->type, a, b, uncmp);
}

bool equal_rec(const Type* t, const Slot*& a, const Slot*& b, const Type** uncmp) {
  t = t->underlying();
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* bt = static_cast<const BasicType*>(t);
      const Slot& x = *a++;
      const Slot& y = *b++;
      if (bt->is_float()) return x.f == y.f;
      if (bt->is_string()) return string_equal(x, y);
      if (bt->is_complex()) {
        ComplexParts c = complex_parts(x), d = complex_parts(y);
        return c.re == d.re && c.im == d.im;
      }
      return load_u(x) == load_u(y);
    }
    case TypeKind::Interface: return iface_equal(*a++, *b++, uncmp);
    case TypeKind::Struct: {
      bool eq = true;
      for (const StructField& f : static_cast<const StructTy*>(t)->fields) {
        if (f.name == "_" || !eq) {  // blank fields take no part; after a difference, skip
          uint64_t w = slot_width(f.type);
          a += w;
          b += w;
          continue;
        }
        if (!equal_rec(f.type, a, b, uncmp)) eq = false;  // a and b advance past the field
      }
      return eq;
    }
    case TypeKind::Array: {
      auto* at = static_cast<const ArrayTy*>(t);
      bool eq = true;
      if (is_byte_elem(at->elem)) {  // packed: whole slots (padding is zero)
        for (uint64_t k = slot_width(at); k-- > 0;)
          if (load_u(*a++) != load_u(*b++)) eq = false;
        return eq;
      }
      for (int64_t k = 0; k < at->len; ++k) {
        if (!eq) {
          uint64_t w = slot_width(at->elem);
          a += w;
          b += w;
        } else if (!equal_rec(at->elem, a, b, uncmp)) {
          eq = false;
        }
      }
      return eq;
    }
    default: return load_u(*a++) == load_u(*b++);
  }
}

// ---- the table ----

constexpr uint64_t kLsb = 0x0101010101010101ull;
constexpr uint64_t kMsb = 0x8080808080808080ull;
constexpr uint8_t kEmpty = 0x00;
constexpr uint8_t kDeleted = 0x01;
constexpr uint64_t kMinCap = 8;

inline uint64_t load_group(const uint8_t* ctrl, uint64_t g) {
  return __atomic_load_n(reinterpret_cast<const uint64_t*>(ctrl + g * 8), __ATOMIC_RELAXED);
}
inline uint8_t load_ctrl(const uint8_t* ctrl, uint64_t i) { return __atomic_load_n(ctrl + i, __ATOMIC_RELAXED); }
inline void store_ctrl(uint8_t* ctrl, uint64_t i, uint8_t v) { __atomic_store_n(ctrl + i, v, __ATOMIC_RELAXED); }
// Bytes of the group equal to b: may report false positives above a true
// match (callers verify), never misses one.
inline uint64_t match_byte(uint64_t group, uint8_t b) {
  uint64_t x = group ^ (kLsb * b);
  return (x - kLsb) & ~x & kMsb;
}
inline bool has_empty(uint64_t group) { return ((group - kLsb) & ~group & kMsb) != 0; }
inline uint64_t match_free(uint64_t group) { return ~group & kMsb; }  // empty or deleted
inline uint64_t match_full(uint64_t group) { return group & kMsb; }
inline uint64_t max_load(uint64_t cap) { return cap - cap / 8; }

template <class T>
inline T load_rel(const T& x) { return __atomic_load_n(&x, __ATOMIC_RELAXED); }
template <class T>
inline void store_rel(T& x, T v) { __atomic_store_n(&x, v, __ATOMIC_RELAXED); }

// A table whose keys and values hold no pointers (map[int]float64) goes
// to a noscan span: the collector never reads it.
bool table_noscan(const MapTy* type) {
  std::vector<bool> ptrs;
  pointer_slots(type->key, ptrs);
  pointer_slots(type->elem, ptrs);
  for (bool b : ptrs)
    if (b) return false;
  return true;
}

MapTable* new_table(LocalHeap& lh, const MapTy* type, uint64_t cap, uint32_t kw, uint32_t vw) {
  size_t bytes = sizeof(MapTable) + cap + cap * (kw + vw) * sizeof(Slot);
  auto* t = static_cast<MapTable*>(Heap::alloc(lh, HeapKind::MapTable, bytes, table_noscan(type)));
  t->type = type;
  t->cap = cap;
  t->kw = kw;
  t->vw = vw;
  return t;
}

uint64_t cap_for(uint64_t n) {
  uint64_t cap = kMinCap;
  while (max_load(cap) < n) cap *= 2;
  return cap;
}

// The key's slots: aggregates are passed as a pointer to their slots.
inline const Slot* key_slots(const MapObj* m, const Slot& key) {
  return m->key_agg ? static_cast<const Slot*>(key.p) : &key;
}

inline uint64_t key_hash(MapObj* m, const Slot* k, MapStatus& st) {
  switch (m->key_class) {
    case KeyClass::Word: return hash_word(load_u(k[0]), m->seed);
    case KeyClass::String: return hash_string(k[0], m->seed);
    case KeyClass::Float: {
      uint64_t salt = load_rel(m->nan_ctr);
      uint64_t h = hash_float(k[0].f, m->seed, salt);
      store_rel(m->nan_ctr, salt);
      return h;
    }
    case KeyClass::Generic: {
      uint64_t salt = load_rel(m->nan_ctr);
      const Slot* s = k;
      uint64_t h = hash_rec(m->type->key, s, m->seed, salt, st);
      store_rel(m->nan_ctr, salt);
      return h;
    }
  }
  return 0;
}

inline bool key_equal(const MapObj* m, const Slot* stored, const Slot* k) {
  switch (m->key_class) {
    case KeyClass::Word: return load_u(stored[0]) == k[0].u;
    case KeyClass::String: return string_equal(stored[0], k[0]);
    case KeyClass::Float: return std::bit_cast<double>(load_u(stored[0])) == k[0].f;
    case KeyClass::Generic: {
      const Slot* a = stored;
      const Slot* b = k;
      return equal_rec(m->type->key, a, b, nullptr);  // keys were hashed: all comparable
    }
  }
  return false;
}

// Index of k's entry in t, or -1. Bounded by the table's own size.
inline int64_t find(const MapObj* m, MapTable* t, uint64_t h, const Slot* k) {
  const uint8_t* ctrl = t->ctrl();
  uint64_t ngroups = t->cap >> 3;
  uint64_t gmask = ngroups - 1;
  uint64_t g = (h >> 7) & gmask;
  uint8_t tag = static_cast<uint8_t>(0x80 | (h & 0x7f));
  uint32_t es = t->kw + t->vw;
  Slot* entries = t->entries();
  for (uint64_t step = 0; step < ngroups;) {
    uint64_t group = load_group(ctrl, g);
    for (uint64_t mt = match_byte(group, tag); mt; mt &= mt - 1) {
      uint64_t idx = g * 8 + (std::countr_zero(mt) >> 3);
      if (key_equal(m, entries + idx * es, k)) return static_cast<int64_t>(idx);
    }
    if (has_empty(group)) return -1;
    ++step;
    g = (g + step) & gmask;  // triangular probing visits every group
  }
  return -1;
}

// Rebuilds m's entries into a new table (double size unless most used
// control bytes are tombstones) and publishes it. The old table is left as
// it was for iterators that still walk it.
void grow(LocalHeap& lh, MapObj* m, MapTable* old) {
  uint64_t live = 0;
  const uint8_t* octrl = old->ctrl();
  for (uint64_t i = 0; i < old->cap; ++i) live += (load_ctrl(octrl, i) & 0x80) != 0;
  uint64_t cap = old->cap;
  if (live + 1 > cap / 2 - cap / 16) cap *= 2;
  cap = std::max(cap, cap_for(live + 1));
  uint32_t kw = m->kw, vw = m->vw, es = kw + vw;
  MapTable* nt = new_table(lh, m->type, cap, kw, vw);
  uint8_t* nctrl = nt->ctrl();
  uint64_t gmask = (cap >> 3) - 1;
  uint64_t n = 0;
  for (uint64_t i = 0; i < old->cap; ++i) {
    uint8_t c = load_ctrl(octrl, i);
    if (!(c & 0x80)) continue;
    Slot* e = old->entry(i);
    MapStatus st;
    uint64_t h = key_hash(m, e, st);
    uint64_t g = (h >> 7) & gmask;
    for (uint64_t step = 0; step <= gmask;) {
      uint64_t free = match_free(load_group(nctrl, g));
      if (free) {
        uint64_t idx = g * 8 + (std::countr_zero(free) >> 3);
        Slot* ne = nt->entries() + idx * es;
        for (uint32_t k = 0; k < es; ++k) ne[k].u = load_u(e[k]);
        store_ctrl(nctrl, idx, static_cast<uint8_t>(0x80 | (h & 0x7f)));
        ++n;
        break;
      }
      ++step;
      g = (g + step) & gmask;
    }
  }
  nt->used = n;
  store_rel(m->count, static_cast<int64_t>(n));
  __atomic_store_n(&m->table, nt, __ATOMIC_RELEASE);
}

KeyClass classify(const Type* key) {
  const Type* u = key->underlying();
  if (u->kind == TypeKind::Basic) {
    auto* b = static_cast<const BasicType*>(u);
    if (b->is_float()) return KeyClass::Float;
    if (b->is_string()) return KeyClass::String;
    if (b->is_complex()) return KeyClass::Generic;
    return KeyClass::Word;
  }
  if (u->kind == TypeKind::Pointer || u->kind == TypeKind::Chan) return KeyClass::Word;
  return KeyClass::Generic;
}

// Go's best-effort detection of concurrent writers.
inline bool begin_write(MapObj* m, MapStatus& st) {
  if (load_rel(m->writing)) {
    st.err = MapErr::ConcurrentWrite;
    return false;
  }
  store_rel(m->writing, 1u);
  return true;
}
inline bool end_write(MapObj* m, MapStatus& st) {
  if (!load_rel(m->writing)) {
    st.err = MapErr::ConcurrentWrite;
    return false;
  }
  store_rel(m->writing, 0u);
  return true;
}

}  // namespace

std::string map_error_text(const MapStatus& st) {
  switch (st.err) {
    case MapErr::None: return "";
    case MapErr::NilMap: return "assignment to entry in nil map";
    case MapErr::Unhashable:
      return "runtime error: hash of unhashable type " + (st.type ? rtype_string(st.type) : "?");
    case MapErr::ConcurrentWrite: return "concurrent map writes";
  }
  return "";
}

MapObj* map_make(LocalHeap& lh, const MapTy* type, int64_t hint, uint64_t seed) {
  if (hint < 0 || hint > (int64_t(1) << 30)) hint = 0;  // as Go: an absurd hint is ignored
  auto* m = static_cast<MapObj*>(Heap::alloc(lh, HeapKind::Map, sizeof(MapObj)));
  m->type = type;
  m->seed = hash_word(seed, P3);
  m->kw = static_cast<uint32_t>(slot_width(type->key));
  m->vw = static_cast<uint32_t>(slot_width(type->elem));
  m->key_class = classify(type->key);
  m->key_agg = is_aggregate(type->key);
  m->table = new_table(lh, type, cap_for(static_cast<uint64_t>(hint)), m->kw, m->vw);
  return m;
}

int64_t map_len(const MapObj* m) {
  if (!m) return 0;
  int64_t n = load_rel(m->count);
  return n < 0 ? 0 : n;
}

Slot* map_lookup(MapObj* m, Slot key, MapStatus& st) {
  if (!m) {
    // Go still hashes the key (an unhashable interface key panics).
    return nullptr;
  }
  const Slot* k = key_slots(m, key);
  uint64_t h = key_hash(m, k, st);
  if (st.err != MapErr::None) return nullptr;
  MapTable* t = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
  int64_t idx = find(m, t, h, k);
  if (idx < 0) return nullptr;
  return t->entry(static_cast<uint64_t>(idx)) + t->kw;
}

Slot* map_assign(LocalHeap& lh, MapObj* m, Slot key, MapStatus& st) {
  if (!m) {
    st.err = MapErr::NilMap;
    return nullptr;
  }
  const Slot* k = key_slots(m, key);
  uint64_t h = key_hash(m, k, st);
  if (st.err != MapErr::None) return nullptr;
  if (!begin_write(m, st)) return nullptr;
  uint32_t kw = m->kw;
  uint8_t tag = static_cast<uint8_t>(0x80 | (h & 0x7f));
  for (int attempt = 0;; ++attempt) {
    MapTable* t = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
    uint8_t* ctrl = t->ctrl();
    uint64_t gmask = (t->cap >> 3) - 1;
    uint32_t es = t->kw + t->vw;
    uint64_t g = (h >> 7) & gmask;
    int64_t free_idx = -1;
    Slot* found = nullptr;
    for (uint64_t step = 0; step <= gmask;) {
      uint64_t group = load_group(ctrl, g);
      for (uint64_t mt = match_byte(group, tag); mt; mt &= mt - 1) {
        uint64_t idx = g * 8 + (std::countr_zero(mt) >> 3);
        Slot* e = t->entries() + idx * es;
        if (key_equal(m, e, k)) {
          found = e;
          break;
        }
      }
      if (found) break;
      if (free_idx < 0) {
        uint64_t fr = match_free(group);
        if (fr) free_idx = static_cast<int64_t>(g * 8 + (std::countr_zero(fr) >> 3));
      }
      if (has_empty(group)) break;
      ++step;
      g = (g + step) & gmask;
    }
    if (found) {
      // Go overwrites the key (+0 vs -0, a shorter-lived string).
      for (uint32_t j = 0; j < kw; ++j) store_rel(found[j].u, k[j].u);
      if (!end_write(m, st)) return nullptr;
      return found + kw;
    }
    bool reuse = free_idx >= 0 && load_ctrl(ctrl, static_cast<uint64_t>(free_idx)) == kDeleted;
    if (free_idx < 0 || (!reuse && load_rel(t->used) + 1 > max_load(t->cap))) {
      if (attempt > 2) {  // only a racing writer can make this happen
        st.err = MapErr::ConcurrentWrite;
        return nullptr;
      }
      grow(lh, m, t);
      continue;
    }
    uint64_t idx = static_cast<uint64_t>(free_idx);
    Slot* e = t->entries() + idx * es;
    for (uint32_t j = 0; j < kw; ++j) store_rel(e[j].u, k[j].u);
    for (uint32_t j = kw; j < es; ++j) store_rel(e[j].u, uint64_t(0));
    store_ctrl(ctrl, idx, tag);
    if (!reuse) store_rel(t->used, load_rel(t->used) + 1);
    store_rel(m->count, load_rel(m->count) + 1);
    if (!end_write(m, st)) return nullptr;
    return e + kw;
  }
}

void map_delete(MapObj* m, Slot key, MapStatus& st) {
  if (!m) return;
  const Slot* k = key_slots(m, key);
  uint64_t h = key_hash(m, k, st);
  if (st.err != MapErr::None) return;
  if (!begin_write(m, st)) return;
  MapTable* t = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
  int64_t found = find(m, t, h, k);
  if (found >= 0) {
    uint64_t idx = static_cast<uint64_t>(found);
    uint8_t* ctrl = t->ctrl();
    Slot* e = t->entry(idx);
    uint32_t es = t->kw + t->vw;
    for (uint32_t j = 0; j < es; ++j) store_rel(e[j].u, uint64_t(0));  // drop references for the GC
    // A group that still has an empty byte never made a probe continue past
    // it, so the slot can become empty again instead of a tombstone.
    if (has_empty(load_group(ctrl, idx >> 3))) {
      store_ctrl(ctrl, idx, kEmpty);
      uint64_t u = load_rel(t->used);
      if (u > 0) store_rel(t->used, u - 1);
    } else {
      store_ctrl(ctrl, idx, kDeleted);
    }
    store_rel(m->count, load_rel(m->count) - 1);
  }
  end_write(m, st);
}

void map_clear(MapObj* m, MapStatus& st) {
  if (!m) return;
  if (!begin_write(m, st)) return;
  MapTable* t = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
  uint8_t* ctrl = t->ctrl();
  for (uint64_t i = 0; i < t->cap; i += 8)
    __atomic_store_n(reinterpret_cast<uint64_t*>(ctrl + i), uint64_t(0), __ATOMIC_RELAXED);
  uint64_t nslots = t->cap * (t->kw + t->vw);
  Slot* e = t->entries();
  for (uint64_t i = 0; i < nslots; ++i) store_rel(e[i].u, uint64_t(0));
  store_rel(t->used, uint64_t(0));
  store_rel(m->count, int64_t(0));
  store_rel(m->clear_seq, load_rel(m->clear_seq) + 1);
  end_write(m, st);
}

void map_iter_init(MapIter& it, MapObj* m, uint64_t rand) {
  it.map = m;
  it.i = 0;
  if (!m) {
    it.table = nullptr;
    return;
  }
  it.table = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
  it.start = rand & (it.table->cap - 1);
  it.clear_seq = load_rel(m->clear_seq);
}

bool map_iter_next(MapIter& it, Slot** key, Slot** val) {
  MapTable* t = it.table;
  if (!t) return false;
  MapObj* m = it.map;
  uint64_t mask = t->cap - 1;
  const uint8_t* ctrl = t->ctrl();
  while (it.i < t->cap) {
    uint64_t idx = (it.start + it.i++) & mask;
    if (!(load_ctrl(ctrl, idx) & 0x80)) continue;
    if (load_rel(m->clear_seq) != it.clear_seq) break;  // everything present at the start is gone
    Slot* e = t->entry(idx);
    MapTable* cur = __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
    if (cur == t) {
      *key = e;
      *val = e + t->kw;
      return true;
    }
    // The map grew: report the entry only if it is still there, with its
    // current value. The walked table is immutable now, so nothing repeats.
    MapStatus st;
    uint64_t h = key_hash(m, e, st);
    int64_t found = find(m, cur, h, e);
    if (found >= 0) {
      Slot* ce = cur->entry(static_cast<uint64_t>(found));
      *key = ce;
      *val = ce + cur->kw;
      return true;
    }
    if (!key_equal(m, e, e)) {  // NaN keys cannot be looked up nor deleted
      *key = e;
      *val = e + t->kw;
      return true;
    }
  }
  it.i = t->cap;
  return false;
}

void map_trace_table(const MapTable* t, void (*visit)(void* ctx, void* p), void* ctx) {
  std::vector<bool> ptrs;
  pointer_slots(t->type->key, ptrs);
  pointer_slots(t->type->elem, ptrs);
  uint32_t es = t->kw + t->vw;
  if (ptrs.size() != es) return;  // cannot happen: widths come from the same types
  bool any = false;
  for (bool b : ptrs) any |= b;
  if (!any) return;
  const uint8_t* ctrl = t->ctrl();
  const Slot* entries = t->entries();
  for (uint64_t i = 0; i < t->cap; ++i) {
    if (!(load_ctrl(ctrl, i) & 0x80)) continue;
    const Slot* e = entries + i * es;
    for (uint32_t k = 0; k < es; ++k)
      if (ptrs[k]) {
        void* p = load_p(e[k]);
        if (p) visit(ctx, p);
      }
  }
}

uint64_t value_hash(const Type* t, const Slot* s, uint64_t seed, MapStatus& st) {
  uint64_t salt = reinterpret_cast<uintptr_t>(s);
  return hash_rec(t, s, seed, salt, st);
}

bool value_equal(const Type* t, const Slot* a, const Slot* b, const Type** uncomparable) {
  const Type* u = nullptr;
  bool eq = equal_rec(t, a, b, &u);
  if (u && uncomparable) *uncomparable = u;
  return eq;
}

}  // namespace csp
