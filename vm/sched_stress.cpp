// Stress mode: random perturbation of scheduling decisions, to shake out
// races in the VM and in scripts (CSP_STRESS=1, optional CSP_STRESS_SEED).
//
// Every perturbation is a choice Go's scheduler could also make, so a
// correct program prints the same in stress mode; what changes is which
// interleavings are likely:
//   - time slices: each interpreter run gets a random budget (often a
//     handful of back-edges and calls), so goroutines yield at random
//     safe points instead of every 2^15;
//   - placement: a spawned, readied or yielding goroutine goes to runnext,
//     the local queue's tail or the global queue at random (a yielding one
//     never to runnext, so a yield still lets others run);
//   - stealing: a worker looking for work sometimes steals from a random
//     victim, takes the global queue, or passes over its runnext first;
//   - delays: right after a worker has published a goroutine to others (it
//     parked in a channel, select, semaphore or timer), its thread pauses
//     a random moment, so another worker often runs that goroutine while
//     the parking worker is still on its way out; a worker that touches
//     the goroutine after publishing it is then caught (by a crash, a wrong
//     result or ThreadSanitizer).
// Worker 0's generator and the others' are seeded from CSP_STRESS_SEED
// (default: from the clock), but threads interleave as the OS runs them,
// so a seed makes a failure likelier to recur, not reproducible.
//
// Cost when off: `stress_` is read (a predictable branch) in spawn, ready,
// the yield path, find_runnable, at the start of each interpreter run and
// at the parking points; nowhere in the interpreter's instruction loop.
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "vm/sched.hpp"
#include "vm/cpu_relax.hpp"

namespace csp {

namespace {

uint64_t splitmix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

bool stress_from_env(uint64_t* seed) {
  const char* on = std::getenv("CSP_STRESS");
  if (!on || !*on || std::strcmp(on, "0") == 0) return false;
  const char* s = std::getenv("CSP_STRESS_SEED");
  *seed = s && *s ? std::strtoull(s, nullptr, 10)
                  : uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
  return true;
}

void Scheduler::enable_stress(uint64_t seed) {
  stress_ = true;
  stress_seed_ = seed;
  for (int k = 0; k < num_workers(); ++k) seed_stress(*workers_[k]);
}

void Scheduler::seed_stress(Worker& w) {
  w.stress_rng = splitmix64(stress_seed_ + uint64_t(w.id)) | 1;
}

int Scheduler::stress_budget(Worker& w) {  // w's owner
  uint64_t r = w.stress_random();
  switch (r & 3) {
    case 0: return 1 + int((r >> 8) % 8);
    case 1: return 1 + int((r >> 8) % 256);
    case 2: return 1 + int((r >> 8) % 4096);
    default: return 1 << 15;  // the normal slice
  }
}

void Scheduler::stress_put(Worker& w, G* g, bool may_runnext) {  // w's owner
  uint64_t r = w.stress_random() % 4;
  if (r == 0 || (r == 1 && may_runnext)) {
    G* old = w.runnext.exchange(g, std::memory_order_acq_rel);
    if (old) put_local(w, old);
  } else if (r == 1 || r == 2) {
    put_local(w, g);
  } else {
    put_global(g);  // wakes a worker
    return;
  }
  wakep();
}

G* Scheduler::stress_find(Worker& w) {  // w's owner
  uint64_t r = w.stress_random();
  switch (r % 8) {
    case 0: {  // steal from a random victim, even with work of our own
      Worker& v = *workers_[(r >> 8) % uint64_t(num_workers())];
      if (&v == &w) return nullptr;
      if (v.runq.steal_into(w.runq) > 0) return w.runq.pop();
      G* g = v.runnext.load(std::memory_order_relaxed);
      // acquire: pairs with the release exchange in spawn/ready.
      if (g && v.runnext.compare_exchange_strong(g, nullptr, std::memory_order_acquire)) return g;
      return nullptr;
    }
    case 1:  // the global queue first
      return global_take_one(w);
    case 2:  // the local queue before runnext
      return w.runq.pop();
    default:
      return nullptr;
  }
}

void Scheduler::stress_delay(Worker& w) {  // w's owner
  uint64_t r = w.stress_random();
  switch (r % 16) {
    case 0: case 1: case 2: case 3: {
      int n = int((r >> 8) % 512);
      for (int i = 0; i < n; ++i) cpu_relax();
      break;
    }
    case 4:
      std::this_thread::yield();
      break;
    case 5:
      if ((r >> 8) % 8 == 0) std::this_thread::sleep_for(std::chrono::microseconds((r >> 16) % 100));
      break;
    default:
      break;
  }
}

}  // namespace csp
