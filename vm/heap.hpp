// The heap: where every script-visible object is allocated.
//
// Each worker allocates from its own LocalHeap (a GcCache of the GC's
// size-classed allocator, vm/gc.hpp) without locks; the host and the
// compiler use a separate one. While a program runs, the VM is the
// collector's client (vm/gc_roots.cpp); destroying the VM unmaps the whole
// heap at once.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

#include "vm/gc.hpp"
#include "vm/value.hpp"

namespace csp {

struct LocalHeap {
  GcCache* cache = nullptr;
};

class Heap {
 public:
  // Room for `capacity` workers' LocalHeaps, of which the first nworkers
  // are made now; add_local makes another when a worker is added while
  // running (runtime.GOMAXPROCS).
  explicit Heap(int nworkers, int capacity = 0);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Worker `worker`'s LocalHeap: made (add_local) before that worker runs.
  LocalHeap& local(int worker) { return *locals_[worker]; }
  // Makes worker k's LocalHeap if it has none. Other workers' entries may be
  // read meanwhile (the table never moves); k's is published to its worker
  // by whatever starts that worker.
  void add_local(int k);
  LocalHeap& host() { return *host_; }
  GcHeap& gc() { return *gc_; }

  // Zeroed memory for an object of `size` bytes starting with an ObjHeader.
  // noscan: the object never holds heap pointers (strings, scalar boxes).
  static void* alloc(LocalHeap& lh, HeapKind kind, size_t size, bool noscan = false);
  static StrObj* new_string(LocalHeap& lh, size_t len);
  static Slot make_string(LocalHeap& lh, std::string_view s);

 private:
  std::unique_ptr<GcHeap> gc_;
  std::vector<std::unique_ptr<LocalHeap>> locals_;  // sized once: capacity
  std::unique_ptr<LocalHeap> host_;
};

}  // namespace csp
