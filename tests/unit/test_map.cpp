// Unit tests for vm/map: Go map semantics over slots, checked against
// std::unordered_map on random operation sequences, plus Go's special keys
// (NaN, +0/-0, interfaces, structs), iteration under modification, growth,
// randomized order and memory safety under racy use (test suite "racy": run
// it under ASan, skip it under TSan, which reports the races by design).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/layout.hpp"
#include "vm/map.hpp"

using namespace csp;

namespace {

struct Fx {
  TypeContext ctx;
  Heap heap{1};
  LocalHeap& lh = heap.local(0);
  const Type* int_t = ctx.basic(BasicKind::Int);
  const Type* str_t = ctx.basic(BasicKind::String);
  const Type* f64_t = ctx.basic(BasicKind::Float64);
  const Type* any_t = ctx.empty_interface();

  Slot str(std::string_view s) { return Heap::make_string(lh, s); }
  Slot box(std::initializer_list<Slot> slots) {
    auto* b = static_cast<BoxObj*>(Heap::alloc(lh, HeapKind::Box, sizeof(BoxObj) + slots.size() * sizeof(Slot)));
    b->hdr.extra = uint32_t(slots.size());
    size_t i = 0;
    for (Slot s : slots) b->data[i++] = s;
    return slot_p(b->data);
  }
  Slot iface(const Type* t, Slot v) {
    auto* i = static_cast<Iface*>(Heap::alloc(lh, HeapKind::Iface, sizeof(Iface)));
    i->type = t;
    i->value = v;
    return slot_p(i);
  }
  Slot* set(MapObj* m, Slot k, int64_t v) {
    MapStatus st;
    Slot* p = map_assign(lh, m, k, st);
    REQUIRE(st.err == MapErr::None);
    REQUIRE(p);
    p->i = v;
    return p;
  }
  Slot* get(MapObj* m, Slot k) {
    MapStatus st;
    Slot* p = map_lookup(m, k, st);
    REQUIRE(st.err == MapErr::None);
    return p;
  }
  void del(MapObj* m, Slot k) {
    MapStatus st;
    map_delete(m, k, st);
    REQUIRE(st.err == MapErr::None);
  }
  std::vector<std::pair<Slot*, Slot*>> entries(MapObj* m, uint64_t rand = 0) {
    std::vector<std::pair<Slot*, Slot*>> out;
    MapIter it;
    map_iter_init(it, m, rand);
    Slot *k, *v;
    while (map_iter_next(it, &k, &v)) out.push_back({k, v});
    return out;
  }
};

}  // namespace

TEST_CASE("map: layout widths and pointer slots") {
  Fx f;
  auto* st = f.ctx.new_struct();
  st->fields.push_back({"A", f.int_t});
  st->fields.push_back({"B", f.str_t});
  const Type* arr = f.ctx.array(st, 3);
  CHECK(slot_width(f.int_t) == 1);
  CHECK(slot_width(st) == 2);
  CHECK(slot_width(arr) == 6);
  CHECK(slot_width(f.ctx.new_struct()) == 0);
  std::vector<bool> p;
  pointer_slots(arr, p);
  CHECK(p == std::vector<bool>{false, true, false, true, false, true});
  CHECK(is_comparable(arr));
  CHECK(!is_comparable(f.ctx.slice(f.int_t)));
  CHECK(rtype_string(arr) == "[3]struct { A int; B string }");
  CHECK(rtype_string(f.ctx.map(f.str_t, f.any_t)) == "map[string]interface {}");
}

TEST_CASE("map: nil map") {
  Fx f;
  MapStatus st;
  CHECK(map_lookup(nullptr, slot_i(1), st) == nullptr);
  CHECK(map_len(nullptr) == 0);
  map_delete(nullptr, slot_i(1), st);
  CHECK(st.err == MapErr::None);
  CHECK(map_assign(f.lh, nullptr, slot_i(1), st) == nullptr);
  CHECK(st.err == MapErr::NilMap);
  CHECK(map_error_text(st) == "assignment to entry in nil map");
  CHECK(f.entries(nullptr).empty());
}

