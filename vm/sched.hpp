// The scheduler: Go's G-M-P design on N worker threads.
//
// Each Worker (Go's P with its M) owns a bounded local run queue plus a
// `runnext` slot; a global queue takes overflow and goroutines readied from
// outside a worker. An idle worker steals half of a random victim's queue,
// spins briefly, then parks on a futex-like wait; it is woken when work
// appears. The scheduler knows nothing about bytecode: it asks an Executor to
// run a goroutine until that goroutine parks, yields, exits or ends the
// program.
//
// Timers (vm/timers.hpp, vm/sched_timers.cpp): each worker owns a timer
// heap; workers run expired timers while looking for work, and an idle
// worker sleeps until the earliest deadline.
//
// Deadlock: when every worker is idle, no goroutine is runnable and nothing
// can wake one (no pending timers, no network waits, no host wake sources),
// the program can never progress: the scheduler calls the deadlock hook and
// ends the run with exit status 2, as Go does.
//
// GOMAXPROCS (set_procs): workers [0, procs) run goroutines; the others,
// made by an earlier, larger setting, are stopped (parked, off the idle
// list). Raising it starts or restarts workers; lowering it stops workers
// between goroutines (see vm/sched.cpp, "GOMAXPROCS").
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "vm/gc.hpp"
#include "vm/goroutine.hpp"
#include "vm/timers.hpp"

namespace csp {

class Scheduler;

// Whether CSP_STRESS asks for stress mode (set and not "0"), and its seed:
// CSP_STRESS_SEED, else one from the clock (vm/sched_stress.cpp).
bool stress_from_env(uint64_t* seed);

enum class RunResult : uint8_t {
  Parked,       // the goroutine published itself in a wait queue: don't touch it
  Yielded,      // time slice over or Gosched: requeue it
  Exited,       // the goroutine finished: recycle it
  ProgramExit,  // exit_program() was called (main returned, fatal panic)
  // Only between the interpreter and VM::call_nested (vm/nested_call.cpp),
  // never seen by the scheduler:
  Returned,     // a nested call made from a native returned
  NestedPanic,  // a panic unwound out of a nested call, back to its native
  Migrated,     // a native on the goroutine's fiber came back on another worker
};

struct Worker;

class Executor {
 public:
  virtual ~Executor() = default;
  virtual RunResult run(Worker& w, G* g) = 0;
};

// Bounded single-producer multi-consumer ring (Go's runq): the owner pushes
// and pops at its ends, thieves take half from the head with a CAS.
class RunQueue {
 public:
  static constexpr uint32_t kSize = 256;
  // Owner only. False when full (caller moves half to the global queue).
  bool push(G* g);
  // Owner only.
  G* pop();
  // Any thread: moves about half of this queue into `into` (owned by the
  // caller), returns how many were moved.
  uint32_t steal_into(RunQueue& into);
  uint32_t size() const;
  // Owner only: takes up to n goroutines from the head (for overflow).
  uint32_t take(G** out, uint32_t n);

 private:
  alignas(64) std::atomic<uint32_t> head_{0};
  alignas(64) std::atomic<uint32_t> tail_{0};
  std::atomic<G*> ring_[kSize];
};

// At most this many workers (runtime.GOMAXPROCS asks for more: the rest
// is reported, not run).
constexpr int kMaxWorkers = 256;

// One step of xorshift64* on `state` (never 0): the workers' generators.
inline uint64_t xorshift64star(uint64_t& state) {
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 0x2545F4914F6CDD1DULL;
}

struct Worker {
  int id = 0;
  Scheduler* sched = nullptr;
  RunQueue runq;
  std::atomic<G*> runnext{nullptr};
  uint64_t rng = 0;       // per-worker random state (steal victims; select)
  G* free_gs = nullptr;   // recycled goroutines, owned by this worker
  uint32_t nfree = 0;
  void* heap = nullptr;   // the VM's per-worker allocation state
  GcCache* gc_cache = nullptr;  // this worker's allocation cache (GC mutator)
  // Owner only. Inline: select draws one per case.
  uint64_t next_random() { return xorshift64star(rng); }
  uint64_t stress_rng = 0;  // stress mode's own generator (vm/sched_stress.cpp)
  uint64_t stress_random() { return xorshift64star(stress_rng); }

