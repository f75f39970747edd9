// Package sort's natives: []int, []float64 and []string, and sort.Slice
// (sort.Interface is handled in sort.go). Sorting is a port of
// Go 1.19's pdqsort (sort/zsortinterface.go), not std::sort: the algorithm
// is not stable, and for float64 the order of equal but distinguishable
// elements (0 and -0) shows in the output, so it must be Go's own.
#include "stdlib/sort/sort.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stdlib/native_util.hpp"

#include "lang/types.hpp"
#include "vm/runtime.hpp"
#include "vm/slices.hpp"

namespace csp {

namespace {

// The Interface the Go algorithm sorts: Less and Swap over a snapshot of
// the slice's slots.
template <class Less>
struct Data {
  std::vector<Slot>& v;
  Less less_fn;
  bool less(int64_t i, int64_t j) const { return less_fn(v[size_t(i)], v[size_t(j)]); }
  void swap(int64_t i, int64_t j) { std::swap(v[size_t(i)], v[size_t(j)]); }
};

enum Hint { kUnknown, kIncreasing, kDecreasing };

int bits_len(uint64_t x) { return x ? 64 - std::countl_zero(x) : 0; }

template <class D>
void insertion_sort(D& d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; ++i)
    for (int64_t j = i; j > a && d.less(j, j - 1); --j) d.swap(j, j - 1);
}

template <class D>
void sift_down(D& d, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) break;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) ++child;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

template <class D>
void heap_sort(D& d, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; --i) sift_down(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; --i) {
    d.swap(first, first + i);
    sift_down(d, lo, i, first);
  }
}

template <class D>
std::pair<int64_t, bool> partition(D& d, int64_t a, int64_t b, int64_t pivot) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && d.less(i, a)) ++i;
  while (i <= j && !d.less(j, a)) --j;
  if (i > j) {
    d.swap(j, a);
    return {j, true};
  }
  d.swap(i, j);
  ++i;
  --j;
  for (;;) {
    while (i <= j && d.less(i, a)) ++i;
    while (i <= j && !d.less(j, a)) --j;
    if (i > j) break;
    d.swap(i, j);
    ++i;
    --j;
  }
  d.swap(j, a);
  return {j, false};
}

template <class D>
int64_t partition_equal(D& d, int64_t a, int64_t b, int64_t pivot) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) ++i;
    while (i <= j && d.less(a, j)) --j;
    if (i > j) break;
    d.swap(i, j);
    ++i;
    --j;
  }
  return i;
}

template <class D>
bool partial_insertion_sort(D& d, int64_t a, int64_t b) {
  constexpr int kMaxSteps = 5, kShortestShifting = 50;
  int64_t i = a + 1;
  for (int step = 0; step < kMaxSteps; ++step) {
    while (i < b && !d.less(i, i - 1)) ++i;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (int64_t j = i - 1; j >= 1; --j) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (int64_t j = i + 1; j < b; ++j) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

template <class D>
void break_patterns(D& d, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8) return;
  uint64_t random = static_cast<uint64_t>(length);
  uint64_t modulus = uint64_t(1) << bits_len(static_cast<uint64_t>(length));
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    auto other = static_cast<int64_t>(random & (modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}

template <class D>
void order2(D& d, int64_t& a, int64_t& b, int& swaps) {
  if (d.less(b, a)) {
    ++swaps;
    std::swap(a, b);
  }
}

template <class D>
int64_t median(D& d, int64_t a, int64_t b, int64_t c, int& swaps) {
  order2(d, a, b, swaps);
  order2(d, b, c, swaps);
  order2(d, a, b, swaps);
  return b;
}

template <class D>
std::pair<int64_t, Hint> choose_pivot(D& d, int64_t a, int64_t b) {
  constexpr int64_t kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = median(d, i - 1, i, i + 1, swaps);
      j = median(d, j - 1, j, j + 1, swaps);
      k = median(d, k - 1, k, k + 1, swaps);
    }
    j = median(d, i, j, k, swaps);
  }
  if (swaps == 0) return {j, kIncreasing};
  if (swaps == kMaxSwaps) return {j, kDecreasing};
  return {j, kUnknown};
}

template <class D>
void reverse_range(D& d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; ++i, --j) d.swap(i, j);
}