TEST_CASE("map: random int operations agree with unordered_map") {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, 42);
  std::unordered_map<int64_t, int64_t> ref;
  std::mt19937_64 rng(7);
  for (int op = 0; op < 200000; ++op) {
    int64_t k = static_cast<int64_t>(rng() % 5000) - 2500;
    switch (rng() % 4) {
      case 0:
      case 1: {
        int64_t v = static_cast<int64_t>(rng());
        f.set(m, slot_i(k), v);
        ref[k] = v;
        break;
      }
      case 2:
        f.del(m, slot_i(k));
        ref.erase(k);
        break;
      case 3: {
        Slot* p = f.get(m, slot_i(k));
        auto it = ref.find(k);
        REQUIRE((p != nullptr) == (it != ref.end()));
        if (p) REQUIRE(p->i == it->second);
        break;
      }
    }
    REQUIRE(map_len(m) == static_cast<int64_t>(ref.size()));
  }
  auto es = f.entries(m, 12345);
  REQUIRE(es.size() == ref.size());
  std::set<int64_t> seen;
  for (auto [k, v] : es) {
    CHECK(seen.insert(k->i).second);
    CHECK(ref.at(k->i) == v->i);
  }
}

TEST_CASE("map: string keys by content; += through the returned slot") {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.str_t, f.int_t), 0, 1);
  std::unordered_map<std::string, int64_t> ref;
  std::mt19937 rng(3);
  for (int i = 0; i < 50000; ++i) {
    std::string w = "w" + std::to_string(rng() % 3000);
    MapStatus st;
    Slot* p = map_assign(f.lh, m, f.str(w), st);  // a fresh StrObj every time
    p->i += 1;
    ref[w] += 1;
  }
  CHECK(map_len(m) == static_cast<int64_t>(ref.size()));
  for (auto& [w, n] : ref) {
    Slot* p = f.get(m, f.str(w));
    REQUIRE(p);
    CHECK(p->i == n);
  }
  CHECK(f.get(m, f.str("nope")) == nullptr);
  // The empty string is the null pointer.
  f.set(m, slot_p(nullptr), 9);
  CHECK(f.get(m, f.str(""))->i == 9);
}

TEST_CASE("map: float keys: NaN always new and never found, +0 == -0") {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.f64_t, f.int_t), 0, 5);
  double nan = std::nan("");
  f.set(m, slot_f(nan), 1);
  f.set(m, slot_f(nan), 2);
  f.set(m, slot_f(nan), 3);
  CHECK(map_len(m) == 3);
  CHECK(f.get(m, slot_f(nan)) == nullptr);
  f.del(m, slot_f(nan));
  CHECK(map_len(m) == 3);
  f.set(m, slot_f(0.0), 10);
  f.set(m, slot_f(-0.0), 11);  // same key; the key becomes -0 as in Go
  CHECK(map_len(m) == 4);
  CHECK(f.get(m, slot_f(0.0))->i == 11);
  int nans = 0, zeros = 0;
  for (auto [k, v] : f.entries(m)) {
    if (std::isnan(k->f)) ++nans;
    else {
      ++zeros;
      CHECK(std::signbit(k->f));
    }
  }
  CHECK(nans == 3);
  CHECK(zeros == 1);
  // Many NaNs must not degrade into one long probe chain (nor loop).
  for (int i = 0; i < 10000; ++i) f.set(m, slot_f(nan), i);
  CHECK(map_len(m) == 10004);
  MapStatus st;
  map_clear(m, st);
  CHECK(map_len(m) == 0);
  CHECK(f.entries(m).empty());
}