  // Scheduler-private state. Owner only unless stated otherwise.
  bool spinning = false;         // counted in the scheduler's nmspinning
  uint32_t schedtick = 0;        // goroutines scheduled (global-queue fairness)
  uint32_t runnext_streak = 0;   // consecutive runnext picks (local-queue fairness)
  uint64_t id_next = 0;          // goroutine ids handed out in batches
  // Preemption (vm/sched_sysmon.cpp): run_seq counts goroutines run, so the
  // monitor can tell one that runs for long; it then sets `preempt`, which
  // the interpreter checks where it spends its budget. Owner writes run_seq,
  // the monitor reads it; the monitor sets preempt, the owner clears it.
  std::atomic<uint32_t> run_seq{0};
  std::atomic<bool> preempt{false};
  uint64_t id_end = 0;
  bool idle = false;             // on the idle list; guarded by the scheduler lock
  bool stopped = false;          // id >= GOMAXPROCS and parked for it; scheduler lock
  // Parking: an idle worker sleeps on park_cv until `notified` is set (by
  // wakep, which took it off the idle list, or at exit), or, while it is
  // the timer sleeper, until its deadline or `kicked` (a timer earlier
  // than its deadline was added). Any thread may notify; guarded by park_mu.
  std::mutex park_mu;
  std::condition_variable park_cv;
  bool notified = false;
  bool kicked = false;
  // Pending timers added by goroutines running on this worker. Any worker
  // may run the expired ones or stop one (under timers.mu).
  TimerHeap timers;
};

class Scheduler {
 public:
  Scheduler(int nworkers, Executor& exec);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Workers made so far (running or stopped): worker(i) exists for i below.
  int num_workers() const { return nstarted_.load(std::memory_order_acquire); }
  Executor& executor() { return exec_; }
  Worker& worker(int i) { return *workers_[i]; }

  // GOMAXPROCS: what runtime.GOMAXPROCS reports (it may exceed
  // kMaxWorkers; that many workers run then).
  int procs() const { return gomaxprocs_.load(std::memory_order_relaxed); }
  // Whether a worker other than the caller runs goroutines now (is neither
  // idle nor looking for work): a lock holder may be running there. A
  // racy hint (relaxed loads), as Go's canSpin uses it.
  bool others_running() const;
  // runtime.GOMAXPROCS(n), n >= 1, while running: workers [0, min(n,
  // kMaxWorkers)) run goroutines from now on. Missing workers are made
  // (init_worker sets up their allocation state, then their threads start)
  // and stopped ones restarted; workers above the new count stop when their
  // current goroutine's time slice ends, handing their queued goroutines and
  // timers to the others. Returns the previous setting. Any thread.
  int set_procs(int n);
  // Called by set_procs for each worker it makes, before its thread starts.
  std::function<void(Worker&)> init_worker;

  // Runs `main_g` and everything it spawns on the workers (the calling
  // thread is worker 0) until exit_program(). Returns the exit code.
  int run(G* main_g);

  // A new goroutine, recycled from w's free list when possible; it is added
  // to the all-goroutines list and gets the next id. `w` may be null before
  // run() (the main goroutine).
  G* new_g(Worker* w);
  // Takes a finished goroutine back (after the executor returned Exited).
  void free_g(Worker& w, G* g);
  // Makes a new goroutine runnable (Go's newproc: it goes to w's runnext).
  void spawn(Worker& w, G* g);
  // Makes a parked goroutine runnable; called by the worker that woke it
  // (channel hand-off): it runs next on w, cache-hot.
  void ready(Worker& w, G* g);
  // A native on w is about to block in a system call (a read of standard
  // input): w's runnext goroutine and half its local queue go to the
  // global queue and an idle worker is woken for them (the rest can be
  // stolen), as Go hands off its P, so they do not wait for the call.
  void before_blocking(Worker& w);  // w's owner
  // Ends the run: every worker stops after its current goroutine; run()
  // returns `code`. First caller wins.
  void exit_program(int code);
  bool exiting() const { return exiting_.load(std::memory_order_acquire); }

  // Called (once, on some worker thread, with every other worker idle) when
  // the program deadlocks, before run() returns 2.
  std::function<void()> on_deadlock;

  // The garbage-collected heap, when there is one: a running worker is in
  // its mutator set, an idle (parked) one is not, so idle workers never
  // hold up a collection; workers poll for a collection between goroutines.
  GcHeap* gc = nullptr;

  // Visits every live goroutine (for deadlock reports and tracebacks). Only
  // safe while the world is stopped (deadlock hook) or for reading ids.
  void for_each_g(const std::function<void(G*)>& f);
  int64_t num_goroutines() const { return live_gs_.load(std::memory_order_relaxed); }

  // ---- timers (vm/sched_timers.cpp) ----
  // Makes t fire at `when` (nanotime(); then every `period` ns if > 0):
  // a timer that is not pending goes into w's heap (w: the caller's
  // worker), a pending one is moved to its new deadline where it is.
  // Returns whether it was pending. Safe against concurrent calls on the
  // same timer (a racy script must not corrupt a heap).
  bool set_timer(Worker& w, Timer* t, int64_t when, int64_t period);
  // Removes t from its heap; returns whether it was pending.
  bool stop_timer(Timer* t);
  // Pending timers in all heaps.
  int64_t pending_timers() const { return ntimers_.load(std::memory_order_relaxed); }
  // Visits every pending timer: only while the world is stopped.
  void for_each_timer(const std::function<void(Timer*)>& f);

