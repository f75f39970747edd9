// The scheduler: workers, run queues, stealing, parking and deadlock
// detection, after Go's runtime/proc.go.
//
// Design
// ------
// A Worker is Go's P and M fused: one OS thread owning one local run queue
// (RunQueue, lock-free SPMC), a `runnext` slot and a free list of Gs. Worker 0
// is the thread that called run(). A worker loops: find a runnable G, hand it
// to the Executor, act on the result (Parked: forget it; Yielded: local tail;
// Exited: recycle; ProgramExit: stop).
//
// Where a worker looks for work, in order (find_runnable):
//   0. the expired timers of its own heap run (they may ready goroutines
//      into runnext; see vm/sched_timers.cpp);
//   1. every 61st schedule, the global queue first (so it cannot starve);
//   2. runnext — unless 64 runnext picks happened in a row and the local queue
//      is non-empty: two goroutines handing a value back and forth through
//      runnext would otherwise starve the local queue forever (Go solves this
//      with "inherit time slice"; counting is cheaper than reading a clock);
//   3. the local queue, 4. the global queue (taking a fair batch);
//   4b. the expired timers of every worker's heap;
//   5. stealing, if it may spin: half of a random victim's queue, four rounds,
//      the victim's runnext only in the last round and only after sleeping
//      a few microseconds (the victim is probably about to run it; stealing
//      it eagerly bounces ping-pong pairs between workers);
//   6. parking (until the earliest timer, if this worker becomes the timer
//      sleeper).
//
// Spinning and waking (Go's wakep protocol). `nmspinning` counts workers
// looking for work; `npidle` counts parked ones. Whoever makes work available
// (spawn, ready when the local queue grew, overflow to the global queue)
// calls wakep(): if some worker is parked and none is spinning, it unparks one
// and counts it as spinning. A spinning worker that finds work stops spinning
// and, if it was the last spinner, calls wakep() itself, so wakeups ramp up
// one at a time with the amount of work. A spinning worker that gives up first
// puts itself on the idle list, then decrements nmspinning, then re-checks every
// queue (seq_cst RMWs of nmspinning on both sides): either the producer saw nmspinning == 0
// and woke someone, or the spinner sees the work. No busy waiting when idle: a
// parked worker sleeps on its own condition variable.
//
// ready() and wakeups — a measured choice that differs from Go. Go's ready()
// always calls wakep(). In a channel hand-off the woken G goes into our own
// runnext and will run as soon as the current G parks, which in ping-pong is
// a few nanoseconds later; waking a parked worker there costs a futex wake and
// the woken worker finds nothing, on every hand-off. So ready() wakes another
// worker only when the hand-off displaced an older runnext into the local
// queue (there is now work this worker cannot run next). The cost: a G readied
// by a goroutine that then computes for long waits in runnext until the
// readier blocks, a spinning worker steals it, or the readier's time slice
// ends (a Yielded G calls wakep). spawn() always calls wakep(), so parallel
// work fans out. Measured with the fake executor on 2 cores, ping-pong with 2
// workers: ~55 ns per round trip this way, ~150 ns with Go's always-wakep.
//
// Deadlock. A worker that goes idle does so under the scheduler lock after
// seeing the global queue empty; its own runq and runnext are empty, and only
// the owner ever adds to those. So when the last worker goes idle (npidle ==
// N, checked under the lock) no G is runnable and, when no timer is pending
// (and with no network waits or host wake sources yet), none can become
// runnable: that worker calls on_deadlock() (everyone else is parked) and
// ends the run with status 2. The netpoller must extend this check when it
// arrives.
//
// GOMAXPROCS. runtime.GOMAXPROCS(n) changes the number of workers that run
// goroutines while the program runs (Go stops the world for it; csp does
// not need to). Workers are made on demand, up to kMaxWorkers, and never
// destroyed during a run: workers [0, nprocs_) are active, the others are
// stopped. Raising the count makes the missing workers (their threads
// start looking for work at once) and restarts stopped ones. Lowering it
// only stores the new count and wakes the idle workers above it; a worker
// notices that it is above the count at the top of find_runnable (one
// relaxed load per schedule, the only cost on a hot path), so a running
// goroutine finishes its time slice first, as a preempted one would. It
// then retires: its runnext and local queue go to the global queue, its
// timers to worker 0's heap (worker 0 is always active; a busy worker runs
// only its own heap's timers, so timers left in a stopped worker's heap
// could wait for ever), and it parks, off the idle list, marked `stopped`
// (so wakep never picks it). A raise that comes while it retires is seen
// under the scheduler lock before it stops. The deadlock check counts
// stopped workers with the idle ones: the program is deadlocked when every
// worker made is idle or stopped and nothing is queued or pending.
//
// Goroutine bookkeeping. Like Go's allgs, a G enters the all-goroutines list
// when it is first allocated and stays there; exited Gs keep their (small)
// stacks and go to the worker's free list (overflow to a global free list), so
// spawn and exit take no lock in the steady state. Ids come from a global
// counter in batches of 16 per worker. The destructor frees every G.
//
// Rejected: one global run queue under a mutex (every schedule contends);
// a per-worker futex word instead of a condition variable (parking is not a
// hot path, and the mutex makes the "notified before park" race obviously
// safe); putting Yielded Gs on the global queue as Go does for preempted Gs
// (a lock per time slice; the local tail is fair enough because thieves take
// from the head).
#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>

