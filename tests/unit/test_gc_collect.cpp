// The collector: marking through layouts and per-kind scanners, cycles,
// deep lists, sweeping and reuse, pacing, returning memory to the OS, and
// stop-the-world collections while several threads allocate.
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <set>
#include <thread>

#include "tests/unit/gc_fixture.hpp"

using namespace csp;
using namespace csp::test;

namespace {

bool alive(GcHeap& h, const void* p) { return h.find_object(p) == p; }

int local_dummy_for_test;

}  // namespace

TEST_CASE("gc: marks through per-kind scanners and layouts, frees the rest") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  void* root[1] = {};
  client.add_root(root, 1);

  // A struct {int, *T, int, string} as a GcLayout; an array of 3 of them.
  GcLayout layout({false, true, false, true});
  TObj* arr = new_obj(c, TKind::GcLayout, 12, &layout);
  TObj* a = new_obj(c, TKind::AllPtr, 2);
  TObj* b = new_obj(c, TKind::NoScan, 3);
  TObj* s = new_obj(c, TKind::NoScan, 1);
  TObj* dead1 = new_obj(c, TKind::AllPtr, 1);
  TObj* dead2 = new_obj(c, TKind::NoScan, 1);
  TObj* big = new_obj(c, TKind::NoScan, 10000);   // a large object
  TObj* bigdead = new_obj(c, TKind::AllPtr, 10000);
  arr->slots[5] = uint64_t(&a->slots[1]);  // element 1's pointer: interior pointer into a
  arr->slots[4] = uint64_t(dead1);         // a scalar slot: not a pointer
  arr->slots[7] = uint64_t(s);             // element 1's "string"
  arr->slots[11] = uint64_t(&big->slots[9000]);
  a->slots[0] = uint64_t(b);
  a->slots[1] = uint64_t(&local_dummy_for_test);  // not a heap address: ignored
  b->slots[0] = uint64_t(dead2);                   // b is noscan: never followed
  bigdead->slots[0] = uint64_t(a);
  root[0] = &arr->slots[3];                        // interior pointer to the array

  heap.collect(nullptr);
  CHECK(alive(heap, arr));
  CHECK(alive(heap, a));
  CHECK(alive(heap, b));
  CHECK(alive(heap, s));
  CHECK(alive(heap, big));
  CHECK_FALSE(alive(heap, dead1));
  CHECK_FALSE(alive(heap, dead2));
  CHECK(heap.find_object(bigdead) == nullptr);
  CHECK(a->slots[0] == uint64_t(b));  // reachable objects intact
  MemStats m = heap.read_mem_stats(nullptr);
  CHECK(m.num_gc == 1);
  CHECK(m.frees == 3);

  root[0] = nullptr;
  heap.collect(nullptr);
  CHECK_FALSE(alive(heap, arr));
  CHECK_FALSE(alive(heap, a));
  CHECK(heap.find_object(big) == nullptr);
  m = heap.read_mem_stats(nullptr);
  CHECK(m.heap_alloc == 0);
  CHECK(m.heap_inuse == 0);
  CHECK(m.mallocs == m.frees);
}

TEST_CASE("gc: cycles are collected; a cycle reachable from a root survives") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  void* root[1] = {};
  client.add_root(root, 1);
  TObj* x = new_obj(c, TKind::AllPtr, 1);
  TObj* y = new_obj(c, TKind::AllPtr, 1);
  x->slots[0] = uint64_t(y);
  y->slots[0] = uint64_t(x);
  TObj* self = new_obj(c, TKind::AllPtr, 1);
  self->slots[0] = uint64_t(self);
  root[0] = y;
  heap.collect(nullptr);
  CHECK(alive(heap, x));
  CHECK(alive(heap, y));
  CHECK_FALSE(alive(heap, self));
  root[0] = nullptr;
  heap.collect(nullptr);
  CHECK_FALSE(alive(heap, x));
  CHECK_FALSE(alive(heap, y));
}

TEST_CASE("gc: a 1M-node linked list is marked without recursion") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  void* root[1] = {};
  client.add_root(root, 1);
  constexpr int kN = 1'000'000;
  TObj* head = nullptr;
  for (int i = 0; i < kN; ++i) {
    TObj* n = new_obj(c, TKind::AllPtr, 2);
    n->slots[0] = uint64_t(head);
    n->slots[1] = uint64_t(i) << 1 | 1;  // odd: never a heap address
    head = n;
  }
  root[0] = head;
  auto t0 = std::chrono::steady_clock::now();
  heap.collect(nullptr);
  auto t1 = std::chrono::steady_clock::now();
  MemStats m = heap.read_mem_stats(nullptr);
  MESSAGE("1M-node list (" << m.heap_alloc / 1e6 << " MB live): collection "
          << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms");
  CHECK(client.scanned == size_t(kN));
  int count = 0;
  int64_t expect = kN - 1;
  bool ok = true;
  for (TObj* n = head; n; n = reinterpret_cast<TObj*>(n->slots[0])) {
    ok &= int64_t(n->slots[1] >> 1) == expect--;
    ++count;
  }
  CHECK(ok);
  CHECK(count == kN);
  CHECK(m.frees == 0);
  root[0] = nullptr;
  heap.collect(nullptr);
  m = heap.read_mem_stats(nullptr);
  CHECK(m.frees == uint64_t(kN));
  CHECK(m.heap_alloc == 0);
}