TEST_CASE("map: struct keys field by field, struct values inline") {
  Fx f;
  auto* key = f.ctx.new_struct();
  key->fields.push_back({"A", f.int_t});
  key->fields.push_back({"_", f.int_t});  // blank fields are ignored by ==
  key->fields.push_back({"B", f.str_t});
  auto* val = f.ctx.new_struct();
  val->fields.push_back({"X", f.f64_t});
  val->fields.push_back({"Y", f.str_t});
  MapObj* m = map_make(f.lh, f.ctx.map(key, val), 10, 9);
  CHECK(m->kw == 3);
  CHECK(m->vw == 2);
  MapStatus st;
  Slot* v = map_assign(f.lh, m, f.box({slot_i(1), slot_i(100), f.str("x")}), st);
  REQUIRE(v);
  v[0] = slot_f(2.5);
  v[1] = f.str("val");
  Slot* w = map_lookup(m, f.box({slot_i(1), slot_i(-5), f.str("x")}), st);
  REQUIRE(w == v);
  CHECK(str_view(w[1]) == "val");
  CHECK(map_lookup(m, f.box({slot_i(2), slot_i(100), f.str("x")}), st) == nullptr);
  CHECK(map_lookup(m, f.box({slot_i(1), slot_i(100), f.str("y")}), st) == nullptr);
  // Many struct keys through growth.
  for (int i = 0; i < 2000; ++i) {
    Slot* p = map_assign(f.lh, m, f.box({slot_i(i), slot_i(0), f.str(std::to_string(i * 7))}), st);
    p[0] = slot_f(i);
  }
  for (int i = 0; i < 2000; ++i) {
    Slot* p = map_lookup(m, f.box({slot_i(i), slot_i(3), f.str(std::to_string(i * 7))}), st);
    REQUIRE(p);
    CHECK(p[0].f == i);
  }
  // Array keys [2]float64 with +0/-0.
  MapObj* a = map_make(f.lh, f.ctx.map(f.ctx.array(f.f64_t, 2), f.int_t), 0, 3);
  f.set(a, f.box({slot_f(0.0), slot_f(1)}), 1);
  CHECK(f.get(a, f.box({slot_f(-0.0), slot_f(1)}))->i == 1);
  // A struct{} key: every key is the same one; struct{} values take no slots.
  MapObj* e = map_make(f.lh, f.ctx.map(f.ctx.new_struct(), f.ctx.new_struct()), 0, 3);
  CHECK(map_assign(f.lh, e, slot_p(nullptr), st) != nullptr);
  CHECK(map_assign(f.lh, e, slot_p(nullptr), st) != nullptr);
  CHECK(map_len(e) == 1);
  CHECK(map_lookup(e, slot_p(nullptr), st) != nullptr);
}

TEST_CASE("map: interface keys by dynamic type and value") {
  Fx f;
  auto* named = f.ctx.new_named();
  named->under = f.int_t;
  auto* pt = f.ctx.new_struct();
  pt->fields.push_back({"X", f.int_t});
  pt->fields.push_back({"Y", f.int_t});
  MapObj* m = map_make(f.lh, f.ctx.map(f.any_t, f.int_t), 0, 11);
  f.set(m, f.iface(f.int_t, slot_i(1)), 1);
  f.set(m, f.iface(named, slot_i(1)), 2);  // another type: another key
  f.set(m, f.iface(f.str_t, f.str("1")), 3);
  f.set(m, f.iface(pt, f.box({slot_i(1), slot_i(2)})), 4);
  f.set(m, slot_p(nullptr), 5);  // nil interface
  CHECK(map_len(m) == 5);
  CHECK(f.get(m, f.iface(f.int_t, slot_i(1)))->i == 1);
  CHECK(f.get(m, f.iface(named, slot_i(1)))->i == 2);
  CHECK(f.get(m, f.iface(f.str_t, f.str("1")))->i == 3);
  CHECK(f.get(m, f.iface(pt, f.box({slot_i(1), slot_i(2)})))->i == 4);
  CHECK(f.get(m, slot_p(nullptr))->i == 5);
  CHECK(f.get(m, f.iface(pt, f.box({slot_i(2), slot_i(1)}))) == nullptr);
  // A struct type built twice is still the same type (identical()).
  auto* pt2 = f.ctx.new_struct();
  pt2->fields.push_back({"X", f.int_t});
  pt2->fields.push_back({"Y", f.int_t});
  CHECK(f.get(m, f.iface(pt2, f.box({slot_i(1), slot_i(2)})))->i == 4);
  // NaN inside an interface.
  f.set(m, f.iface(f.f64_t, slot_f(std::nan(""))), 6);
  f.set(m, f.iface(f.f64_t, slot_f(std::nan(""))), 7);
  CHECK(map_len(m) == 7);
  // Unhashable dynamic types panic with Go's text, on lookup, assign and delete.
  MapStatus st;
  Slot bad = f.iface(f.ctx.slice(f.int_t), slot_p(nullptr));
  CHECK(map_assign(f.lh, m, bad, st) == nullptr);
  CHECK(st.err == MapErr::Unhashable);
  CHECK(map_error_text(st) == "runtime error: hash of unhashable type []int");
  st = {};
  CHECK(map_lookup(m, bad, st) == nullptr);
  CHECK(st.err == MapErr::Unhashable);
  st = {};
  map_delete(m, bad, st);
  CHECK(st.err == MapErr::Unhashable);
  CHECK(map_len(m) == 7);
}

