#include "vm/heap.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace csp {

Heap::Heap(int nworkers) {
  for (int i = 0; i <= nworkers; ++i) locals_.push_back(std::make_unique<LocalHeap>());
}

Heap::~Heap() {
  for (auto& lh : locals_) {
    ObjHeader* o = lh->objects;
    while (o) {
      ObjHeader* next = o->next;
      std::free(o);
      o = next;
    }
  }
}

void* Heap::alloc(LocalHeap& lh, HeapKind kind, size_t size) {
  void* p = std::calloc(1, size);
  if (!p) throw std::bad_alloc();
  auto* h = static_cast<ObjHeader*>(p);
  h->kind = kind;
  h->next = lh.objects;
  lh.objects = h;
  lh.bytes += size;
  return p;
}

StrObj* Heap::new_string(LocalHeap& lh, size_t len) {
  return static_cast<StrObj*>(alloc(lh, HeapKind::String, sizeof(StrObj) + len));
}

Slot Heap::make_string(LocalHeap& lh, std::string_view s) {
  if (s.empty()) return slot_p(nullptr);
  StrObj* o = new_string(lh, s.size());
  o->len = s.size();
  std::memcpy(o->data, s.data(), s.size());
  return slot_p(o);
}

}  // namespace csp