#include "vm/sched.hpp"
#include "vm/cpu_relax.hpp"
#include "vm/global_queue.hpp"

namespace csp {

namespace {

constexpr uint32_t kGlobalFairness = 61;   // check the global queue every Nth schedule
constexpr uint32_t kRunnextStreakMax = 64;  // runnext picks before the local queue gets a turn
constexpr uint32_t kLocalFreeMax = 64;      // free Gs kept per worker
constexpr uint32_t kFreeBatch = 32;         // moved between local and global free lists
constexpr uint32_t kIdBatch = 16;
constexpr uint32_t kKeepStackSlots = 256;   // larger stacks are freed on exit
constexpr int kStealRounds = 4;

}  // namespace

struct Scheduler::Impl {
  // The scheduler lock: global run queue, idle list, `deadlocked`.
  std::mutex mu;
  GlobalQueue gq;
  std::atomic<int32_t> gsize{0};  // gq's size, written under mu; read without it as a hint
  std::vector<int> idle;
  int nstopped = 0;  // workers parked because GOMAXPROCS is below their id
  bool deadlocked = false;

  std::atomic<int32_t> npidle{0};      // workers on the idle list
  std::atomic<int32_t> nmspinning{0};  // workers looking for work

  // Global free list of exited Gs, chained by sched_link.
  std::mutex free_mu;
  G* free_head = nullptr;
  std::atomic<uint32_t> nfree{0};  // written under free_mu; read as a hint

  // Every G ever allocated (Go's allgs), chained by all_prev/all_next.
  std::mutex all_mu;
  G* all_head = nullptr;

