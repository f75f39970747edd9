// Pooled Boost.Context fibers for natives that call script code; see
// fiber.hpp for the design and spec/internals.md for how the interpreter
// uses them.
//
// A pooled fiber runs a loop: run the job's native, report "done", switch
// back, wait for the next job. It never returns to Boost until the pool
// destroys it, so a borrowed fiber costs two context switches and no
// allocation.
//
// Hand-over between threads. A goroutine that parks inside the fiber has
// already published itself in a wait queue when the fiber switches back to
// its worker, so another worker may want to enter the fiber before that
// switch is complete. `busy_` is a tiny spinlock over the fiber's stack:
// set by the worker entering, cleared by the worker once it is back on its
// own stack (release()). The window is a few dozen instructions.
#include "vm/fiber.hpp"
#include "vm/cpu_relax.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <boost/context/protected_fixedsize_stack.hpp>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#define CSP_FIBER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CSP_FIBER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define CSP_FIBER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CSP_FIBER_TSAN 1
#endif
#endif

#ifdef CSP_FIBER_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif
#ifdef CSP_FIBER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace csp {

namespace {

// The announcements, no-ops without the sanitizer. `fake` is ASan's
// fake-stack save slot: null when the stack being left dies.
inline void asan_start(void** fake, const void* lo, size_t size) {
#ifdef CSP_FIBER_ASAN
  __sanitizer_start_switch_fiber(fake, lo, size);
#else
  (void)fake, (void)lo, (void)size;
#endif
}
inline void asan_finish(void* fake, const void** from_lo, size_t* from_size) {
#ifdef CSP_FIBER_ASAN
  __sanitizer_finish_switch_fiber(fake, from_lo, from_size);
#else
  (void)fake, (void)from_lo, (void)from_size;
#endif
}
inline void* tsan_current() {
#ifdef CSP_FIBER_TSAN
  return __tsan_get_current_fiber();
#else
  return nullptr;
#endif
}
inline void tsan_switch(void* to) {
#ifdef CSP_FIBER_TSAN
  __tsan_switch_to_fiber(to, 0);  // 0: the switch orders memory, as it does
#else
  (void)to;
#endif
}

constexpr uint32_t kLocalMax = 4;    // idle fibers kept per worker
constexpr uint32_t kSharedMax = 64;  // and in the shared list

}  // namespace

// Boost's guard-paged stack, remembering where it is (for the sanitizers
// and the stack check) and leaving no ASan poison behind when unmapped.
struct FiberStack {
  Fiber* fiber;
  boost::context::protected_fixedsize_stack inner;
  boost::context::stack_context allocate() {
    boost::context::stack_context sc = inner.allocate();
    fiber->stack_size_ = sc.size;
    fiber->stack_lo_ = static_cast<char*>(sc.sp) - sc.size;
    // Boost jumps onto the new stack right after this (and straight back):
    // announced to ASan, or the first frame there would go on the creating
    // thread's fake stack and die with that thread. See Fiber::Fiber.
    asan_start(&fiber->create_fake_, fiber->stack_lo_, fiber->stack_size_);
    return sc;
  }
  void deallocate(boost::context::stack_context& sc) noexcept {
#ifdef CSP_FIBER_ASAN
    // The guard page is PROT_NONE; only the usable part was ever poisoned.
    size_t page = size_t(::sysconf(_SC_PAGESIZE));
    __asan_unpoison_memory_region(static_cast<char*>(sc.sp) - sc.size + page, sc.size - page);
#endif
    inner.deallocate(sc);
  }
};

Fiber::Fiber(size_t stack_size) {
  // Boost's constructor jumps onto the new stack and back once (the fiber's
  // first frame waits there). For TSan the whole constructor runs as the
  // new fiber, so the frames it enters on both stacks are the fiber's; for
  // ASan the switch is started in FiberStack::allocate, finished here, and
  // then the thread switches back to its own stack's bounds.
  void* self_tsan = tsan_current();
#ifdef CSP_FIBER_TSAN
  tsan_fiber_ = __tsan_create_fiber(0);
#endif
  tsan_switch(tsan_fiber_);
  self_ = boost::context::fiber(std::allocator_arg, FiberStack{this, {stack_size}},
                                [this](boost::context::fiber&& c) { return main(std::move(c)); });
  tsan_switch(self_tsan);
  const void* own_lo = nullptr;
  size_t own_size = 0;
  asan_finish(create_fake_, &own_lo, &own_size);
  void* fake = nullptr;
  asan_start(&fake, own_lo, own_size);
  asan_finish(fake, nullptr, nullptr);
}