  // ---- stress mode (vm/sched_stress.cpp) ----
  // CSP_STRESS=1 perturbs scheduling at random to shake out races: random
  // time slices, random placement of readied and yielding goroutines,
  // random stealing, short random delays of a worker right after it
  // published a goroutine to others. Off, it costs one predictable branch
  // on paths that already decide something. Call before run().
  void enable_stress(uint64_t seed);
  void seed_stress(Worker& w);  // a worker made later (set_procs)
  bool stress() const { return stress_; }
  // Stress mode only: a random budget for an interpreter run.
  int stress_budget(Worker& w);
  // A random short delay of worker w's thread, in stress mode (inline
  // check; the delay itself is out of line).
  void stress_pause(Worker& w) {
    if (__builtin_expect(stress_, 0)) stress_delay(w);
  }

 private:
  struct Impl;
  void worker_loop(Worker& w);
  G* find_runnable(Worker& w);
  G* steal_work(Worker& w);
  G* stop_and_park(Worker& w, bool& retry);
  bool any_work_queued();
  void reset_spinning(Worker& w);
  void wakep();
  void put_local(Worker& w, G* g);
  void put_global_batch(G** batch, uint32_t n);
  // GOMAXPROCS went below w's id: hand off its work, park until it is
  // raised again (or the run ends).
  void retire(Worker& w);
  void move_timers(Worker& from, Worker& to);
  bool deadlocked_locked();  // scheduler lock held
  void put_global_slow(Worker& w, G* g);
  G* global_get(Worker& w, uint32_t max);  // scheduler lock held
  void unpark(Worker& w);
  void handle_deadlock();
  // The preemption monitor (Go's sysmon, vm/sched_sysmon.cpp): a thread
  // that asks a worker running one goroutine for longer than a time slice
  // to yield it. It sleeps while every worker is idle; a worker leaving
  // the idle list wakes it (sysmon_worker_busy, scheduler lock held).
  void sysmon_loop();
  void sysmon_worker_busy() {
    if (__builtin_expect(sysmon_idle_.load(std::memory_order_relaxed), 0)) sysmon_wake();
  }
  void sysmon_wake();
  void sysmon_stop();       // ends sysmon_loop once the exit is done
  bool sysmon_may_sleep();  // every worker idle: sets sysmon_idle_
  void put_global(G* g);  // appends g to the global queue (takes the lock)
  G* global_take_one(Worker& w);  // the global queue's head, if any (takes the lock)
  // Stress mode: puts runnable g somewhere at random (runnext unless
  // !may_runnext, local tail, global queue); takes work from an unusual
  // place first, or nothing.
  void stress_put(Worker& w, G* g, bool may_runnext);
  G* stress_find(Worker& w);
  void stress_delay(Worker& w);
  // Timers, on worker w: runs the expired timers of `owner`'s heap (w's own
  // or another's) and returns how many fired; runs those of every heap;
  // the earliest deadline of all heaps (0: none); after a timer was added
  // or moved earlier, makes sure some worker will wake for it.
  int run_timers(Worker& w, Worker& owner, int64_t now);
  int run_all_timers(Worker& w);
  int64_t earliest_timer();
  void timer_added(int64_t when);
  void kick(Worker& w);
  // Parks w until notified; with a deadline (nanotime) or `kickable` also
  // until then or until kicked. Returns whether it was notified.
  bool park_until(Worker& w, int64_t deadline, bool kickable);

  // [0, nstarted_) are made; a slot is written once, before nstarted_
  // covers it (release), so readers below nstarted_ (acquire) see it.
  std::unique_ptr<Worker> workers_[kMaxWorkers];
  std::atomic<int> nstarted_{0};
  std::atomic<int> nprocs_{0};       // workers that may run goroutines: [0, nprocs_)
  std::atomic<int> gomaxprocs_{0};   // the setting as reported
  Executor& exec_;
  std::atomic<bool> exiting_{false};
  bool stress_ = false;
  uint64_t stress_seed_ = 0;
  std::atomic<int> exit_code_{0};
  std::atomic<int64_t> live_gs_{0};
  // Timers. ntimers_: pending timers in all heaps. timer_sleeper_: the
  // idle worker that sleeps until the earliest deadline (-1: none), and
  // sleeper_until_ that deadline (0 while it is still computing it, or
  // none): whoever adds an earlier timer kicks it.
  std::atomic<int64_t> ntimers_{0};
  std::atomic<int32_t> timer_sleeper_{-1};
  std::atomic<int64_t> sleeper_until_{0};
  // The monitor's sleep: sysmon_idle_ is set (under the scheduler lock and
  // sysmon_mu_) when it found every worker idle, cleared by sysmon_wake.
  std::mutex sysmon_mu_;
  std::condition_variable sysmon_cv_;
  // Atomic: exit_program clears it without the scheduler lock.
  std::atomic<bool> sysmon_idle_{false};
  bool sysmon_stop_ = false;  // guarded by sysmon_mu_
  std::unique_ptr<Impl> impl_;  // global queue, idle list, all-G list, threads
  friend struct SchedulerAccess;
};

}  // namespace csp