  std::atomic<uint64_t> next_id{1};
  // Worker threads, and set_procs: one change at a time; none once the run
  // is ending (`closed`: run() joins the threads).
  std::mutex grow_mu;
  bool closed = false;
  std::vector<std::thread> threads;
  std::thread sysmon;  // joined after the workers (see sysmon_loop)
};

static std::unique_ptr<Worker> make_worker(Scheduler* s, int i) {
  auto w = std::make_unique<Worker>();
  w->id = i;
  w->sched = s;
  w->rng = 0x9E3779B97F4A7C15ULL * uint64_t(i + 1) | 1;
  return w;
}

Scheduler::Scheduler(int nworkers, Executor& exec)
    : exec_(exec), impl_(std::make_unique<Impl>()) {
  nworkers = std::clamp(nworkers, 1, kMaxWorkers);
  for (int i = 0; i < nworkers; ++i) workers_[i] = make_worker(this, i);
  nstarted_.store(nworkers, std::memory_order_release);
  nprocs_.store(nworkers, std::memory_order_relaxed);
  gomaxprocs_.store(nworkers, std::memory_order_relaxed);
}

Scheduler::~Scheduler() {
  for (auto& t : impl_->threads)
    if (t.joinable()) t.join();
  if (impl_->sysmon.joinable()) {
    sysmon_stop();
    impl_->sysmon.join();
  }
  G* g = impl_->all_head;
  while (g) {
    G* next = g->all_next;
    g->release_memory();
    delete g;
    g = next;
  }
}

// ---- goroutines ------------------------------------------------------------

G* Scheduler::new_g(Worker* w) {  // w's owner, or any thread when w is null
  G* g = nullptr;
  if (w && w->free_gs) {
    g = w->free_gs;
    w->free_gs = g->sched_link;
    --w->nfree;
  } else if (impl_->nfree.load(std::memory_order_relaxed) > 0) {
    std::lock_guard lk(impl_->free_mu);
    if ((g = impl_->free_head)) {
      impl_->free_head = g->sched_link;
      uint32_t moved = 1;
      // Refill the local list so the next spawns take no lock.
      while (w && moved < kFreeBatch && impl_->free_head) {
        G* h = impl_->free_head;
        impl_->free_head = h->sched_link;
        h->sched_link = w->free_gs;
        w->free_gs = h;
        ++w->nfree;
        ++moved;
      }
      impl_->nfree.store(impl_->nfree.load(std::memory_order_relaxed) - moved,
                         std::memory_order_relaxed);
    }
  }
  if (!g) {
    g = new G;
    std::lock_guard lk(impl_->all_mu);
    g->all_next = impl_->all_head;
    if (impl_->all_head) impl_->all_head->all_prev = g;
    impl_->all_head = g;
  }
  if (w) {
    if (w->id_next == w->id_end) {
      w->id_next = impl_->next_id.fetch_add(kIdBatch, std::memory_order_relaxed);
      w->id_end = w->id_next + kIdBatch;
    }
    g->id = w->id_next++;
  } else {
    g->id = impl_->next_id.fetch_add(1, std::memory_order_relaxed);
  }
  g->status = GStatus::Idle;
  g->wait_reason = WaitReason::None;
  g->nframes = 0;
  g->wait = WaitLink{};
  g->select_done.store(0, std::memory_order_relaxed);
  g->wake_link = nullptr;
  if (g->sel) g->sel->parked = false;
  g->pending_panic = nullptr;
  g->sched_link = nullptr;
  g->created_by = nullptr;
  g->created_pc = nullptr;
  g->user = nullptr;
  g->nested_depth = 0;
  g->fiber = nullptr;
  g->nested_panic = false;
  live_gs_.fetch_add(1, std::memory_order_relaxed);
  return g;
}

void Scheduler::free_g(Worker& w, G* g) {  // w's owner
  g->status = GStatus::Dead;
  g->wait_reason = WaitReason::None;
  g->nframes = 0;
  g->user = nullptr;
  if (g->stack_size > kKeepStackSlots) g->release_memory();
  g->sched_link = w.free_gs;
  w.free_gs = g;
  ++w.nfree;
  live_gs_.fetch_sub(1, std::memory_order_relaxed);
  if (w.nfree > kLocalFreeMax) {
    G* head = nullptr;
    uint32_t n = 0;
    while (n < kFreeBatch) {
      G* h = w.free_gs;
      w.free_gs = h->sched_link;
      h->sched_link = head;
      head = h;
      ++n;
    }
    w.nfree -= n;
    std::lock_guard lk(impl_->free_mu);
    G* tail = head;
    while (tail->sched_link) tail = tail->sched_link;
    tail->sched_link = impl_->free_head;
    impl_->free_head = head;
    impl_->nfree.store(impl_->nfree.load(std::memory_order_relaxed) + n,
                       std::memory_order_relaxed);
  }
}

void Scheduler::for_each_g(const std::function<void(G*)>& f) {
  std::lock_guard lk(impl_->all_mu);
  for (G* g = impl_->all_head; g; g = g->all_next)
    if (g->status != GStatus::Dead) f(g);
}

// ---- making goroutines runnable ---------------------------------------------

void Scheduler::spawn(Worker& w, G* g) {  // w's owner
  g->status = GStatus::Runnable;
  if (__builtin_expect(stress_, 0)) {
    stress_put(w, g, true);
    return;
  }
  // release: pairs with the acquire CAS of whoever takes runnext (owner or
  // thief), publishing the new G's state.
  G* old = w.runnext.exchange(g, std::memory_order_acq_rel);
  if (old) put_local(w, old);
  wakep();
}

// ---- GOMAXPROCS -------------------------------------------------------------

int Scheduler::set_procs(int n) {  // any thread
  std::lock_guard grow(impl_->grow_mu);
  int prev = gomaxprocs_.load(std::memory_order_relaxed);
  if (n < 1 || n == prev) return prev;
  gomaxprocs_.store(n, std::memory_order_relaxed);
  if (impl_->closed) return prev;  // the run is ending
  int want = std::min(n, kMaxWorkers);
  int have = nstarted_.load(std::memory_order_relaxed);
  for (int k = have; k < want; ++k) {
    workers_[k] = make_worker(this, k);
    if (stress_) seed_stress(*workers_[k]);
    if (init_worker) init_worker(*workers_[k]);
  }
  std::vector<Worker*> restart, retiring;
  {
    std::lock_guard lk(impl_->mu);
    nprocs_.store(want, std::memory_order_seq_cst);
    if (want > have) nstarted_.store(want, std::memory_order_release);
    for (int k = 0; k < std::min(have, want); ++k) {
      Worker& v = *workers_[k];
      if (v.stopped) {
        v.stopped = false;
        --impl_->nstopped;
        restart.push_back(&v);
        sysmon_worker_busy();
      }
    }
    // Idle workers above the count: off the idle list, and woken as wakep
    // wakes a worker (counted as spinning), to retire.
    auto& idle = impl_->idle;
    for (size_t k = 0; k < idle.size();) {
      if (idle[k] < want) {
        ++k;
        continue;
      }
      Worker& v = *workers_[idle[k]];
      idle.erase(idle.begin() + ptrdiff_t(k));
      v.idle = false;
      impl_->npidle.fetch_sub(1, std::memory_order_relaxed);
      impl_->nmspinning.fetch_add(1, std::memory_order_seq_cst);
      retiring.push_back(&v);
    }
  }
  for (Worker* v : restart) unpark(*v);
  for (Worker* v : retiring) unpark(*v);
  for (int k = have; k < want; ++k)
    impl_->threads.emplace_back([this, k] { worker_loop(*workers_[k]); });
  return prev;
}

void Scheduler::put_global_batch(G** batch, uint32_t n) {  // any worker
  if (n == 0) return;
  std::lock_guard lk(impl_->mu);
  for (uint32_t i = 0; i < n; ++i) impl_->gq.push(batch[i]);
  impl_->gsize.store(int32_t(impl_->gq.size()), std::memory_order_relaxed);
}

void Scheduler::move_timers(Worker& from, Worker& to) {  // from's owner
  int64_t earliest = 0;
  {
    // Heap locks nest only here, always the lower id first.
    std::lock_guard lt(to.timers.mu);
    std::lock_guard lf(from.timers.mu);
    while (Timer* t = from.timers.top()) {
      from.timers.remove(t);
      t->heap.store(to.id, std::memory_order_release);
      to.timers.push(t);
    }
    earliest = to.timers.next();
  }
  if (earliest != 0) timer_added(earliest);
}

void Scheduler::retire(Worker& w) {  // w's owner, between goroutines
  if (w.spinning) {
    w.spinning = false;
    impl_->nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  }
  // Its goroutines go where the active workers look.
  G* batch[RunQueue::kSize + 1];
  uint32_t n = 0;
  if (G* g = w.runnext.exchange(nullptr, std::memory_order_acq_rel)) batch[n++] = g;
  n += w.runq.take(batch + n, RunQueue::kSize);
  put_global_batch(batch, n);
  if (w.timers.next() != 0) move_timers(w, *workers_[0]);
  for (;;) {
    bool deadlock = false;
    {
      std::lock_guard lk(impl_->mu);
      if (exiting() || w.id < nprocs_.load(std::memory_order_relaxed)) return;
      w.stopped = true;
      ++impl_->nstopped;
      if (!impl_->deadlocked && deadlocked_locked()) deadlock = impl_->deadlocked = true;
    }
    if (deadlock) {
      handle_deadlock();
      return;
    }
    // What it handed off, or the timer sleeper's role it may have had,
    // needs an active worker.
    wakep();
    // Parked until set_procs restarts it (which clears `stopped`) or the
    // run ends; nothing else notifies a stopped worker.
    park_until(w, 0, false);
    std::lock_guard lk(impl_->mu);
    if (!w.stopped || exiting()) return;
    w.stopped = false;  // spurious: stop again
    --impl_->nstopped;
  }
}

// Nothing runnable, every worker made idle or stopped, no timer pending.
bool Scheduler::deadlocked_locked() {  // scheduler lock held
  return impl_->gsize.load(std::memory_order_relaxed) == 0 &&
         impl_->npidle.load(std::memory_order_seq_cst) + impl_->nstopped == num_workers() &&
         ntimers_.load(std::memory_order_seq_cst) == 0;
}

void Scheduler::ready(Worker& w, G* g) {  // w's owner
  g->status = GStatus::Runnable;
  if (__builtin_expect(stress_, 0)) return stress_put(w, g, true);
  G* old = w.runnext.exchange(g, std::memory_order_acq_rel);  // as in spawn
  if (old) {
    put_local(w, old);
    wakep();  // see "ready() and wakeups" above
  }
}

void Scheduler::put_local(Worker& w, G* g) {  // w's owner
  if (!w.runq.push(g)) put_global_slow(w, g);
}

void Scheduler::put_global(G* g) {  // any worker
  {
    std::lock_guard lk(impl_->mu);
    impl_->gq.push(g);
    impl_->gsize.store(int32_t(impl_->gq.size()), std::memory_order_relaxed);
  }
  wakep();
}

G* Scheduler::global_take_one(Worker& w) {  // w's owner
  if (impl_->gsize.load(std::memory_order_relaxed) == 0) return nullptr;
  std::lock_guard lk(impl_->mu);
  return global_get(w, 1);
}

// The local queue is full: move half of it, plus g, to the global queue.
void Scheduler::put_global_slow(Worker& w, G* g) {  // w's owner
  G* batch[RunQueue::kSize / 2 + 1];
  uint32_t n = w.runq.take(batch, RunQueue::kSize / 2);
  batch[n++] = g;
  put_global_batch(batch, n);
  wakep();
}

void Scheduler::before_blocking(Worker& w) {  // w's owner
  G* g = w.runnext.exchange(nullptr, std::memory_order_acq_rel);
  if (!g) g = w.runq.pop();
  if (g) put_global_slow(w, g);  // wakes a worker
}

// Takes a fair share of the global queue: returns one G and moves up to
// max-1 (all it may take if max == 0) into w's local queue.
G* Scheduler::global_get(Worker& w, uint32_t max) {  // w's owner, lock held
  GlobalQueue& q = impl_->gq;
  uint32_t size = q.size();
  if (size == 0) return nullptr;
  uint32_t n = size / uint32_t(nprocs_.load(std::memory_order_relaxed)) + 1;
  n = std::min({n, size, RunQueue::kSize / 2});
  if (max > 0) n = std::min(n, max);
  G* g = q.pop();
  // Callers have an empty local queue, so pushes succeed; stop if not.
  for (uint32_t taken = 1; taken < n && w.runq.push(q.front()); ++taken) q.pop();
  impl_->gsize.store(int32_t(q.size()), std::memory_order_relaxed);
  return g;
}

bool Scheduler::others_running() const {
  int running = std::min(procs(), kMaxWorkers) - impl_->npidle.load(std::memory_order_relaxed) -
                impl_->nmspinning.load(std::memory_order_relaxed);
  return running > 1;
}

// Wakes a parked worker to look for work, if none is looking already.
void Scheduler::wakep() {  // any worker
  // The read of nmspinning is an RMW (not a fence, which TSan cannot model),
  // ordered with a giving-up spinner's decrement in stop_and_park: if ours
  // comes first, the spinner's acquire sees the work we queued before and it
  // retries; if theirs comes first, we synchronize with it, so we see it on
  // the idle list (npidle) and the decremented count, and wake someone.
  int32_t spinning = impl_->nmspinning.fetch_add(0, std::memory_order_seq_cst);
  if (impl_->npidle.load(std::memory_order_seq_cst) == 0) return;
  int32_t zero = 0;
  if (spinning != 0 ||
      !impl_->nmspinning.compare_exchange_strong(zero, 1, std::memory_order_seq_cst))
    return;
  Worker* v = nullptr;
  {
    std::lock_guard lk(impl_->mu);
    auto& idle = impl_->idle;
    if (!idle.empty()) {
      // Not the timer sleeper if another will do: it would give up its
      // role (see vm/sched_timers.cpp).
      size_t k = idle.size() - 1;
      if (idle[k] == timer_sleeper_.load(std::memory_order_relaxed) && k > 0) std::swap(idle[k], idle[k - 1]);
      v = workers_[idle.back()].get();
      idle.pop_back();
      v->idle = false;
      impl_->npidle.fetch_sub(1, std::memory_order_relaxed);
      sysmon_worker_busy();
    }
  }
  if (!v) {
    impl_->nmspinning.fetch_sub(1, std::memory_order_seq_cst);
    return;
  }
  unpark(*v);  // it wakes up spinning; we counted it above
}

void Scheduler::reset_spinning(Worker& w) {  // w's owner
  w.spinning = false;
  // The last spinner to find work wakes another worker: there may be more.
  if (impl_->nmspinning.fetch_sub(1, std::memory_order_seq_cst) == 1) wakep();
}

void Scheduler::unpark(Worker& w) {  // any thread
  {
    std::lock_guard lk(w.park_mu);
    w.notified = true;
  }
  w.park_cv.notify_one();
}

bool Scheduler::park_until(Worker& w, int64_t deadline, bool kickable) {  // w's owner
  // A parked worker is outside the GC's mutator set: it touches no heap
  // object until it enters again.
  if (gc && w.gc_cache) gc->leave(*w.gc_cache);
  bool notified;
  {
    std::unique_lock lk(w.park_mu);
    if (deadline > 0) {
      // steady_clock is the clock nanotime() reads.
      std::chrono::steady_clock::time_point until{std::chrono::nanoseconds(deadline)};
      w.park_cv.wait_until(lk, until, [&] { return w.notified || w.kicked; });
    } else if (kickable) {
      w.park_cv.wait(lk, [&] { return w.notified || w.kicked; });
    } else {
      w.park_cv.wait(lk, [&] { return w.notified; });
    }
    notified = w.notified;
    w.notified = false;
    if (deadline > 0 || kickable) w.kicked = false;
  }
  if (gc && w.gc_cache) gc->enter(*w.gc_cache);
  return notified;
}

// ---- the worker loop --------------------------------------------------------

int Scheduler::run(G* main_g) {
  exiting_.store(false, std::memory_order_relaxed);
  exit_code_.store(0, std::memory_order_relaxed);
  impl_->deadlocked = false;
  impl_->idle.clear();
  impl_->npidle.store(0);
  impl_->nmspinning.store(0);
  timer_sleeper_.store(-1);
  sleeper_until_.store(0);
  impl_->nstopped = 0;
  for (int k = 0; k < num_workers(); ++k) {
    Worker* w = workers_[k].get();
    w->spinning = false;
    w->idle = false;
    w->stopped = false;
    w->notified = false;
    w->kicked = false;
  }
  main_g->status = GStatus::Runnable;
  put_local(*workers_[0], main_g);
  sysmon_idle_.store(false, std::memory_order_relaxed);
  sysmon_stop_ = false;
  {
    std::lock_guard grow(impl_->grow_mu);
    impl_->closed = false;
    for (int i = 1; i < num_workers(); ++i)
      impl_->threads.emplace_back([this, i] { worker_loop(*workers_[i]); });
    impl_->sysmon = std::thread([this] { sysmon_loop(); });
  }
  worker_loop(*workers_[0]);
  {
    // From here set_procs starts no thread, so the list is complete.
    std::lock_guard grow(impl_->grow_mu);
    impl_->closed = true;
  }
  for (auto& t : impl_->threads) t.join();
  impl_->threads.clear();
  // Every worker has left: the monitor, which went on preempting them since
  // the exit began, can stop.
  sysmon_stop();
  impl_->sysmon.join();
  return exit_code_.load(std::memory_order_relaxed);
}

void Scheduler::worker_loop(Worker& w) {  // w's owner
  if (gc && w.gc_cache) gc->enter(*w.gc_cache);
  while (G* g = find_runnable(w)) {
    // Between goroutines every register is saved: a safe point.
    if (gc && w.gc_cache) gc->at_safepoint(*w.gc_cache);
    // A spinning worker that found work stops spinning (Go's resetspinning).
    if (w.spinning) reset_spinning(w);
    ++w.schedtick;
    g->status = GStatus::Running;
    // For the preemption monitor: a new run, and no request for it yet.
    w.run_seq.store(w.run_seq.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    w.preempt.store(false, std::memory_order_relaxed);
    switch (exec_.run(w, g)) {
      case RunResult::Parked:
        break;  // g belongs to a wait queue now
      case RunResult::Yielded:
        g->status = GStatus::Runnable;
        if (__builtin_expect(stress_, 0)) {
          stress_put(w, g, false);
          break;
        }
        put_local(w, g);
        // A long-running G ended its slice: whatever waits here (a G readied
        // into runnext, see above) could run elsewhere. Once per time slice.
        wakep();
        break;
      case RunResult::Exited:
        free_g(w, g);
        break;
      case RunResult::ProgramExit:
      case RunResult::Returned:  // these three never reach the scheduler
      case RunResult::NestedPanic:
      case RunResult::Migrated:
        exit_program(0);  // no-op when the executor already set the code
        break;
    }
  }
  if (w.spinning) {
    w.spinning = false;
    impl_->nmspinning.fetch_sub(1, std::memory_order_relaxed);
  }
  if (gc && w.gc_cache) gc->leave(*w.gc_cache);
}

G* Scheduler::find_runnable(Worker& w) {  // w's owner
  for (;;) {
    if (exiting()) return nullptr;
    // GOMAXPROCS was lowered below this worker (see the essay above).
    if (__builtin_expect(w.id >= nprocs_.load(std::memory_order_relaxed), 0)) {
      retire(w);
      continue;
    }
    if (int64_t next = w.timers.next(); next != 0) {
      int64_t now = nanotime();
      if (next <= now) {
        run_timers(w, w, now);
        if (exiting()) return nullptr;
      }
    }
    if (__builtin_expect(stress_, 0)) {
      if (G* g = stress_find(w)) return g;
    }
    if (w.schedtick % kGlobalFairness == 0 &&
        impl_->gsize.load(std::memory_order_relaxed) > 0) {
      std::lock_guard lk(impl_->mu);
      if (G* g = global_get(w, 1)) return g;
    }
    if (G* g = w.runnext.load(std::memory_order_relaxed)) {
      if (w.runnext_streak >= kRunnextStreakMax && w.runq.size() > 0) {
        w.runnext_streak = 0;
        if (G* h = w.runq.pop()) return h;
      }
      // acquire: pairs with the release exchange in spawn/ready. A CAS, not a
      // store, because a thief may take runnext concurrently.
      if (w.runnext.compare_exchange_strong(g, nullptr, std::memory_order_acquire)) {
        ++w.runnext_streak;
        return g;
      }
    }
    w.runnext_streak = 0;
    if (G* g = w.runq.pop()) return g;
    if (impl_->gsize.load(std::memory_order_relaxed) > 0) {
      std::lock_guard lk(impl_->mu);
      if (G* g = global_get(w, 0)) return g;
    }
    // Expired timers anywhere (another worker may be busy with a long
    // goroutine): what they ready lands in our runnext.
    if (ntimers_.load(std::memory_order_relaxed) > 0 && run_all_timers(w) > 0) continue;
    // Spin only while fewer than half the busy workers are spinning, as Go
    // does: many spinners burn CPU and contend on the victims' queues.
    int nprocs = nprocs_.load(std::memory_order_relaxed);
    if (!w.spinning && nprocs > 1) {
      int32_t busy = nprocs - impl_->npidle.load(std::memory_order_relaxed);
      if (2 * impl_->nmspinning.load(std::memory_order_relaxed) < busy) {
        w.spinning = true;
        impl_->nmspinning.fetch_add(1, std::memory_order_seq_cst);
      }
    }
    if (w.spinning) {
      if (G* g = steal_work(w)) return g;
    }
    bool retry = false;
    if (G* g = stop_and_park(w, retry)) return g;
    if (!retry) return nullptr;
  }
}

G* Scheduler::steal_work(Worker& w) {  // w's owner, spinning
  int n = num_workers();
  for (int round = 0; round < kStealRounds; ++round) {
    bool last = round == kStealRounds - 1;
    int start = int(w.next_random() % uint64_t(n));
    for (int k = 0; k < n; ++k) {
      if (exiting()) return nullptr;
      Worker& v = *workers_[(start + k) % n];
      if (&v == &w) continue;
      if (impl_->gsize.load(std::memory_order_relaxed) > 0) {
        std::lock_guard lk(impl_->mu);
        if (G* g = global_get(w, 0)) return g;
      }
      if (v.runq.steal_into(w.runq) > 0) {
        if (G* g = w.runq.pop()) return g;
      }
      if (last && v.runnext.load(std::memory_order_relaxed)) {
        // Give the victim a moment to run its runnext itself. Sleep, as Go
        // does (usleep(3) in runqgrab), rather than spin: a G sits in
        // runnext whenever a hand-off readied it, so spinning here burned a
        // core at every steal attempt (select_mix: 22% of its CPU time was
        // this wait as 200 pauses; with the sleep its CPU time halves).
        std::this_thread::sleep_for(std::chrono::microseconds(3));
        G* g = v.runnext.load(std::memory_order_relaxed);
        // acquire: pairs with the release exchange in spawn/ready.
        if (g && v.runnext.compare_exchange_strong(g, nullptr, std::memory_order_acquire))
          return g;
      }
    }
  }
  return nullptr;
}

bool Scheduler::any_work_queued() {  // any worker; a hint
  if (impl_->gsize.load(std::memory_order_relaxed) > 0) return true;
  for (int k = 0, n = num_workers(); k < n; ++k) {
    Worker& v = *workers_[k];
    if (v.runq.size() > 0 || v.runnext.load(std::memory_order_relaxed)) return true;
  }
  return false;
}

// Puts w on the idle list and sleeps until woken. Returns a G if it found
// one on the way; otherwise sets `retry` unless the program is exiting.
G* Scheduler::stop_and_park(Worker& w, bool& retry) {  // w's owner
  retry = false;
  bool deadlock = false;
  {
    std::unique_lock lk(impl_->mu);
    if (exiting()) return nullptr;
    if (G* g = global_get(w, 0)) {
      return g;
    }
    // GOMAXPROCS went below this worker meanwhile: retire, not idle.
    if (w.id >= nprocs_.load(std::memory_order_relaxed)) {
      retry = true;
      return nullptr;
    }
    w.idle = true;
    impl_->idle.push_back(w.id);
    impl_->npidle.fetch_add(1, std::memory_order_seq_cst);
    // Nobody runs, so nobody adds a timer now: a pending one will ready
    // something (or at least must fire before Go would call this a deadlock).
    if (!impl_->deadlocked && deadlocked_locked()) deadlock = impl_->deadlocked = true;
  }
  if (deadlock) {
    handle_deadlock();
    return nullptr;
  }
  if (w.spinning) {
    w.spinning = false;
    // seq_cst RMW: ordered with the one in wakep (see there). Then look again:
    // a producer that saw us spinning did not wake anyone.
    impl_->nmspinning.fetch_sub(1, std::memory_order_seq_cst);
    if (any_work_queued()) {
      std::unique_lock lk(impl_->mu);
      if (w.idle) {
        auto& idle = impl_->idle;
        idle.erase(std::find(idle.begin(), idle.end(), w.id));
        w.idle = false;
        impl_->npidle.fetch_sub(1, std::memory_order_relaxed);
        sysmon_worker_busy();
        lk.unlock();
        w.spinning = true;
        impl_->nmspinning.fetch_add(1, std::memory_order_seq_cst);
        retry = true;
        return nullptr;
      }
      // A waker already took us off the list; its notification is on the way.
    }
  }
  // With timers pending, become the timer sleeper unless another idle
  // worker is (protocol in vm/sched_timers.cpp).
  int64_t deadline = 0;
  bool sleeper = false;
  if (ntimers_.load(std::memory_order_seq_cst) > 0) {
    int32_t none = -1;
    if (timer_sleeper_.compare_exchange_strong(none, w.id, std::memory_order_seq_cst)) {
      sleeper = true;
      deadline = earliest_timer();
      sleeper_until_.store(deadline ? deadline : INT64_MAX, std::memory_order_seq_cst);
    }
  }
  bool notified = park_until(w, deadline, sleeper);
  if (sleeper) {
    sleeper_until_.store(0, std::memory_order_seq_cst);
    timer_sleeper_.store(-1, std::memory_order_seq_cst);
  }
  if (exiting()) return nullptr;
  if (!notified) {
    // The deadline passed, or an earlier timer was added: leave the idle
    // list and look again (find_runnable runs the expired timers). A waker
    // may have taken us off the list just now; then its notification is
    // on the way and it counted us as spinning.
    {
      std::lock_guard lk(impl_->mu);
      if (w.idle) {
        auto& idle = impl_->idle;
        idle.erase(std::find(idle.begin(), idle.end(), w.id));
        w.idle = false;
        impl_->npidle.fetch_sub(1, std::memory_order_relaxed);
        sysmon_worker_busy();
        retry = true;
        return nullptr;
      }
    }
    park_until(w, 0, false);
    if (exiting()) return nullptr;
  }
  w.spinning = true;  // wakep counted us in nmspinning
  retry = true;
  return nullptr;
}

// The preemption monitor goes to sleep only when every worker is on the
// idle list; checked under the scheduler lock, which every worker leaving
// the list takes too (and then calls sysmon_worker_busy), so no wakeup is
// lost.
bool Scheduler::sysmon_may_sleep() {  // the monitor thread
  std::lock_guard lk(impl_->mu);
  if (impl_->npidle.load(std::memory_order_relaxed) + impl_->nstopped != num_workers()) return false;
  std::lock_guard sl(sysmon_mu_);
  sysmon_idle_.store(true, std::memory_order_relaxed);
  return true;
}

void Scheduler::handle_deadlock() {  // the last worker to go idle
  if (on_deadlock) on_deadlock();
  exit_program(2);
}

void Scheduler::exit_program(int code) {  // any worker
  if (exiting_.exchange(true, std::memory_order_acq_rel)) return;  // first caller wins
  // Read by run() after joining every worker thread (the join orders it).
  exit_code_.store(code, std::memory_order_relaxed);
  for (int k = 0, n = num_workers(); k < n; ++k) unpark(*workers_[k]);
  sysmon_wake();
}

}  // namespace csp
