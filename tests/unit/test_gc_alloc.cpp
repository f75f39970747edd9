// The allocator: size classes, zeroed allocation of every class, large
// objects, find_object on interior and foreign pointers.
#include <chrono>
#include <set>

#include "tests/unit/gc_fixture.hpp"
#include "vm/gc_internal.hpp"

using namespace csp;
using namespace csp::test;

TEST_CASE("gc: size classes are increasing, fit their spans, divide exactly") {
  int n = num_size_classes();
  CHECK(n > 30);
  CHECK(n <= kMaxClasses);
  uint32_t prev = 0;
  for (int c = 1; c < n; ++c) {
    const SizeClass& k = size_class(c);
    CHECK(k.size > prev);
    CHECK(k.size % 8 == 0);
    CHECK(k.nelems <= kMaxSpanElems);
    CHECK(k.nelems >= 1);
    uint32_t bytes = k.npages * uint32_t(GcHeap::kPageSize);
    CHECK(k.nelems == bytes / k.size);
    CHECK(bytes % k.size <= bytes / 8);  // at most 12.5% tail waste
    for (uint32_t off = 0; off < bytes; ++off)
      if (uint32_t((uint64_t(off) * k.divmul) >> 32) != off / k.size) {
        FAIL("divmul inexact for class " << c << " offset " << off);
      }
    prev = k.size;
  }
  CHECK(size_class(n - 1).size == GcHeap::kMaxSmall);
  for (size_t s = 1; s <= GcHeap::kMaxSmall; ++s) {
    int c = size_to_class(s);
    REQUIRE(c >= 1);
    REQUIRE(size_class(c).size >= s);
    if (c > 1) REQUIRE(size_class(c - 1).size < s + 128);  // never far too big
  }
}

TEST_CASE("gc: every size class allocates zeroed, aligned, distinct objects") {
  GcHeap heap(nullptr, test_options());
  GcCache& c = *heap.new_cache();
  std::set<uintptr_t> seen;
  for (int cls = 1; cls < num_size_classes(); ++cls) {
    size_t size = size_class(cls).size;
    for (bool noscan : {false, true}) {
      // More than a span's worth, so refills happen.
      for (uint32_t k = 0; k < size_class(cls).nelems + 3; ++k) {
        auto* p = static_cast<unsigned char*>(c.alloc(size, noscan));
        REQUIRE(p != nullptr);
        if (size % 16 == 0) CHECK(uintptr_t(p) % 16 == 0);
        CHECK(uintptr_t(p) % 8 == 0);
        CHECK(seen.insert(uintptr_t(p)).second);
        bool zero = true;
        for (size_t i = 0; i < size; ++i) zero &= p[i] == 0;
        CHECK(zero);
        std::memset(p, 0xAB, size);  // dirty it
        CHECK(heap.find_object(p) == p);
        CHECK(heap.find_object(p + size - 1) == p);
        CHECK(heap.object_size(p) == size);
      }
    }
  }
  MemStats m = heap.read_mem_stats(nullptr);
  CHECK(m.mallocs == seen.size());
  CHECK(m.heap_alloc == m.total_alloc);
  CHECK(m.sys >= m.heap_sys);
}

TEST_CASE("gc: large objects get their own zeroed span; interior pointers find them") {
  GcHeap heap(nullptr, test_options());
  GcCache& c = *heap.new_cache();
  for (size_t size : {size_t(32769), size_t(65536), size_t(100000), size_t(5) << 20}) {
    auto* p = static_cast<unsigned char*>(c.alloc(size, true));
    CHECK(uintptr_t(p) % GcHeap::kPageSize == 0);
    CHECK(heap.object_size(p) >= size);
    CHECK(heap.find_object(p + size / 2) == p);
    CHECK(heap.find_object(p + size - 1) == p);
    bool zero = true;
    for (size_t i = 0; i < size; i += 61) zero &= p[i] == 0;
    CHECK(zero);
  }
}

TEST_CASE("gc: find_object rejects non-heap and free addresses") {
  GcHeap heap(nullptr, test_options());
  GcCache& c = *heap.new_cache();
  int local = 0;
  static int global_var = 0;
  auto* m = new int(0);
  CHECK(heap.find_object(nullptr) == nullptr);
  CHECK(heap.find_object(&local) == nullptr);
  CHECK(heap.find_object(&global_var) == nullptr);
  CHECK(heap.find_object(m) == nullptr);
  delete m;
  auto* p = static_cast<char*>(c.alloc(48, false));
  CHECK(heap.find_object(p + 47) == p);
  // The next object of the span has not been handed out yet.
  CHECK(heap.find_object(p + 48) == nullptr);
  // Far into the arena: never committed.
  CHECK(heap.find_object(p + (size_t(1) << 30)) == nullptr);
  CHECK_FALSE(heap.contains(&local));
  CHECK(heap.contains(p));
}

// Allocation speed, reported (not asserted): the fast path takes no lock.
TEST_CASE("gc: allocation throughput") {
  GcHeap heap(nullptr, test_options());
  GcCache& c = *heap.new_cache();
  heap.set_gc_percent(-1);
  constexpr int kN = 2'000'000;
  auto t0 = std::chrono::steady_clock::now();
  uintptr_t sum = 0;
  for (int i = 0; i < kN; ++i) sum += uintptr_t(c.alloc(40, false));
  auto t1 = std::chrono::steady_clock::now();
  double ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / kN;
  MESSAGE("alloc 40 B (fresh memory): " << ns << " ns/object");
  CHECK(sum != 0);
}