TEST_CASE("gc: freed memory is reused and handed out zeroed") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  void* root[64] = {};
  client.add_root(root, 64);
  std::set<uintptr_t> freed;
  for (int i = 0; i < 1000; ++i) {
    TObj* o = new_obj(c, TKind::AllPtr, 4);
    o->slots[2] = 0xDEADBEEF;
    if (i % 20 == 0) root[i / 20] = o;
    else freed.insert(uintptr_t(o));
  }
  heap.collect(nullptr);
  for (int i = 0; i < 50; ++i) CHECK(alive(heap, root[i]));
  int reused = 0;
  for (int i = 0; i < 1000; ++i) {
    TObj* o = new_obj(c, TKind::AllPtr, 4);
    if (freed.count(uintptr_t(o))) ++reused;
    CHECK(o->slots[2] == 0);
  }
  CHECK(reused == 950);  // the partial spans fill first
}

TEST_CASE("gc: pacing collects as the heap grows and keeps it near 2x live") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  heap.enter(c);
  constexpr int kLive = 20000;  // ~20000 * 512 B = 10 MB live
  std::vector<void*> live(kLive, nullptr);
  client.add_root(live.data(), live.size());
  uint64_t max_inuse = 0;
  for (int i = 0; i < 400000; ++i) {  // ~200 MB allocated
    TObj* o = new_obj(c, TKind::NoScan, 62);
    live[size_t(i) % kLive] = o;
    if (i % 64 == 0) {
      heap.at_safepoint(c);
      max_inuse = std::max(max_inuse, heap.stats().heap_inuse);
    }
  }
  heap.leave(c);
  MemStats m = heap.read_mem_stats(nullptr);
  MESSAGE("pacing: " << m.num_gc << " collections, max heap in use " << max_inuse / 1e6
          << " MB, 10 MB live");
  CHECK(m.num_gc >= 8);
  CHECK(max_inuse < size_t(32) << 20);
  for (void* p : live) CHECK(alive(heap, p));
}

TEST_CASE("gc: GOGC=off and set_gc_percent") {
  TestClient client;
  GcOptions o = test_options();
  o.gc_percent = GcOptions::kFromEnv;
  setenv("GOGC", "off", 1);
  GcHeap heap(&client, o);
  unsetenv("GOGC");
  CHECK(heap.gc_percent() == -1);
  GcCache& c = *heap.new_cache();
  heap.enter(c);
  for (int i = 0; i < 100000; ++i) {
    c.alloc(256, true);
    heap.at_safepoint(c);
  }
  CHECK(heap.stats().num_gc == 0);
  CHECK(heap.set_gc_percent(50) == -1);
  heap.at_safepoint(c);  // 25 MB allocated: far past the goal
  CHECK(heap.stats().num_gc == 1);
  heap.leave(c);
  setenv("GOGC", "200", 1);
  GcHeap heap2(&client, o);
  unsetenv("GOGC");
  CHECK(heap2.gc_percent() == 200);
  setenv("GOGC", "abc", 1);  // not a number: Go's default
  GcHeap heap3(&client, o);
  unsetenv("GOGC");
  CHECK(heap3.gc_percent() == 100);
}

TEST_CASE("gc: memory goes back to the OS when the live heap shrinks") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  constexpr int kN = 200000;  // 200000 * 1 KiB = ~200 MB live
  std::vector<void*> live(kN, nullptr);
  client.add_root(live.data(), live.size());
  size_t before = rss_bytes();
  for (int i = 0; i < kN; ++i) {
    auto* o = new_obj(c, TKind::NoScan, 120);
    std::memset(o->slots, 1, 120 * 8);
    live[size_t(i)] = o;
  }
  std::vector<void*> large(8);
  client.add_root(large.data(), large.size());
  for (auto& p : large) {
    p = c.alloc(size_t(4) << 20, true);
    std::memset(p, 1, size_t(4) << 20);
  }
  heap.collect(nullptr);
  size_t full = rss_bytes();
  std::fill(live.begin(), live.end(), nullptr);
  std::fill(large.begin(), large.end(), nullptr);
  heap.collect(nullptr);
  size_t after = rss_bytes();
  MESSAGE("RSS: before " << before / 1e6 << " MB, 232 MB live " << full / 1e6
          << " MB, after dropping it " << after / 1e6 << " MB");
  if (kRssMeaningful) {
    CHECK(full - before > size_t(200) << 20);
    CHECK(full - after > size_t(200) << 20);
  }
  MemStats m = heap.stats();
  CHECK(m.heap_released > size_t(200) << 20);
  // The released memory is reused (and reads as zero).
  for (int i = 0; i < 1000; ++i) {
    auto* o = new_obj(c, TKind::NoScan, 120);
    CHECK(o->slots[119] == 0);
  }
}

