// The heap: where every script-visible object is allocated.
//
// Each worker allocates from its own LocalHeap without locks; the host and
// the compiler use a separate one. Every object is threaded on its
// LocalHeap's list so that the collector (the sequential-language issue) can
// sweep it and so that destroying the VM frees everything. There is no
// collection yet: objects live until the VM is destroyed.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

#include "vm/value.hpp"

namespace csp {

struct LocalHeap {
  ObjHeader* objects = nullptr;
  size_t bytes = 0;
};

class Heap {
 public:
  explicit Heap(int nworkers);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  LocalHeap& local(int worker) { return *locals_[worker]; }
  LocalHeap& host() { return *locals_.back(); }

  // Zeroed memory for an object of `size` bytes starting with an ObjHeader.
  static void* alloc(LocalHeap& lh, HeapKind kind, size_t size);
  static StrObj* new_string(LocalHeap& lh, size_t len);
  static Slot make_string(LocalHeap& lh, std::string_view s);

 private:
  std::vector<std::unique_ptr<LocalHeap>> locals_;
};

}  // namespace csp
