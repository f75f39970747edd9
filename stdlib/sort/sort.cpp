// Package sort's natives: []int, []float64 and []string, and sort.Slice
// (sort.Interface is handled in sort.go). Not std::sort: sorting is not
// stable, and where equal but distinguishable elements land (0 and -0, or
// sort.Slice's elements with equal keys), and which calls sort.Slice's less
// function sees, must be Go's. This is sort.go's quickSort (Go 1.19's
// pattern-defeating quicksort, same moves) step for step over a template
// "data" with less and swap.
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

// The constants and helpers below mirror sort.go's; see the comments there.
constexpr int64_t kInsertionMax = 12, kNintherMin = 50, kShiftingMin = 50;
constexpr int kShiftingRounds = 5;
enum class Order { Unknown, Ascending, Descending };

int bit_length(uint64_t n) { return 64 - std::countl_zero(n); }

template <class D>
void insertion_sort(D& d, int64_t lo, int64_t hi) {
  for (int64_t k = lo + 1; k < hi; ++k)
    for (int64_t j = k; j > lo && d.less(j, j - 1); --j) d.swap(j, j - 1);
}

// Heap position k is element lo+k; the heap is positions [0, n).
template <class D>
void sink(D& d, int64_t lo, int64_t k, int64_t n) {
  for (;;) {
    int64_t c = 2 * k + 1;
    if (c >= n) return;
    if (c + 1 < n && d.less(lo + c, lo + c + 1)) ++c;
    if (!d.less(lo + k, lo + c)) return;
    d.swap(lo + k, lo + c);
    k = c;
  }
}

template <class D>
void heap_sort(D& d, int64_t lo, int64_t hi) {
  int64_t n = hi - lo;
  for (int64_t k = (n - 1) / 2; k >= 0; --k) sink(d, lo, k, n);
  for (int64_t end = n - 1; end >= 0; --end) {
    d.swap(lo, lo + end);  // the last one swaps an element with itself, as Go's does
    sink(d, lo, 0, end);
  }
}

// Returns the pivot's final place and whether nothing had to move.
template <class D>
std::pair<int64_t, bool> split(D& d, int64_t lo, int64_t hi, int64_t p) {
  d.swap(lo, p);
  int64_t l = lo + 1, r = hi - 1;
  bool clean = true;
  for (;;) {
    while (l <= r && d.less(l, lo)) ++l;
    while (l <= r && !d.less(r, lo)) --r;
    if (l > r) break;
    d.swap(l++, r--);
    clean = false;
  }
  d.swap(r, lo);
  return {r, clean};
}

template <class D>
int64_t gather_equal(D& d, int64_t lo, int64_t hi, int64_t p) {
  d.swap(lo, p);
  int64_t l = lo + 1, r = hi - 1;
  for (;;) {
    while (l <= r && !d.less(lo, l)) ++l;
    while (l <= r && d.less(lo, r)) --r;
    if (l > r) return l;
    d.swap(l++, r--);
  }
}

template <class D>
bool nearly_sorted(D& d, int64_t lo, int64_t hi) {
  int64_t k = lo + 1;
  for (int round = 0; round < kShiftingRounds; ++round) {
    while (k < hi && !d.less(k, k - 1)) ++k;
    if (k == hi) return true;
    if (hi - lo < kShiftingMin) return false;
    d.swap(k, k - 1);
    if (k - lo >= 2)  // walks down to index 1, not lo: Go's calls
      for (int64_t j = k - 1; j >= 1 && d.less(j, j - 1); --j) d.swap(j, j - 1);
    if (hi - k >= 2)
      for (int64_t j = k + 1; j < hi && d.less(j, j - 1); ++j) d.swap(j, j - 1);
  }
  return false;
}

template <class D>
void scramble(D& d, int64_t lo, int64_t hi) {
  int64_t n = hi - lo;
  uint64_t x = static_cast<uint64_t>(n);
  uint64_t mask = (uint64_t(1) << bit_length(x)) - 1;
  int64_t mid = lo + n / 4 * 2;
  for (int64_t k = mid - 1; k <= mid + 1; ++k) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    auto other = static_cast<int64_t>(x & mask);
    if (other >= n) other -= n;
    d.swap(k, lo + other);
  }
}

