#include "vm/heap.hpp"

#include <algorithm>
#include <cstring>

namespace csp {

Heap::Heap(int nworkers, int capacity)
    : gc_(std::make_unique<GcHeap>(nullptr)), locals_(size_t(std::max(capacity, nworkers))) {
  for (int i = 0; i < nworkers; ++i) add_local(i);
  host_ = std::make_unique<LocalHeap>();
  host_->cache = gc_->new_cache();
}

void Heap::add_local(int k) {
  if (locals_[size_t(k)]) return;
  auto lh = std::make_unique<LocalHeap>();
  lh->cache = gc_->new_cache();  // registers it with the collector, under its lock
  locals_[size_t(k)] = std::move(lh);
}

Heap::~Heap() = default;  // the GcHeap unmaps every object

void* Heap::alloc(LocalHeap& lh, HeapKind kind, size_t size, bool noscan) {
  void* p = lh.cache->alloc(size, noscan);
  static_cast<ObjHeader*>(p)->kind = kind;
  return p;
}

StrObj* Heap::new_string(LocalHeap& lh, size_t len) {
  return static_cast<StrObj*>(lh.cache->alloc(sizeof(StrObj) + len, true));  // headerless
}

Slot Heap::make_string(LocalHeap& lh, std::string_view s) {
  if (s.empty()) return slot_p(nullptr);
  StrObj* o = new_string(lh, s.size());
  o->len = s.size();
  std::memcpy(o->data, s.data(), s.size());
  return slot_p(o);
}

}  // namespace csp
