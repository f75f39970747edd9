// The scheduler's timers, after Go's runtime/time.go and the timer parts of
// findrunnable (runtime/proc.go).
//
// Design
// ------
// Each worker owns a TimerHeap (vm/timers.hpp). A goroutine's timer goes
// into the heap of the worker it runs on, so adding one takes an
// uncontended lock. Timers are run by the workers, never by a thread of
// their own:
//   - a worker looking for work first runs the expired timers of its own
//     heap (find_runnable; one relaxed load when the heap is empty);
//   - with its queues empty it runs the expired timers of every heap
//     (run_all_timers), so a timer whose worker is busy running a long
//     goroutine still fires on time when another worker is idle;
//   - an idle worker parks until the earliest deadline of all heaps.
// Firing a timer readies its goroutine on the worker that fired it (or
// sends on its channel, or starts its function's goroutine), with no heap
// lock held, as Go does.
//
// The timer sleeper (Go's thread blocked in netpoll with a timeout). Only
// one idle worker at a time sleeps with a deadline: the one that took
// `timer_sleeper_`; the others park until notified. Its deadline is
// published in `sleeper_until_` (0 while it is computing it). Whoever adds
// a timer or moves one earlier (timer_added):
//   - kicks the sleeper when its deadline is 0 or later than the new one,
//     so it re-computes it (a kick is sticky, like Go's netpollBreak: it
//     also works if it arrives before the sleeper waits);
//   - with no sleeper, calls wakep(): an idle worker wakes, finds nothing
//     to run and parks again as the sleeper (Go's wakeNetPoller does the
//     same). With no idle worker every worker is running and checks its
//     own heap whenever it schedules.
// No wakeup is lost: the adder publishes the timer (the heap's `next`,
// then ntimers_) before it reads timer_sleeper_, and the sleeper takes
// timer_sleeper_ before it reads the heaps, all seq_cst; so either the
// sleeper's scan sees the timer or the adder sees the sleeper (and kicks
// it, or finds a deadline early enough). A parking worker that reads
// ntimers_ == 0 and so does not become the sleeper is already on the idle
// list, so an adder that missed it wakes it through wakep().
//
// wakep() prefers another idle worker to the sleeper, so the sleeper keeps
// its role while others can take the work.
//
// Deadlock: a pending timer can still ready a goroutine, so the program is
// deadlocked only when every worker is idle and no timer is pending (Go's
// checkdead does the same: it gives up if any P has a timer).
//
// Rejected: a timer thread (Go before 1.14): every timer then costs two
// thread switches and a cross-thread wakeup; one global heap: every Sleep
// takes the same lock.
#include <algorithm>
#include <climits>

#include "vm/sched.hpp"

namespace csp {

bool Scheduler::set_timer(Worker& w, Timer* t, int64_t when, int64_t period) {
  for (;;) {
    int32_t h = t->heap.load(std::memory_order_acquire);
    if (h == kTimerIdle) {
      {
        std::lock_guard lk(w.timers.mu);
        // Claim it under the lock of the heap it goes into: whoever then
        // reads w.id locks this heap and finds it there.
        if (!t->heap.compare_exchange_strong(h, w.id, std::memory_order_acq_rel)) continue;
        t->when = when;
        t->period = period;
        w.timers.push(t);
      }
      ntimers_.fetch_add(1, std::memory_order_seq_cst);
      timer_added(when);
      return false;
    }
    TimerHeap& th = workers_[h]->timers;
    {
      std::lock_guard lk(th.mu);
      if (t->heap.load(std::memory_order_relaxed) != h) continue;  // fired or moved meanwhile
      t->when = when;
      t->period = period;
      th.update(t);
    }
    timer_added(when);
    return true;
  }
}

bool Scheduler::stop_timer(Timer* t) {
  for (;;) {
    int32_t h = t->heap.load(std::memory_order_acquire);
    if (h == kTimerIdle) return false;
    TimerHeap& th = workers_[h]->timers;
    std::lock_guard lk(th.mu);
    if (t->heap.load(std::memory_order_relaxed) != h) continue;
    th.remove(t);
    t->heap.store(kTimerIdle, std::memory_order_release);
    ntimers_.fetch_sub(1, std::memory_order_seq_cst);
    return true;
  }
}

void Scheduler::for_each_timer(const std::function<void(Timer*)>& f) {
  for (int k = 0, n = num_workers(); k < n; ++k) {
    Worker& w = *workers_[k];
    std::lock_guard lk(w.timers.mu);
    w.timers.for_each(f);
  }
}

int Scheduler::run_timers(Worker& w, Worker& owner, int64_t now) {  // w's owner
  TimerHeap& th = owner.timers;
  int fired = 0;
  std::unique_lock lk(th.mu);
  while (Timer* t = th.top()) {
    if (t->when > now) break;
    TimerFn fn = t->fn;
    Slot a = t->arg, b = t->arg2;
    if (t->period > 0) {
      // A ticker: the next tick after now, dropping the ticks it missed
      // (as Go does: a slow receiver gets one value, not a backlog).
      int64_t late = now - t->when;
      int64_t next;
      if (__builtin_mul_overflow(t->period, 1 + late / t->period, &next) ||
          __builtin_add_overflow(next, t->when, &next))
        next = INT64_MAX;
      t->when = next;
      th.update(t);
    } else {
      th.remove(t);
      t->heap.store(kTimerIdle, std::memory_order_release);
      ntimers_.fetch_sub(1, std::memory_order_seq_cst);
    }
    lk.unlock();
    fn(w, a, b, now);
    ++fired;
    lk.lock();
  }
  return fired;
}

int Scheduler::run_all_timers(Worker& w) {  // w's owner
  int n = num_workers();
  int64_t now = 0;
  int fired = 0;
  for (int k = 0; k < n; ++k) {
    Worker& v = *workers_[(w.id + k) % n];  // its own heap first
    int64_t next = v.timers.next();
    if (next == 0) continue;
    if (now == 0) now = nanotime();
    if (next <= now) fired += run_timers(w, v, now);
  }
  return fired;
}

int64_t Scheduler::earliest_timer() {
  int64_t earliest = 0;
  for (int k = 0, n = num_workers(); k < n; ++k) {
    int64_t next = workers_[k]->timers.next();
    if (next != 0 && (earliest == 0 || next < earliest)) earliest = next;
  }
  return earliest;
}

void Scheduler::timer_added(int64_t when) {  // any worker
  int32_t s = timer_sleeper_.load(std::memory_order_seq_cst);
  if (s >= 0) {
    int64_t until = sleeper_until_.load(std::memory_order_seq_cst);
    if (until == 0 || when < until) kick(*workers_[s]);
    return;
  }
  wakep();
}

void Scheduler::kick(Worker& v) {  // any thread
  {
    std::lock_guard lk(v.park_mu);
    v.kicked = true;
  }
  v.park_cv.notify_one();
}

}  // namespace csp