template <class D>
void pdqsort(D& d, int64_t a, int64_t b, int limit) {
  constexpr int64_t kMaxInsertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= kMaxInsertion) {
      insertion_sort(d, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(d, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(d, a, b);
      --limit;
    }
    auto [pivot, hint] = choose_pivot(d, a, b);
    if (hint == kDecreasing) {
      reverse_range(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = kIncreasing;
    }
    if (was_balanced && was_partitioned && hint == kIncreasing) {
      if (partial_insertion_sort(d, a, b)) return;
    }
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partition_equal(d, a, b, pivot);
      continue;
    }
    auto [mid, already] = partition(d, a, b, pivot);
    was_partitioned = already;
    int64_t left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      pdqsort(d, a, mid, limit);  // recursion depth is bounded by limit (~log n)
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

std::vector<Slot> snapshot(const SliceObj* s) {
  std::vector<Slot> v(slice_len(s));
  for (size_t k = 0; k < v.size(); ++k) v[k] = elem_load(&s->data[k]);
  return v;
}

// Go's Sort(data): pdqsort over the whole slice, then the result is
// written back in place.
template <class Less>
NativeStatus sort_slice(NativeCall& c, Less less) {
  const SliceObj* s = slice_arg(c, 0);
  int64_t n = static_cast<int64_t>(slice_len(s));
  if (n <= 1) return NativeStatus::Ok;
  std::vector<Slot> v = snapshot(s);
  Data<Less> d{v, less};
  pdqsort(d, 0, n, bits_len(static_cast<uint64_t>(n)));
  for (size_t k = 0; k < v.size(); ++k) elem_store(&s->data[k], v[k]);
  return NativeStatus::Ok;
}

template <class Less>
NativeStatus is_sorted(NativeCall& c, Less less) {
  const SliceObj* s = slice_arg(c, 0);
  for (uint64_t i = slice_len(s); i-- > 1;)
    if (less(elem_load(&s->data[i]), elem_load(&s->data[i - 1]))) return ret_bool(c, false);
  return ret_bool(c, true);
}

// Go's Search(len(a), func(i) bool { return a[i] >= x }).
template <class Geq>
NativeStatus search(NativeCall& c, Geq geq) {
  const SliceObj* s = slice_arg(c, 0);
  Slot x = c.args[1];
  uint64_t i = 0, j = slice_len(s);
  while (i < j) {
    uint64_t h = (i + j) >> 1;
    if (!geq(elem_load(&s->data[h]), x)) i = h + 1;
    else j = h;
  }
  return ret_int(c, static_cast<int64_t>(i));
}

bool less_int(Slot a, Slot b) { return a.i < b.i; }
bool less_float(Slot a, Slot b) { return a.f < b.f || (std::isnan(a.f) && !std::isnan(b.f)); }
bool less_string(Slot a, Slot b) { return str_view(a) < str_view(b); }

}  // namespace

// sort.Slice(x any, less func(i, j int) bool): Go's pdqsort_func over the
// live slice, swapping elements in place and asking the script's less
// function (a nested call on this goroutine) about current positions.
struct FuncData {
  NativeCall& c;
  SliceObj* s;
  uint64_t w;
  Closure* less_fn;
  bool failed = false;
  bool less(int64_t i, int64_t j) {
    if (failed) return false;
    Slot args[2];
    args[0].i = i;
    args[1].i = j;
    Slot r{};
    ptrdiff_t at = c.args - c.g->stack;
    bool ok = c.vm->call_nested(*c.w, c.g, -1, args, 2, &r, less_fn);
    c.args = c.g->stack + at;  // the stack may have moved
    if (!ok) failed = true;
    return ok && r.i != 0;
  }
  void swap(int64_t i, int64_t j) {
    Slot* a = s->data + uint64_t(i) * w;
    Slot* b = s->data + uint64_t(j) * w;
    for (uint64_t k = 0; k < w; ++k) std::swap(a[k], b[k]);
  }
};

// The name reflect gives the kind of a value's type ("int", "struct", ...),
// for the panics of Go's reflect-based functions.
std::string kind_string(const Type* t) {
  static const char* const kBasicNames[] = {
#define CSP_X(k, s) s,
      CSP_BASIC_KINDS(CSP_X)
#undef CSP_X
  };
  t = t->underlying();
  switch (t->kind) {
    case TypeKind::Basic: return kBasicNames[static_cast<int>(static_cast<const BasicType*>(t)->bkind)];
    case TypeKind::Pointer: return "ptr";
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    case TypeKind::Struct: return "struct";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    default: return "invalid";
  }
}

// reflect's ValueError text for `method` called on the value in an `any`.
NativeStatus value_error(NativeCall& c, const Iface* v, const char* method) {
  c.panic_msg = std::string("reflect: call of ") + method + " on " +
                (v ? kind_string(v->type) : std::string("zero")) + " Value";
  return NativeStatus::Panic;
}

// The slice inside an `any` argument and its element width (nullptr for a
// nil slice).
SliceObj* any_slice(NativeCall& c, uint64_t* w) {
  const Iface* v = static_cast<const Iface*>(c.args[0].p);
  const Type* t = v->type->underlying();
  *w = value_slots(static_cast<const SliceType*>(t)->elem);
  return static_cast<SliceObj*>(v->value.p);
}

bool holds_slice(const Iface* v) { return v && v->type->underlying()->kind == TypeKind::Slice; }

NativeStatus sort_slice_func(NativeCall& c) {
  const Iface* v = static_cast<const Iface*>(c.args[0].p);
  if (!holds_slice(v)) return value_error(c, v, "Swapper");
  uint64_t w = 1;
  SliceObj* s = any_slice(c, &w);
  int64_t n = s ? static_cast<int64_t>(s->len) : 0;
  if (n <= 1) return NativeStatus::Ok;
  FuncData d{c, s, w, static_cast<Closure*>(c.args[1].p)};
  pdqsort(d, 0, n, bits_len(static_cast<uint64_t>(n)));
  return NativeStatus::Ok;
}

// sort.SliceIsSorted(x any, less): Go takes reflect's Len of x, which also
// accepts strings and arrays.
NativeStatus sort_slice_is_sorted(NativeCall& c) {
  const Iface* v = static_cast<const Iface*>(c.args[0].p);
  if (!v) return value_error(c, v, "reflect.Value.Len");
  const Type* t = v->type->underlying();
  int64_t n;
  if (t->kind == TypeKind::Slice) {
    n = static_cast<int64_t>(slice_len(static_cast<const SliceObj*>(v->value.p)));
  } else if (t->kind == TypeKind::Array) {
    n = static_cast<const ArrayTy*>(t)->len;
  } else if (t->kind == TypeKind::Basic && static_cast<const BasicType*>(t)->bkind == BasicKind::String) {
    n = static_cast<int64_t>(str_view(v->value).size());
  } else {
    return value_error(c, v, "reflect.Value.Len");
  }
  FuncData d{c, nullptr, 1, static_cast<Closure*>(c.args[1].p)};
  for (int64_t i = n - 1; i > 0; --i) {
    if (d.less(i, i - 1)) return ret_bool(c, false);
    if (d.failed) return NativeStatus::Ok;  // the less function panicked
  }
  return ret_bool(c, true);
}

// sort.SliceStable: a stable sort's result is determined by the order
// alone, so sort positions by the original elements and permute once.
NativeStatus sort_slice_stable(NativeCall& c) {
  const Iface* v = static_cast<const Iface*>(c.args[0].p);
  if (!holds_slice(v)) return value_error(c, v, "Swapper");
  uint64_t w = 1;
  SliceObj* s = any_slice(c, &w);
  int64_t n = s ? static_cast<int64_t>(s->len) : 0;
  if (n <= 1) return NativeStatus::Ok;
  FuncData d{c, s, w, static_cast<Closure*>(c.args[1].p)};
  std::vector<int64_t> idx(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) idx[size_t(k)] = k;
  std::stable_sort(idx.begin(), idx.end(), [&](int64_t a, int64_t b) { return d.less(a, b); });
  if (d.failed) return NativeStatus::Ok;
  std::vector<Slot> orig(s->data, s->data + uint64_t(n) * w);
  for (int64_t k = 0; k < n; ++k)
    for (uint64_t j = 0; j < w; ++j) s->data[uint64_t(k) * w + j] = orig[uint64_t(idx[size_t(k)]) * w + j];
  return NativeStatus::Ok;
}

NativeStatus sort_ints(NativeCall& c) { return sort_slice(c, less_int); }
NativeStatus sort_float64s(NativeCall& c) { return sort_slice(c, less_float); }
NativeStatus sort_strings(NativeCall& c) { return sort_slice(c, less_string); }
NativeStatus sort_ints_are_sorted(NativeCall& c) { return is_sorted(c, less_int); }
NativeStatus sort_float64s_are_sorted(NativeCall& c) { return is_sorted(c, less_float); }
NativeStatus sort_strings_are_sorted(NativeCall& c) { return is_sorted(c, less_string); }
NativeStatus sort_search_ints(NativeCall& c) {
  return search(c, [](Slot a, Slot x) { return a.i >= x.i; });
}
NativeStatus sort_search_float64s(NativeCall& c) {
  return search(c, [](Slot a, Slot x) { return a.f >= x.f; });
}
NativeStatus sort_search_strings(NativeCall& c) {
  return search(c, [](Slot a, Slot x) { return str_view(a) >= str_view(x); });
}

namespace {
constexpr NativeDef kSortNatives[] = {
    {"sort.Float64s", sort_float64s},
    {"sort.Float64sAreSorted", sort_float64s_are_sorted},
    {"sort.Ints", sort_ints},
    {"sort.Slice", sort_slice_func},
    {"sort.SliceIsSorted", sort_slice_is_sorted},
    {"sort.SliceStable", sort_slice_stable},
    {"sort.IntsAreSorted", sort_ints_are_sorted},
    {"sort.SearchFloat64s", sort_search_float64s},
    {"sort.SearchInts", sort_search_ints},
    {"sort.SearchStrings", sort_search_strings},
    {"sort.Strings", sort_strings},
    {"sort.StringsAreSorted", sort_strings_are_sorted},
};
}  // namespace

const NativeTable sort_natives = kSortNatives;

}  // namespace csp
