// A toy object model for the GC unit tests: every object is a TObj header
// followed by slots; its kind says how the client scans it (all slots are
// pointers, slots per GcLayout, or none). Roots are registered slot arrays.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include <unistd.h>

#include "vm/gc.hpp"

namespace csp::test {

enum class TKind : uint32_t { AllPtr, GcLayout, NoScan };

struct TObj {
  TKind kind;
  uint32_t nslots;
  const GcLayout* layout;
  uint64_t slots[];
};

class TestClient : public GcClient {
 public:
  // Slot arrays holding roots; each must stay alive while registered.
  std::vector<std::pair<void**, size_t>> roots;
  std::mutex mu;  // guards `roots` against concurrent registration
  size_t scanned = 0;

  void add_root(void** slots, size_t n) {
    std::lock_guard lk(mu);
    roots.emplace_back(slots, n);
  }
  void visit_roots(Tracer& t) override {
    for (auto& [p, n] : roots) t.mark_slots(p, n);
  }
  void scan_object(void* obj, size_t size, Tracer& t) override {
    ++scanned;
    auto* o = static_cast<TObj*>(obj);
    if (sizeof(TObj) + o->nslots * 8 > size) std::abort();  // not REQUIRE: hot
    switch (o->kind) {
      case TKind::AllPtr: t.mark_slots(o->slots, o->nslots); break;
      case TKind::GcLayout: t.scan_slots(o->slots, o->nslots, *o->layout); break;
      case TKind::NoScan: std::abort();  // scanned a noscan object
    }
  }
};

inline TObj* new_obj(GcCache& c, TKind kind, uint32_t nslots, const GcLayout* layout = nullptr) {
  size_t size = sizeof(TObj) + size_t(nslots) * 8;
  auto* o = static_cast<TObj*>(c.alloc(size, kind == TKind::NoScan));
  o->kind = kind;
  o->nslots = nslots;
  o->layout = layout;
  return o;
}

// ThreadSanitizer's shadow memory follows the heap's pages but is never
// given back, so RSS says nothing about the collector there.
#if defined(__SANITIZE_THREAD__)
constexpr bool kRssMeaningful = false;
#else
constexpr bool kRssMeaningful = true;
#endif

inline size_t rss_bytes() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  long pages = 0, resident = 0;
  if (f) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return size_t(resident) * size_t(sysconf(_SC_PAGESIZE));
}

inline GcOptions test_options() {
  GcOptions o;
  o.arena_bytes = size_t(4) << 30;
  o.gc_percent = 100;
  return o;
}

}  // namespace csp::test
