#include "vm/heap.hpp"

#include <cstring>

namespace csp {

Heap::Heap(int nworkers) : gc_(std::make_unique<GcHeap>(nullptr)) {
  for (int i = 0; i <= nworkers; ++i) {
    locals_.push_back(std::make_unique<LocalHeap>());
    locals_.back()->cache = gc_->new_cache();
  }
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
