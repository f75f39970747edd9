// A fake Executor for scheduler and channel tests: each G's `user` points to
// a Task, a small state machine written as a switch-based coroutine. The CO_*
// macros save the resume point BEFORE a channel operation (the parking
// protocol: after Blocked the task may already be running elsewhere, so
// nothing may be written to it), and resume after it.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "vm/chan.hpp"
#include "vm/sched.hpp"

namespace csp::test {

struct Task {
  virtual ~Task() = default;
  virtual RunResult step(Worker& w, G* g) = 0;
  int pc = 0;
};

class FakeExec : public Executor {
 public:
  RunResult run(Worker& w, G* g) override { return static_cast<Task*>(g->user)->step(w, g); }
};

#define CO_BEGIN switch (pc) { case 0:
#define CO_END } return RunResult::Exited
// After CO_SEND, g->pending_panic is set if the channel was (or got) closed.
#define CO_SEND(c, v)                                                  \
  pc = __LINE__;                                                       \
  {                                                                    \
    ChanStatus s_ = chan_send(w, g, (c), (v));                         \
    if (s_ == ChanStatus::Blocked) return RunResult::Parked;           \
    if (s_ == ChanStatus::Closed) g->pending_panic = "send on closed channel"; \
  }                                                                    \
  [[fallthrough]];                                                     \
  case __LINE__:
#define CO_RECV(c, dst, okp)                                                    \
  pc = __LINE__;                                                                \
  if (chan_recv(w, g, (c), (dst), (okp)) == ChanStatus::Blocked) return RunResult::Parked; \
  [[fallthrough]];                                                              \
  case __LINE__:
#define CO_YIELD()             \
  pc = __LINE__;               \
  return RunResult::Yielded;   \
  case __LINE__:

inline void* calloc_alloc(void*, size_t size) { return std::calloc(1, size); }

// Owns the scheduler, the tasks and the channels of one test run.
struct Harness {
  std::mutex mu;
  std::vector<std::unique_ptr<Task>> tasks;
  std::vector<Chan*> chans;
  FakeExec exec;
  Scheduler sched;

  explicit Harness(int nworkers) : sched(nworkers, exec) {}
  ~Harness() {
    for (Chan* c : chans) std::free(c);
  }
  Chan* chan(uint32_t cap) {
    Chan* c = chan_new(calloc_alloc, nullptr, cap);
    std::lock_guard lk(mu);
    chans.push_back(c);
    return c;
  }
  template <class T>
  T* own(std::unique_ptr<T> t) {
    T* p = t.get();
    std::lock_guard lk(mu);
    tasks.push_back(std::move(t));
    return p;
  }
  // Spawns a goroutine running `t` from the goroutine currently on w.
  template <class T>
  T* go(Worker& w, std::unique_ptr<T> t) {
    T* p = own(std::move(t));
    G* g = sched.new_g(&w);
    g->user = p;
    sched.spawn(w, g);
    return p;
  }
  int run(std::unique_ptr<Task> main) {
    G* g = sched.new_g(nullptr);
    g->user = own(std::move(main));
    return sched.run(g);
  }
};

// Waiters in a channel queue (under its lock), for tests that must wait
// until goroutines have parked.
inline int queue_len(Chan* c, bool senders) {
  c->lock();
  int n = 0;
  for (WaitLink* l = senders ? c->sendq.first : c->recvq.first; l; l = l->next) ++n;
  c->unlock();
  return n;
}

inline constexpr int kWorkerCounts[] = {1, 2, 8};

}  // namespace csp::test
