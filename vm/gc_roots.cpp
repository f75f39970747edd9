// The VM's side of the collector (GcClient): where the roots are and how
// each kind of heap object holds pointers.
//
// Roots are scanned conservatively: every slot of every goroutine's stack,
// every global. A slot that is not a pointer into an allocated object is
// ignored by the page map, so the cost of not knowing which registers hold
// pointers is only that a stale or integer slot may keep an object alive a
// little longer. (Precise roots need per-safepoint register maps from the
// compiler; registers are reused across types within a function, so that
// is a table per call and back-edge. Not worth it while stacks are small
// next to the heap.)
//
// Heap objects are scanned precisely by kind. Boxes and backing arrays
// carry their type's pointer layout (ObjHeader::layout, from the compiler's
// Program::TypeInfo), and those of pointer-free types live in noscan spans
// and are never scanned at all. Conservative heap scanning remains only
// where an allocation site does not know the type: copies of a method
// receiver for a value-receiver call through an interface, map values of
// aggregate type read into a fresh box, channel buffers.
#include <algorithm>

#include "vm/chan.hpp"
#include "vm/map.hpp"
#include "vm/runtime.hpp"
#include "vm/timers.hpp"

namespace csp {

namespace {
void visit_ptr(void* ctx, void* p) { static_cast<Tracer*>(ctx)->mark(p); }
}  // namespace

void VM::visit_roots(Tracer& t) {
  if (!globals_.empty()) t.mark_slots(globals_.data(), globals_.size());
  if (!sched_) return;
  sched_->for_each_g([&](G* g) {
    if (g->status == GStatus::Dead || g->nframes == 0) return;
    // Only the registers of live frames: slots above the top frame's
    // register window are left over from returned calls (the stack never
    // shrinks) and would keep their garbage alive. A native's arguments
    // and results lie inside its caller's window.
    const Frame& top = g->frames[g->nframes - 1];
    uint64_t live = uint64_t(top.base) + top.proto->maxstack;
    if (g->stack) t.mark_slots(g->stack, std::min<uint64_t>(live, g->stack_size));
    for (uint32_t k = 0; k < g->nframes; ++k) t.mark(g->frames[k].closure);
    t.mark(g->wait.value.p);
    for (const DeferRec* d = g->defers; d; d = d->next) {
      t.mark(d->closure);
      t.mark_slots(d->args, d->nargs);
    }
    for (const PanicRec* p = g->panicking; p; p = p->link) t.mark(p->value.p);
  });
  // Pending timers keep what they will use when they fire (the channel of
  // a dropped time.After, the function of an AfterFunc). A goroutine's own
  // sleep timer is not a heap object, and neither is its G: mark ignores
  // both.
  sched_->for_each_timer([&](Timer* tm) {
    t.mark(tm);
    t.mark(tm->arg.p);
    t.mark(tm->arg2.p);
  });
}

// The slots of a box or array: by its type's layout, or every slot when
// the allocation site did not know the type (layout 0).
void VM::scan_slots(Tracer& t, const Slot* slots, size_t n, uint32_t layout) {
  if (const GcLayout* l = layout ? prog_->layout(layout) : nullptr) t.scan_slots(slots, n, *l);
  else t.mark_slots(slots, n);
}

void VM::scan_object(void* obj, size_t size, Tracer& t) {
  auto* h = static_cast<ObjHeader*>(obj);
  switch (h->kind) {
    case HeapKind::String: break;
    case HeapKind::Complex: break;  // two doubles (noscan, headerless)
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
      scan_slots(t, b->data, n, b->hdr.layout);
      break;
    }
    case HeapKind::Array: {
      auto* a = static_cast<ArrObj*>(obj);
      scan_slots(t, a->data, a->nslots, a->hdr.layout);
      break;
    }
    case HeapKind::Slice: t.mark(static_cast<SliceObj*>(obj)->data); break;
    case HeapKind::Map: t.mark(static_cast<MapObj*>(obj)->table); break;
    case HeapKind::MapTable: map_trace_table(static_cast<MapTable*>(obj), visit_ptr, &t); break;
    case HeapKind::Timer: {
      auto* tm = static_cast<Timer*>(obj);
      t.mark(tm->arg.p);
      t.mark(tm->arg2.p);
      break;
    }
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