// The requirement, scaled down for a unit test: 2 GB allocated in
// total with 50 MB live must stay far below 200 MB resident.
TEST_CASE("gc: a long allocation loop with 50 MB live stays bounded") {
  TestClient client;
  GcHeap heap(&client, test_options());
  GcCache& c = *heap.new_cache();
  heap.enter(c);
  constexpr size_t kLive = 50 << 10;  // 50K objects of ~1 KiB
  std::vector<void*> live(kLive, nullptr);
  client.add_root(live.data(), live.size());
  size_t base = rss_bytes(), peak = 0;
  uint64_t total = 0;
  for (size_t i = 0; total < (size_t(2) << 30); ++i) {
    size_t n = 8 + (i * 7919) % 248;  // 72 B .. 2 KiB, pointerful
    TObj* o = new_obj(c, TKind::AllPtr, uint32_t(n));
    // Even objects point to the previous (odd) object, which points
    // nowhere: a longer chain would keep every object alive.
    if (i % 2 == 0) o->slots[0] = uint64_t(live[(i + kLive - 1) % kLive]);
    live[i % kLive] = o;
    total += sizeof(TObj) + n * 8;
    if (i % 256 == 0) {
      heap.at_safepoint(c);
      if (i % 8192 == 0) peak = std::max(peak, rss_bytes());
    }
  }
  heap.leave(c);
  MemStats m = heap.stats();
  MESSAGE("2 GB allocated, ~" << 50 << " MB live: " << m.num_gc << " collections, peak RSS growth "
          << (peak - base) / 1e6 << " MB, mean pause " << m.pause_total_ns / 1e6 / double(m.num_gc)
          << " ms; heap goal " << m.next_gc / 1e6 << " MB, in use " << m.heap_inuse / 1e6
          << " MB, idle " << m.heap_idle / 1e6 << " MB, released " << m.heap_released / 1e6 << " MB");
  if (kRssMeaningful) {
    CHECK(peak - base < size_t(200) << 20);
  }
  CHECK(m.num_gc > 10);
}

// Threads stand in for workers: each owns a cache and a root array, builds
// and replaces linked lists, and polls at_safepoint; the main thread (not a
// mutator) and the mutators themselves force collections meanwhile.
static void stw_stress(int nthreads) {
  TestClient client;
  GcHeap heap(&client, test_options());
  constexpr int kLists = 8, kLen = 200;
  struct PerThread {
    GcCache* cache;
    void* roots[kLists] = {};
    uint64_t checked = 0;
    bool ok = true;
  };
  std::vector<PerThread> pt{size_t(nthreads)};
  for (auto& p : pt) {
    p.cache = heap.new_cache();
    client.add_root(p.roots, kLists);
  }
  std::atomic<bool> stop{false};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < nthreads; ++t) {
    threads.emplace_back([&, t] {
      PerThread& me = pt[size_t(t)];
      GcCache& c = *me.cache;
      heap.enter(c);
      ready.fetch_add(1);
      uint64_t round = 0;
      while (!stop.load(std::memory_order_relaxed) || round < 50) {
        int slot = int(round % kLists);
        // Check the list about to be replaced (it survived collections).
        if (auto* n = static_cast<TObj*>(me.roots[slot])) {
          uint64_t tag = n->slots[1];
          int len = 0;
          for (; n; n = reinterpret_cast<TObj*>(n->slots[0]), ++len)
            me.ok &= n->slots[1] == tag && heap.find_object(n) == n;
          me.ok &= len == kLen;
          ++me.checked;
        }
        TObj* head = nullptr;
        me.roots[slot] = nullptr;
        for (int i = 0; i < kLen; ++i) {
          TObj* n = new_obj(c, TKind::AllPtr, 2 + uint32_t(i % 5));
          n->slots[0] = uint64_t(head);
          n->slots[1] = round * 64 + uint64_t(t) * 2 + 1;
          head = n;
          me.roots[slot] = head;  // rooted before the next safepoint
          if (i % 16 == 0) heap.at_safepoint(c);
        }
        if (round % 97 == 0 && t == 0) heap.collect(&c);  // runtime.GC from a mutator
        if (round % 31 == 0) {
          heap.leave(c);  // as a worker going idle
          std::this_thread::yield();
          heap.enter(c);
        }
        ++round;
      }
      heap.leave(c);
    });
  }
  while (ready.load() < nthreads) std::this_thread::yield();
  for (int i = 0; i < 20; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    heap.collect(nullptr);
  }
  stop.store(true);
  for (auto& th : threads) th.join();
  heap.collect(nullptr);
  MemStats m = heap.stats();
  CHECK(m.num_gc >= 21);
  for (auto& p : pt) {
    CHECK(p.ok);
    CHECK(p.checked > 10);
    for (void* r : p.roots)
      if (r) CHECK(heap.find_object(r) == r);
  }
  // Live: at most kLists lists per thread.
  CHECK(m.heap_alloc <= uint64_t(nthreads) * kLists * kLen * 96);
}

TEST_CASE("gc: stop-the-world collections with 2 allocating threads") { stw_stress(2); }
TEST_CASE("gc: stop-the-world collections with 8 allocating threads") { stw_stress(8); }
