// Timers: what time.Sleep, time.Timer, time.Ticker and time.AfterFunc run
// on, after Go's runtime/time.go.
//
// A Timer is a deadline on the monotonic clock (nanotime()) and an action
// to run when it passes: ready a sleeping goroutine, send the time on a
// channel, start a goroutine. Pending timers sit in per-worker TimerHeaps
// (each with its own lock); the scheduler (vm/sched.cpp) runs the expired
// ones of its own heap whenever it looks for work, those of other workers'
// heaps when it has nothing else to do, and an idle worker sleeps until
// the earliest deadline of all heaps. See spec/internals.md, "Timers".
//
// A timer is in at most one heap at a time. `Timer::heap` says which
// (kTimerIdle when none); the timer's other fields belong to that heap's
// lock while it is pending, and to whoever moves it into a heap otherwise.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "vm/value.hpp"

namespace csp {

struct Worker;

// The monotonic clock in nanoseconds (CLOCK_MONOTONIC, the clock of
// std::chrono::steady_clock, which the scheduler's timed parks use too).
// Always positive.
int64_t nanotime();

// What a timer does when it fires, on worker w (the worker that noticed it
// expired, not necessarily the one whose heap held it), with no lock held.
// arg and arg2 are the timer's (copied while the timer was still locked:
// the timer itself may be reset or fire again meanwhile); now is the time
// the timers were checked at.
using TimerFn = void (*)(Worker& w, Slot arg, Slot arg2, int64_t now);

constexpr int32_t kTimerIdle = -1;

struct Timer {
  // A script's timer (time.Timer, time.Ticker) is a collected heap object
  // of kind Timer: the collector marks arg and arg2 (its channel, its
  // function, its time zone). A goroutine's sleep timer lives in its G and
  // holds no heap pointers; the header is unused there.
  ObjHeader hdr;
  TimerFn fn = nullptr;
  Slot arg{};
  Slot arg2{};
  int64_t when = 0;    // the deadline (nanotime), > 0; pending timers only
  int64_t period = 0;  // > 0: fires again every period (a ticker)
  // The worker whose heap holds the timer, or kTimerIdle. Changes only
  // under that heap's lock (a timer enters a heap by a CAS from kTimerIdle
  // taken under the new heap's lock), so whoever locks the heap it names
  // and still finds it there owns the timer's fields.
  std::atomic<int32_t> heap{kTimerIdle};
  uint32_t index = 0;  // position in that heap
};

// A 4-ary min-heap of timers by deadline (Go's choice: shallower than a
// binary heap, and the four children share a cache line). Entries carry a
// copy of the deadline so sifting never touches the timers themselves.
// Every method except next() needs the lock held.
class TimerHeap {
 public:
  std::mutex mu;

  // The earliest deadline, or 0 when the heap is empty. Any thread,
  // without the lock (it is published with each change).
  int64_t next() const { return next_.load(std::memory_order_seq_cst); }
  size_t size() const { return h_.size(); }
  bool empty() const { return h_.empty(); }
  Timer* top() const { return h_.empty() ? nullptr : h_[0].t; }

  // Adds t (not in any heap), whose `when` is set; it gets `index`.
  void push(Timer* t);
  // Removes t, which is in this heap.
  void remove(Timer* t);
  // t's `when` changed (t is in this heap): restores the heap order.
  void update(Timer* t);
  // Visits every timer (for the collector's roots).
  template <class F>
  void for_each(F&& f) const {
    for (const Entry& e : h_) f(e.t);
  }
  // Checks the heap invariants (unit tests).
  bool valid() const;

 private:
  struct Entry {
    int64_t when;
    Timer* t;
  };
  void sift_up(size_t i);
  void sift_down(size_t i);
  void place(size_t i, Entry e) {
    h_[i] = e;
    e.t->index = static_cast<uint32_t>(i);
  }
  void publish() { next_.store(h_.empty() ? 0 : h_[0].when, std::memory_order_seq_cst); }

  std::vector<Entry> h_;
  std::atomic<int64_t> next_{0};
};

}  // namespace csp
