// Fibers (vm/fiber.hpp): a job suspends and is resumed from other threads,
// pooled fibers are reused, a suspended fiber is unwound by cancellation,
// and a fiber left by one thread can be entered by another as soon as the
// first is off its stack (the busy hand-over).
#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "vm/fiber.hpp"

#include <sys/syscall.h>
#include <unistd.h>

using namespace csp;

namespace {

// The calling thread, asked of the kernel each time: pthread_self() and
// std::this_thread::get_id() are "const" functions the compiler may cache
// across the suspend, which is exactly what a migrating fiber must not do.
long thread_now() { return syscall(SYS_gettid); }

// The job's state, reached through the native's first argument.
struct Job {
  Fiber* fiber = nullptr;
  int steps = 0;
  std::vector<long> threads;
  bool unwound = false;
};

struct Unwinds {
  Job* job;
  ~Unwinds() { job->unwound = true; }
};

NativeStatus stepper(NativeCall& nc) {
  Job* job = static_cast<Job*>(nc.args[0].p);
  Unwinds guard{job};
  for (int k = 0; k < 3; ++k) {
    job->threads.push_back(thread_now());
    ++job->steps;
    job->fiber->suspend(k == 1 ? RunResult::Yielded : RunResult::Parked);
  }
  job->threads.push_back(thread_now());
  nc.panic_msg = "finished";
  return NativeStatus::Panic;
}

void start(Fiber* f, Job& job, Slot* args) {
  job.fiber = f;
  args[0].p = &job;
  f->fn = stepper;
  f->nc = NativeCall{nullptr, nullptr, nullptr, args, 1, {}};
}

}  // namespace

TEST_CASE("fiber: a job suspends and resumes on other threads") {
  FiberPool pool(2, 256 * 1024);
  Fiber* f = pool.get(0);
  Job job;
  Slot args[1];
  start(f, job, args);
  Worker w0, w1;
  CHECK_FALSE(f->enter(&w0));
  CHECK(f->why == RunResult::Parked);
  CHECK(job.steps == 1);
  f->release();
  std::thread t([&] {
    CHECK_FALSE(f->enter(&w1));
    CHECK(f->why == RunResult::Yielded);
    CHECK(f->w == &w1);
    f->release();
  });
  t.join();
  CHECK_FALSE(f->enter(&w0));
  f->release();
  bool done = false;
  std::thread([&] { done = f->enter(&w1); }).join();
  CHECK(done);
  CHECK(f->st == NativeStatus::Panic);
  CHECK(f->nc.panic_msg == "finished");
  CHECK(job.steps == 3);
  CHECK(job.unwound);
  REQUIRE(job.threads.size() == 4);
  CHECK(job.threads[0] == thread_now());
  CHECK(job.threads[1] != thread_now());
  CHECK(job.threads[2] == thread_now());
  CHECK(job.threads[3] != thread_now());
  pool.put(0, f);
}

TEST_CASE("fiber: the pool reuses fibers; cancellation unwinds a suspended job") {
  FiberPool pool(1, 256 * 1024);
  Fiber* f = pool.get(0);
  Job job;
  Slot args[1];
  start(f, job, args);
  Worker w;
  CHECK_FALSE(f->enter(&w));
  f->release();
  CHECK_FALSE(job.unwound);
  f->cancel = true;
  CHECK(f->enter(&w));  // FiberCancelled unwinds the native's frames
  CHECK(job.unwound);
  CHECK(f->st == NativeStatus::Ok);
  pool.put(0, f);
  Fiber* again = pool.get(0);
  CHECK(again == f);
  CHECK_FALSE(again->cancel);
  Job job2;
  start(again, job2, args);
  for (int k = 0; k < 3; ++k) {
    CHECK_FALSE(again->enter(&w));
    again->release();
  }
  CHECK(again->enter(&w));
  CHECK(job2.steps == 3);
  pool.put(0, again);
}

TEST_CASE("fiber: a thread entering waits until the last one is off the stack") {
  // As with a goroutine parking inside a native: the job publishes that
  // the other thread may go on (here: whose turn it is) before its fiber
  // has switched away, so the other thread's enter() may have to wait.
  FiberPool pool(2, 256 * 1024);
  Fiber* f = pool.get(0);
  static std::atomic<int> counter{0};
  static std::atomic<int> turn{0};  // the thread that may enter next (0 or 1)
  f->fn = [](NativeCall& nc) {
    Fiber* self = static_cast<Fiber*>(nc.args[0].p);
    for (int k = 0; k < 2000; ++k) {
      counter.fetch_add(1, std::memory_order_relaxed);
      turn.store(1 - turn.load(std::memory_order_relaxed), std::memory_order_release);
      self->suspend(RunResult::Parked);
    }
    return NativeStatus::Ok;
  };
  Slot args[1];
  args[0].p = f;
  f->nc = NativeCall{nullptr, nullptr, nullptr, args, 1, {}};
  counter = 0;
  turn = 0;
  std::atomic<bool> finished{false};
  std::atomic<int> entries[2] = {0, 0};
  auto player = [&](int me) {
    Worker w;
    while (!finished.load()) {
      if (turn.load(std::memory_order_acquire) != me) continue;
      entries[me].fetch_add(1);
      if (f->enter(&w)) finished = true;
      else f->release();
    }
  };
  std::thread a(player, 0), b(player, 1);
  a.join();
  b.join();
  CHECK(counter.load() == 2000);
  CHECK(entries[0].load() + entries[1].load() == 2001);
  CHECK(entries[1].load() == 1000);
  pool.put(0, f);
}