TEST_CASE("map: deleting during iteration; no entry twice; growth during iteration") {
  Fx f;
  for (uint64_t rnd = 0; rnd < 20; ++rnd) {
    MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, rnd);
    for (int i = 0; i < 1000; ++i) f.set(m, slot_i(i), i * 2);
    std::set<int64_t> seen, deleted;
    MapIter it;
    map_iter_init(it, m, rnd * 7919);
    Slot *k, *v;
    int n = 0;
    while (map_iter_next(it, &k, &v)) {
      int64_t key = k->i;
      REQUIRE(!deleted.count(key));
      REQUIRE(seen.insert(key).second);
      if (key < 1000) REQUIRE(v->i == key * 2);
      // Delete some not-yet-seen keys, and add new ones (forcing growth).
      int64_t victim = (key * 37 + 11) % 1000;
      if (!seen.count(victim)) {
        f.del(m, slot_i(victim));
        deleted.insert(victim);
      }
      if (++n % 3 == 0) f.set(m, slot_i(100000 + n), 0);
    }
    for (int i = 0; i < 1000; ++i) CHECK((seen.count(i) + deleted.count(i)) == 1);
  }
}

TEST_CASE("map: clear during iteration stops the walk") {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, 1);
  for (int i = 0; i < 100; ++i) f.set(m, slot_i(i), i);
  MapIter it;
  map_iter_init(it, m, 0);
  Slot *k, *v;
  REQUIRE(map_iter_next(it, &k, &v));
  MapStatus st;
  map_clear(m, st);
  CHECK(!map_iter_next(it, &k, &v));
  CHECK(map_len(m) == 0);
  f.set(m, slot_i(5), 5);
  CHECK(f.get(m, slot_i(5))->i == 5);
}

TEST_CASE("map: 1M entries grow and stay findable") {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, 77);
  const int n = 1000000;
  for (int i = 0; i < n; ++i) f.set(m, slot_i(i * 3), i);
  CHECK(map_len(m) == n);
  for (int i = 0; i < n; ++i) {
    Slot* p = f.get(m, slot_i(i * 3));
    REQUIRE(p);
    REQUIRE(p->i == i);
  }
  CHECK(f.get(m, slot_i(1)) == nullptr);
  for (int i = 0; i < n; i += 2) f.del(m, slot_i(i * 3));
  CHECK(map_len(m) == n / 2);
  CHECK(f.entries(m).size() == n / 2);
}

TEST_CASE("map: iteration order is randomized") {
  Fx f;
  auto order = [&](uint64_t seed, uint64_t rand) {
    MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, seed);
    for (int i = 0; i < 20; ++i) f.set(m, slot_i(i), i);
    std::vector<int64_t> o;
    for (auto [k, v] : f.entries(m, rand)) o.push_back(k->i);
    return o;
  };
  CHECK(order(1, 5) == order(1, 5));  // deterministic given the seeds
  CHECK(order(1, 5) != order(2, 5));  // another map: another layout
  CHECK(order(1, 5) != order(1, 6));  // another range statement: another start
  // Small maps (one group) keep insertion order rotated by a random start,
  // as Go's single bucket does: up to 5 orders for 5 keys.
  std::set<std::vector<int64_t>> orders;
  for (uint64_t s = 0; s < 16; ++s) {
    MapObj* m = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, s);
    for (int i = 0; i < 5; ++i) f.set(m, slot_i(i), i);
    std::vector<int64_t> o;
    for (auto [k, v] : f.entries(m, s * 31)) o.push_back(k->i);
    orders.insert(o);
  }
  CHECK(orders.size() >= 4);
}

