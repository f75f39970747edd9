// Fibers for natives that re-enter the VM (sort.Slice's less function, fmt
// calling String and Error methods).
//
// Goroutines are stackless: a goroutine that blocks saves its pc and the
// worker returns to its scheduler loop. A native function is C++, though,
// and while it calls script code its C++ frames must survive a park. So a
// native that may call script code (NativeEntry::reenters) runs on a Fiber:
// a Boost.Context fiber with its own guard-paged stack, borrowed from a
// pool for the duration of the call. When the script code it calls parks,
// the fiber is suspended with everything on it, the interpreter on the
// worker's stack returns Parked to the scheduler, and whichever worker
// later runs the goroutine switches back into the fiber (Boost.Context
// fibers may be resumed from any thread). See spec/internals.md, "Natives
// that call script code".
//
// Sanitizers: ASan and TSan track each thread's stack; every switch is
// announced to them (__sanitizer_start/finish_switch_fiber,
// __tsan_switch_to_fiber) in enter() and leave(), the only two places that
// switch, besides Boost's own one-time jump when a fiber is created.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include <boost/context/fiber.hpp>

#include "vm/program.hpp"
#include "vm/sched.hpp"

namespace csp {

// How a native run on a fiber ended, for the interpreter to go on after it.
struct NativeOutcome {
  NativeStatus st = NativeStatus::Ok;
  std::string panic_msg;   // with NativeStatus::Panic
  bool in_unwind = false;  // it was a deferred call run by a panic
  // A spread call's (f(xs...)) argument buffer, where its results come back.
  std::vector<Slot> spread;
};

// Thrown on a suspended fiber to unwind it when its goroutine can never run
// again (the program ended while it was parked inside a native).
struct FiberCancelled {};

class Fiber {
 public:
  Fiber(size_t stack_size);
  ~Fiber();  // ends the fiber's loop; it must not be running a job
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // The job: set by the worker side before the first enter().
  NativeFn fn = nullptr;
  NativeCall nc{};
  bool in_unwind = false;
  NativeStatus st = NativeStatus::Ok;  // the native's result, when done
  std::vector<Slot> spread;            // a spread call's arguments (NativeOutcome)
  bool cancel = false;                 // resumed only to unwind (FiberCancelled)
  // Calls into script code left before the goroutine gives up its time
  // slice (set and spent by VM::call_nested).
  int nested_budget = 0;

  // The worker running the fiber now (set by enter(): a goroutine may be
  // resumed on another worker than the one it parked on).
  Worker* w = nullptr;
  // Why the fiber was left suspended (Parked, Yielded, ProgramExit).
  RunResult why = RunResult::Parked;
  // A native the fiber's script code called directly finished after the
  // goroutine had moved to another worker: how it ended (RunResult::Migrated).
  NativeOutcome pending;

  // Worker side: switches into the fiber (starting the job or resuming
  // where it left) until the job returns (true) or the fiber is suspended
  // again (false, see `why`). Waits first if the worker that last left
  // the fiber has not finished switching away from it yet.
  bool enter(Worker* w);
  // Worker side, after enter() returned false: from here on another
  // worker may enter the fiber. Touch neither it nor its goroutine after.
  void release() { busy_.store(false, std::memory_order_release); }

  // Fiber side: back to the worker that entered, leaving everything on this
  // stack as it is. Returns when a worker enters again; throws
  // FiberCancelled if that was to unwind it.
  void suspend(RunResult why);

  // Bytes of stack left below the caller (fiber side).
  // (The frame address, not a local's: under ASan locals may live on a
  // fake stack.)
  size_t stack_left() const {
    return size_t(static_cast<char*>(__builtin_frame_address(0)) - stack_lo_);
  }

  Fiber* next_free = nullptr;  // the pool's free lists

 private:
  boost::context::fiber main(boost::context::fiber&& caller);
  void leave();  // fiber side: the switch itself

  boost::context::fiber self_;    // the suspended fiber, while not running
  boost::context::fiber caller_;  // the worker's context, while running
  std::atomic<bool> busy_{false};  // a worker is on the fiber's stack
  bool done_ = false;
  bool quit_ = false;

  // The fiber's stack, [stack_lo_, stack_lo_ + stack_size_).
  char* stack_lo_ = nullptr;
  size_t stack_size_ = 0;
  // Sanitizer bookkeeping: the stack of the thread that entered last (for
  // ASan), and TSan's handles for this fiber and for that thread's context.
  const void* from_lo_ = nullptr;
  size_t from_size_ = 0;
  void* create_fake_ = nullptr;
  void* tsan_fiber_ = nullptr;
  void* tsan_from_ = nullptr;
  friend struct FiberStack;
};

// Fibers are pooled: a native that calls script code on a hot path
// (sort.Slice in a loop) takes a ready fiber instead of mapping a stack.
// Each worker keeps a few; more go to a shared list, up to a bound beyond
// which returned fibers are destroyed.
class FiberPool {
 public:
  FiberPool(int nworkers, size_t stack_size);
  ~FiberPool();
  FiberPool(const FiberPool&) = delete;
  FiberPool& operator=(const FiberPool&) = delete;

  Fiber* get(int worker);             // worker's owner
  void put(int worker, Fiber* fiber);  // worker's owner; the job is over
  size_t stack_size() const { return stack_size_; }

 private:
  struct alignas(64) Local {
    Fiber* head = nullptr;
    uint32_t n = 0;
  };
  size_t stack_size_;
  std::vector<Local> local_;
  std::mutex mu_;
  Fiber* shared_ = nullptr;
  uint32_t nshared_ = 0;
};

}  // namespace csp
