// The VM's side of the collector (GcClient): where the roots are and how
// each kind of heap object holds pointers.
//
// Roots are scanned conservatively: every slot of every goroutine's stack,
// every global. A slot that is not a pointer into an allocated object is
// ignored by the page map, so the cost of not knowing which registers hold
// pointers is only that a stale or integer slot may keep an object alive a
// little longer. Heap objects are scanned by kind; boxes and arrays
// conservatively slot by slot (precise layouts from the compiler are the
// next step).
#include "vm/chan.hpp"
#include "vm/map.hpp"
#include "vm/runtime.hpp"

namespace csp {

namespace {
void visit_ptr(void* ctx, void* p) { static_cast<Tracer*>(ctx)->mark(p); }
}  // namespace

void VM::visit_roots(Tracer& t) {
  if (!globals_.empty()) t.mark_slots(globals_.data(), globals_.size());
  if (!sched_) return;
  sched_->for_each_g([&](G* g) {
    if (g->status == GStatus::Dead || g->nframes == 0) return;
    if (g->stack) t.mark_slots(g->stack, g->stack_size);
    for (uint32_t k = 0; k < g->nframes; ++k) t.mark(g->frames[k].closure);
    t.mark(g->wait.value.p);
    for (const DeferRec* d = g->defers; d; d = d->next) {
      t.mark(d->closure);
      t.mark_slots(d->args, d->nargs);
    }
    for (const PanicRec* p = g->panicking; p; p = p->link) t.mark(p->value.p);
  });
}

void VM::scan_object(void* obj, size_t size, Tracer& t) {
  auto* h = static_cast<ObjHeader*>(obj);
  switch (h->kind) {
    case HeapKind::String: break;
    case HeapKind::Complex: break;  // two doubles (allocated noscan)
    case HeapKind::Closure: {
      auto* c = static_cast<Closure*>(obj);
      t.mark_slots(c->cells, c->ncells);
      break;
    }
    case HeapKind::Cell: t.mark(static_cast<Cell*>(obj)->value.p); break;
    case HeapKind::Iface: t.mark(static_cast<Iface*>(obj)->value.p); break;
    case HeapKind::Chan: {
      auto* c = static_cast<Chan*>(obj);
      if (c->buf) t.mark_slots(c->buf, c->cap);
      break;
    }
    case HeapKind::Box: {
      auto* b = static_cast<BoxObj*>(obj);
      size_t n = b->hdr.extra;
      if (n == kBoxSlotsUnknown) n = (size - sizeof(BoxObj)) / sizeof(Slot);
      t.mark_slots(b->data, n);
      break;
    }
    case HeapKind::Array: {
      auto* a = static_cast<ArrObj*>(obj);
      t.mark_slots(a->data, a->nslots);
      break;
    }
    case HeapKind::Slice: t.mark(static_cast<SliceObj*>(obj)->data); break;
    case HeapKind::Map: t.mark(static_cast<MapObj*>(obj)->table); break;
    case HeapKind::MapTable: map_trace_table(static_cast<MapTable*>(obj), visit_ptr, &t); break;
    case HeapKind::MapIter: {
      auto* it = static_cast<MapIterObj*>(obj);
      t.mark(it->it.map);
      t.mark(it->it.table);
      break;
    }
  }
  (void)size;
}

}  // namespace csp
