// Preemption: the monitor thread (Go's sysmon, for its preemption part).
//
// The interpreter spends a budget of 2^15 units, one per call and per
// backward jump, and yields when it runs out (vm/interp.cpp, TICK). That
// makes a cheap loop (`for {}`, a loop of gotos, a range over a big slice)
// yield every few tens of microseconds, but a loop whose body is expensive
// and calls no script function (`for { s = strings.Repeat("x", 1<<20) }`,
// `make` of a big slice, `copy`, string concatenation) would spend one unit
// per iteration and run for seconds before its slice ends, starving every
// goroutine queued behind it (all of them, with one worker).
//
// So time bounds the slice too, as Go's forcePreemptNS: this thread looks
// at every worker every kTick; a worker whose run_seq (bumped each time it
// starts running a goroutine) has not changed for kSlice is running one
// goroutine for that long, and gets `preempt` set. The interpreter checks
// the flag where it spends budget (so a goroutine yields at its next
// backward jump or call: within kSlice + kTick of being scheduled, plus one
// loop iteration), and the scheduler clears it when it starts a goroutine.
// A flag set on an idle worker, or just as it starts another goroutine,
// costs at most one early yield. Long natives are not interrupted (no
// native loops for ever; a native that calls script code yields through
// its nested calls, vm/nested_call.cpp).
//
// Exit. When the program ends (main returns, os.Exit, a fatal error) the
// workers still running goroutines must notice: they do at their next
// native call or yield. A loop whose expensive body is an instruction
// (`make`, a concatenation) would run out its whole budget first, seconds
// under a sanitizer, so from the exit on the monitor asks every worker to
// yield at every tick, until run() has joined them all (sysmon_stop). A
// flag set at once would not do: a worker that was just starting a
// goroutine clears it.
//
// Cost: one relaxed load per budget unit in the interpreter, a relaxed
// store per goroutine run in the scheduler, and a wakeup of this thread
// every kTick while some worker is busy. It sleeps while every worker is
// idle (a worker leaving the idle list wakes it), so an idle program
// still uses no CPU.
#include <chrono>
#include <vector>

#include "vm/sched.hpp"

namespace csp {

namespace {

constexpr int64_t kSliceNs = 8'000'000;              // Go: 10 ms
constexpr std::chrono::milliseconds kTick{2};        // so a slice ends within 10 ms

}  // namespace

void Scheduler::sysmon_wake() {  // any thread (scheduler lock held, or exiting)
  {
    std::lock_guard lk(sysmon_mu_);
    sysmon_idle_.store(false, std::memory_order_relaxed);
  }
  sysmon_cv_.notify_one();
}

void Scheduler::sysmon_stop() {  // run(), after joining every worker
  {
    std::lock_guard lk(sysmon_mu_);
    sysmon_stop_ = true;
  }
  sysmon_cv_.notify_one();
}

void Scheduler::sysmon_loop() {
  // Per worker: run_seq at its last change, and when that was seen.
  std::vector<uint32_t> seen(kMaxWorkers);
  std::vector<int64_t> since(kMaxWorkers);
  int known = 0;  // workers seen so far (runtime.GOMAXPROCS may add some)
  int64_t now = nanotime();
  std::unique_lock lk(sysmon_mu_);
  while (!exiting()) {
    sysmon_cv_.wait_for(lk, kTick, [&] { return exiting(); });
    if (exiting()) break;
    lk.unlock();
    now = nanotime();
    int n = num_workers();
    for (; known < n; ++known) {
      seen[known] = workers_[known]->run_seq.load(std::memory_order_relaxed);
      since[known] = now;
    }
    for (int k = 0; k < n; ++k) {
      Worker& w = *workers_[k];
      uint32_t seq = w.run_seq.load(std::memory_order_relaxed);
      if (seq != seen[k]) {
        seen[k] = seq;
        since[k] = now;
      } else if (now - since[k] >= kSliceNs) {
        w.preempt.store(true, std::memory_order_relaxed);
        since[k] = now;  // ask again after another slice if still running
      }
    }
    bool sleep = sysmon_may_sleep();
    lk.lock();
    if (sleep) {
      sysmon_cv_.wait(lk, [&] { return !sysmon_idle_.load(std::memory_order_relaxed) || exiting(); });
      // Every run_seq may have stood still while everyone was idle.
      now = nanotime();
      for (int k = 0; k < known; ++k) {
        seen[k] = workers_[k]->run_seq.load(std::memory_order_relaxed);
        since[k] = now;
      }
    }
  }
  // The program is exiting (see the top of the file).
  while (!sysmon_stop_) {
    for (int k = 0, n = num_workers(); k < n; ++k)
      workers_[k]->preempt.store(true, std::memory_order_relaxed);
    sysmon_cv_.wait_for(lk, kTick, [&] { return sysmon_stop_; });
  }
}

}  // namespace csp