Fiber::~Fiber() {
  // Started fibers wait in main()'s loop: let the loop end, which returns
  // to Boost and unmaps the stack. A never-started one is unwound by
  // Boost's own destructor before it ran any of our code.
  if (self_ && done_) {
    quit_ = true;
    enter(nullptr);
  }
  self_ = {};
#ifdef CSP_FIBER_TSAN
  __tsan_destroy_fiber(tsan_fiber_);
#endif
}

bool Fiber::enter(Worker* worker) {
  // Another worker may still be switching away from this fiber (see top).
  while (busy_.exchange(true, std::memory_order_acquire)) {
    for (int k = 0; k < 64 && busy_.load(std::memory_order_relaxed); ++k) cpu_relax();
    if (busy_.load(std::memory_order_relaxed)) std::this_thread::yield();
  }
  w = worker;
  tsan_from_ = tsan_current();
  void* fake = nullptr;
  asan_start(&fake, stack_lo_, stack_size_);
  tsan_switch(tsan_fiber_);
  self_ = std::move(self_).resume();
  // A fiber that ended (the pool destroying it) did not switch TSan back
  // itself: its last frames returned as the fiber. Now we are off it.
  if (!self_) tsan_switch(tsan_from_);
  asan_finish(fake, nullptr, nullptr);
  if (done_) busy_.store(false, std::memory_order_relaxed);  // no one else knows it
  return done_;
}

void Fiber::leave() {
  void* fake = nullptr;
  asan_start(&fake, from_lo_, from_size_);
  tsan_switch(tsan_from_);
  caller_ = std::move(caller_).resume();
  asan_finish(fake, &from_lo_, &from_size_);
}

void Fiber::suspend(RunResult reason) {
  why = reason;
  done_ = false;
  leave();
  if (cancel) throw FiberCancelled{};
}

boost::context::fiber Fiber::main(boost::context::fiber&& caller) {
  asan_finish(nullptr, &from_lo_, &from_size_);
  caller_ = std::move(caller);
  for (;;) {
    try {
      st = fn(nc);
    } catch (const FiberCancelled&) {
      st = NativeStatus::Ok;
    }
    done_ = true;
    leave();
    if (quit_) break;
  }
  // The stack dies with this return: ASan drops the fiber's fake stack
  // (the frames still live below this one are all on the real stack: they
  // were entered while a switch was in progress). TSan is told in enter(),
  // once the frames that return here have returned as the fiber's.
  asan_start(nullptr, from_lo_, from_size_);
  return std::move(caller_);
}

// ---- the pool ----------------------------------------------------------------

FiberPool::FiberPool(int nworkers, size_t stack_size)
    : stack_size_(stack_size), local_(size_t(nworkers > 0 ? nworkers : 1)) {}

FiberPool::~FiberPool() {
  auto drop = [](Fiber* f) {
    while (f) {
      Fiber* next = f->next_free;
      delete f;
      f = next;
    }
  };
  for (Local& l : local_) drop(l.head);
  drop(shared_);
}

Fiber* FiberPool::get(int worker) {
  Local& l = local_[size_t(worker)];
  Fiber* f = l.head;
  if (f) {
    l.head = f->next_free;
    --l.n;
  } else {
    {
      std::lock_guard lk(mu_);
      if ((f = shared_)) {
        shared_ = f->next_free;
        --nshared_;
      }
    }
    if (!f) f = new Fiber(stack_size_);
  }
  f->next_free = nullptr;
  f->cancel = false;
  return f;
}

void FiberPool::put(int worker, Fiber* f) {
  Local& l = local_[size_t(worker)];
  if (l.n < kLocalMax) {
    f->next_free = l.head;
    l.head = f;
    ++l.n;
    return;
  }
  {
    std::lock_guard lk(mu_);
    if (nshared_ < kSharedMax) {
      f->next_free = shared_;
      shared_ = f;
      ++nshared_;
      return;
    }
  }
  delete f;  // many goroutines were parked inside natives at once
}

}  // namespace csp