template <class D>
int64_t median3(D& d, int64_t x, int64_t y, int64_t z, int& descents) {
  if (d.less(y, x)) std::swap(x, y), ++descents;
  if (d.less(z, y)) std::swap(y, z), ++descents;
  if (d.less(y, x)) std::swap(x, y), ++descents;
  return y;
}

template <class D>
std::pair<int64_t, Order> pick_pivot(D& d, int64_t lo, int64_t hi) {
  int64_t q = (hi - lo) / 4;
  int64_t a = lo + q, b = lo + 2 * q, c = lo + 3 * q;
  int descents = 0;
  if (hi - lo >= kNintherMin) {
    a = median3(d, a - 1, a, a + 1, descents);
    b = median3(d, b - 1, b, b + 1, descents);
    c = median3(d, c - 1, c, c + 1, descents);
  }
  b = median3(d, a, b, c, descents);
  if (descents == 0) return {b, Order::Ascending};
  if (descents == 12) return {b, Order::Descending};
  return {b, Order::Unknown};
}

template <class D>
void reverse_range(D& d, int64_t lo, int64_t hi) {
  for (int64_t i = lo, j = hi - 1; i < j; ++i, --j) d.swap(i, j);
}

template <class D>
void quick_sort(D& d, int64_t lo, int64_t hi, int bad_left) {
  bool balanced = true, untouched = true;
  while (hi - lo > kInsertionMax) {
    int64_t n = hi - lo;
    if (bad_left == 0) {
      heap_sort(d, lo, hi);
      return;
    }
    if (!balanced) {
      scramble(d, lo, hi);
      --bad_left;
    }
    auto [p, order] = pick_pivot(d, lo, hi);
    if (order == Order::Descending) {
      reverse_range(d, lo, hi);
      p = lo + hi - 1 - p;
      order = Order::Ascending;
    }
    if (balanced && untouched && order == Order::Ascending && nearly_sorted(d, lo, hi)) return;
    if (lo > 0 && !d.less(lo - 1, p)) {
      lo = gather_equal(d, lo, hi, p);
      continue;
    }
    auto [m, was_split] = split(d, lo, hi, p);
    untouched = was_split;
    if (m - lo < hi - m) {
      balanced = m - lo >= n / 8;
      quick_sort(d, lo, m, bad_left);  // the smaller side: depth stays O(log n)
      lo = m + 1;
    } else {
      balanced = hi - m >= n / 8;
      quick_sort(d, m + 1, hi, bad_left);
      hi = m;
    }
  }
  insertion_sort(d, lo, hi);
}

std::vector<Slot> snapshot(const SliceObj* s) {
  std::vector<Slot> v(slice_len(s));
  for (size_t k = 0; k < v.size(); ++k) v[k] = elem_load(&s->data[k]);
  return v;
}

// Sorts a snapshot of the slice and writes the result back.
template <class Less>
NativeStatus sort_slice(NativeCall& c, Less less) {
  const SliceObj* s = slice_arg(c, 0);
  int64_t n = static_cast<int64_t>(slice_len(s));
  if (n <= 1) return NativeStatus::Ok;
  std::vector<Slot> v = snapshot(s);
  Data<Less> d{v, less};
  quick_sort(d, 0, n, bit_length(static_cast<uint64_t>(n)));
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

// sort.Slice(x any, less func(i, j int) bool): quick_sort over the
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
    // On this native's fiber: less may park (and resume on another worker).
    bool ok = c.vm->call_nested(c, -1, less_fn, args, 2, &r) == VM::NestedStatus::Ok;
    if (!ok) failed = true;  // a panic leaves through the caller: stop asking
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
  quick_sort(d, 0, n, bit_length(static_cast<uint64_t>(n)));
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
    {"sort.Slice", sort_slice_func, always_reenters},
    {"sort.SliceIsSorted", sort_slice_is_sorted, always_reenters},
    {"sort.SliceStable", sort_slice_stable, always_reenters},
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
