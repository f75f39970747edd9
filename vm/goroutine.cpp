// Goroutine storage: slots and frames grow by doubling from small sizes.
//
// Memory per blocked goroutine is a design target (< 1.5 KiB including the G),
// so a fresh goroutine starts with kInitialSlots slots and kInitialFrames
// frames and only grows when a call needs more. Growth uses realloc, which may
// move `stack`: callers re-derive register pointers after ensure_stack.
// New slots are zeroed so the collector never sees stale pointers.
#include "vm/goroutine.hpp"

#include <cstdio>
#include <cstdlib>

#include "vm/timers.hpp"

namespace csp {

namespace {

constexpr uint32_t kInitialSlots = 32;
constexpr uint32_t kInitialFrames = 4;

[[noreturn]] void out_of_memory(const char* what) {
  std::fprintf(stderr, "fatal error: out of memory growing goroutine %s\n", what);
  std::abort();
}

}  // namespace

const char* wait_reason_string(WaitReason r) {
  switch (r) {
#define CSP_X(id, s) \
  case WaitReason::id: return s;
    CSP_WAIT_REASONS(CSP_X)
#undef CSP_X
  }
  return "";
}

void G::ensure_stack(uint32_t from, uint32_t n) {
  uint64_t need = uint64_t(from) + n;
  if (need <= stack_size) return;
  uint64_t size = stack_size ? stack_size : kInitialSlots;
  while (size < need) size *= 2;
  if (size > UINT32_MAX) out_of_memory("stack");
  void* p = std::realloc(stack, size * sizeof(Slot));
  if (!p) out_of_memory("stack");
  stack = static_cast<Slot*>(p);
  std::memset(stack + stack_size, 0, (size - stack_size) * sizeof(Slot));
  stack_size = static_cast<uint32_t>(size);
}

void G::grow_frames() {
  uint32_t cap = frames_cap ? frames_cap * 2 : kInitialFrames;
  void* p = std::realloc(frames, size_t(cap) * sizeof(Frame));
  if (!p) out_of_memory("frames");
  frames = static_cast<Frame*>(p);
  frames_cap = cap;
}

Frame& G::push_frame() {
  if (nframes == frames_cap) grow_frames();
  Frame& f = frames[nframes++];
  f = Frame{nullptr, nullptr, nullptr, 0};
  return f;
}

void G::release_memory() {
  // Deferred calls and panics left when the program ended (os.Exit, main
  // returning while this goroutine was inside a function with defers).
  while (defers) {
    DeferRec* d = defers;
    defers = d->next;
    std::free(d);
  }
  while (panicking) {
    PanicRec* p = panicking;
    panicking = p->link;
    delete p;
  }
  if (sel) {
    delete[] sel->links;
    delete[] sel->pollorder;
    delete[] sel->lockorder;
    delete sel;
    sel = nullptr;
  }
  // Not pending: a G is freed only once it exited or the program ended
  // (then the timer heaps are never read again).
  delete sleep_timer;
  sleep_timer = nullptr;
  std::free(stack);
  std::free(frames);
  stack = nullptr;
  frames = nullptr;
  stack_size = 0;
  nframes = 0;
  frames_cap = 0;
}

}  // namespace csp