TEST_CASE("map: lookup and insert timings" * doctest::skip(false)) {
  Fx f;
  MapObj* m = map_make(f.lh, f.ctx.map(f.str_t, f.int_t), 0, 1);
  std::vector<Slot> words;
  for (int i = 0; i < 1000; ++i) words.push_back(f.str("word" + std::to_string(i * 7919 % 10007)));
  std::vector<Slot> probes;  // distinct StrObjs with equal contents, as a tokenizer produces
  for (int i = 0; i < 100000; ++i) probes.push_back(f.str(str_view(words[(i * 31) % 1000])));
  MapStatus st;
  for (Slot w : words) map_assign(f.lh, m, w, st)->i = 0;
  auto t0 = std::chrono::steady_clock::now();
  int64_t sum = 0;
  const int rounds = 20;
  for (int r = 0; r < rounds; ++r)
    for (Slot p : probes) sum += map_lookup(m, p, st)->i;
  auto t1 = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (Slot p : probes) map_assign(f.lh, m, p, st)->i += 1;
  auto t2 = std::chrono::steady_clock::now();
  MapObj* im = map_make(f.lh, f.ctx.map(f.int_t, f.int_t), 0, 1);
  for (int i = 0; i < 1000000; ++i) map_assign(f.lh, im, slot_i(i), st)->i = i;
  auto t3 = std::chrono::steady_clock::now();
  for (int i = 0; i < 1000000; ++i) sum += map_lookup(im, slot_i(i), st)->i;
  auto t4 = std::chrono::steady_clock::now();
  auto ns = [](auto a, auto b, double n) { return std::chrono::duration<double, std::nano>(b - a).count() / n; };
  MESSAGE("map[string]int lookup " << ns(t0, t1, rounds * 1e5) << " ns, m[w] += 1 " << ns(t1, t2, rounds * 1e5)
          << " ns; map[int]int insert (growing to 1M) " << ns(t2, t3, 1e6) << " ns, lookup " << ns(t3, t4, 1e6)
          << " ns (sum " << sum << ")");
}

TEST_SUITE("racy") {
  TEST_CASE("map: racy writers and readers never crash the VM") {
    Fx f;
    auto* key = f.ctx.new_struct();
    key->fields.push_back({"A", f.int_t});
    key->fields.push_back({"B", f.str_t});
    for (int nthreads : {2, 4, 8}) {
      Heap heap(nthreads);
      MapObj* sm = map_make(heap.local(0), f.ctx.map(f.str_t, f.int_t), 0, 3);
      MapObj* km = map_make(heap.local(0), f.ctx.map(key, f.str_t), 0, 4);
      std::atomic<int64_t> errors{0};
      std::vector<std::thread> ts;
      for (int t = 0; t < nthreads; ++t) {
        ts.emplace_back([&, t] {
          LocalHeap& lh = heap.local(t);
          std::mt19937 rng(t);
          for (int i = 0; i < 30000; ++i) {
            int r = static_cast<int>(rng() % 400);
            Slot s = Heap::make_string(lh, "k" + std::to_string(r));
            MapStatus st;
            switch (rng() % 6) {
              case 0:
              case 1: {
                Slot* p = map_assign(lh, sm, s, st);
                if (p) p->i += 1;
                break;
              }
              case 2: map_delete(sm, s, st); break;
              case 3: {
                Slot* p = map_lookup(sm, s, st);
                if (p) (void)p->i;
                break;
              }
              case 4: {
                auto* b = static_cast<BoxObj*>(Heap::alloc(lh, HeapKind::Box, sizeof(BoxObj) + 2 * sizeof(Slot)));
                b->data[0] = slot_i(r);
                b->data[1] = s;
                Slot* p = map_assign(lh, km, slot_p(b->data), st);
                if (p) *p = s;
                if (rng() % 2) map_delete(km, slot_p(b->data), st);
                break;
              }
              case 5: {
                MapIter it;
                bool strs = rng() % 2;
                map_iter_init(it, strs ? sm : km, rng());
                Slot *k, *v;
                int n = 0;
                while (map_iter_next(it, &k, &v) && n++ < 50) (void)str_view(k[strs ? 0 : 1]).size();
                if (rng() % 50 == 0) map_clear(sm, st);
                break;
              }
            }
            if (st.err != MapErr::None) errors.fetch_add(1, std::memory_order_relaxed);
          }
        });
      }
      for (auto& th : ts) th.join();
      CHECK(map_len(sm) >= 0);
      MESSAGE(nthreads << " threads: " << errors.load() << " concurrent-write detections");
    }
  }
}
