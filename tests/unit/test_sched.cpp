// Scheduler tests with a fake executor (tests/unit/sched_fixture.hpp), each
// over 1, 2 and 8 workers. ASan checks that nothing leaks at teardown.
#include <atomic>
#include <chrono>
#include <ctime>
#include <set>
#include <thread>

#include "tests/unit/sched_fixture.hpp"

using namespace csp;
using namespace csp::test;

namespace {

// Calls `body` once and ends the program with `code`.
struct ExitTask : Task {
  int code;
  explicit ExitTask(int c) : code(c) {}
  RunResult step(Worker& w, G*) override {
    w.sched->exit_program(code);
    return RunResult::ProgramExit;
  }
};

// Yields `n` times, then counts itself done.
struct Yielder : Task {
  std::atomic<int>& done;
  int n, i = 0;
  Yielder(std::atomic<int>& d, int n) : done(d), n(n) {}
  RunResult step(Worker&, G*) override {
    CO_BEGIN;
    for (i = 0; i < n; ++i) {
      CO_YIELD();
    }
    done.fetch_add(1);
    CO_END;
  }
};

// Spawns children, then yields until `done` reaches `want`, then exits.
template <class Spawn>
struct Parent : Task {
  Spawn spawn;
  std::atomic<int>& done;
  int want;
  Parent(Spawn s, std::atomic<int>& d, int want) : spawn(s), done(d), want(want) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    spawn(w);
    while (done.load() < want) {
      CO_YIELD();
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};
template <class Spawn>
std::unique_ptr<Task> parent(Spawn s, std::atomic<int>& d, int want) {
  return std::make_unique<Parent<Spawn>>(s, d, want);
}

// Spawns two children down to `depth`, counting every node.
struct TreeNode : Task {
  Harness& h;
  std::atomic<int>& done;
  int depth;
  TreeNode(Harness& h, std::atomic<int>& d, int depth) : h(h), done(d), depth(depth) {}
  RunResult step(Worker& w, G*) override {
    if (depth > 0) {
      h.go(w, std::make_unique<TreeNode>(h, done, depth - 1));
      h.go(w, std::make_unique<TreeNode>(h, done, depth - 1));
    }
    done.fetch_add(1);
    return RunResult::Exited;
  }
};

// Parks forever on a nil channel.
struct Blocker : Task {
  Slot v{};
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_RECV(nullptr, &v, nullptr);
    FAIL("a nil-channel receive returned");
    CO_END;
  }
};

double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

}  // namespace

TEST_CASE("sched: run returns the exit code of exit_program") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    CHECK(h.run(std::make_unique<ExitTask>(7)) == 7);
  }
}

TEST_CASE("sched: yielding goroutines all finish and are recycled") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> done{0};
    constexpr int kGs = 1000;
    int64_t live_at_end = -1;
    auto spawn = [&](Worker& w) {
      for (int i = 0; i < kGs; ++i) h.go(w, std::make_unique<Yielder>(done, 10));
    };
    struct Main : Parent<decltype(spawn)> {
      int64_t& live;
      Main(decltype(spawn) s, std::atomic<int>& d, int want, int64_t& live)
          : Parent(s, d, want), live(live) {}
      RunResult step(Worker& w, G* g) override {
        RunResult r = Parent::step(w, g);
        if (r == RunResult::ProgramExit) live = w.sched->num_goroutines();
        return r;
      }
    };
    CHECK(h.run(std::make_unique<Main>(spawn, done, kGs, live_at_end)) == 0);
    CHECK(done.load() == kGs);
    // Only main is left; finished children may still be a few in flight on
    // other workers between counting themselves and exiting.
    CHECK(live_at_end >= 1);
    CHECK(live_at_end <= 1 + n);
  }
}

TEST_CASE("sched: a spawn tree overflows local queues and is stolen") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> done{0};
    constexpr int kDepth = 13;  // 16383 goroutines
    auto spawn = [&](Worker& w) { h.go(w, std::make_unique<TreeNode>(h, done, kDepth)); };
    CHECK(h.run(parent(spawn, done, (1 << (kDepth + 1)) - 1)) == 0);
    CHECK(done.load() == (1 << (kDepth + 1)) - 1);
  }
}

TEST_CASE("sched: goroutine ids are unique and start at 1 for main") {
  Harness h(2);
  std::set<uint64_t> ids;
  std::mutex mu;
  struct Recorder : Task {
    std::set<uint64_t>& ids;
    std::mutex& mu;
    std::atomic<int>& done;
    Recorder(std::set<uint64_t>& i, std::mutex& m, std::atomic<int>& d) : ids(i), mu(m), done(d) {}
    RunResult step(Worker&, G* g) override {
      {
        std::lock_guard lk(mu);
        ids.insert(g->id);
      }
      done.fetch_add(1);
      return RunResult::Exited;
    }
  };
  std::atomic<int> done{0};
  auto spawn = [&](Worker& w) {
    for (int i = 0; i < 500; ++i) h.go(w, std::make_unique<Recorder>(ids, mu, done));
  };
  struct Main : Parent<decltype(spawn)> {
    using Parent::Parent;
    RunResult step(Worker& w, G* g) override {
      CHECK(g->id == 1);
      return Parent::step(w, g);
    }
  };
  CHECK(h.run(std::make_unique<Main>(spawn, done, 500)) == 0);
  CHECK(ids.size() == 500);
  CHECK(ids.count(1) == 0);
}

TEST_CASE("sched: two workers run two goroutines in parallel") {
  for (int n : {2, 8}) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> started{0}, done{0}, met{0};
    // Each waits (without yielding) until the other has started: only true
    // parallelism lets both through. Give up after 5 s so a failure is not a hang.
    struct Spinner : Task {
      std::atomic<int>&started, &done, &met;
      Spinner(std::atomic<int>& s, std::atomic<int>& d, std::atomic<int>& m)
          : started(s), done(d), met(m) {}
      RunResult step(Worker&, G*) override {
        started.fetch_add(1);
        auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (started.load() < 2 && std::chrono::steady_clock::now() < until) {
        }
        if (started.load() >= 2) met.fetch_add(1);
        done.fetch_add(1);
        return RunResult::Exited;
      }
    };
    auto spawn = [&](Worker& w) {
      h.go(w, std::make_unique<Spinner>(started, done, met));
      h.go(w, std::make_unique<Spinner>(started, done, met));
    };
    CHECK(h.run(parent(spawn, done, 2)) == 0);
    CHECK(met.load() == 2);
  }
}

TEST_CASE("sched: idle workers park instead of spinning") {
  Harness h(8);
  double cpu = 0;
  struct Sleeper : Task {
    double& cpu;
    explicit Sleeper(double& c) : cpu(c) {}
    RunResult step(Worker& w, G*) override {
      // Let the other workers spin out and park, then measure.
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      double t0 = cpu_seconds();
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      cpu = cpu_seconds() - t0;
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
    }
  };
  CHECK(h.run(std::make_unique<Sleeper>(cpu)) == 0);
  // 7 busy-waiting workers would burn ~2.1 s of CPU in 300 ms.
  CHECK(cpu < 0.05);
}

TEST_CASE("sched: deadlock calls the hook once and run returns 2") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    int calls = 0;
    int blocked = 0;
    h.sched.on_deadlock = [&] {
      ++calls;
      h.sched.for_each_g([&](G* g) {
        if (g->status == GStatus::Waiting && g->wait_reason == WaitReason::ChanReceiveNil)
          ++blocked;
      });
    };
    struct Main : Task {
      Harness& h;
      Slot v{};
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        for (int i = 0; i < 20; ++i) h.go(w, std::make_unique<Blocker>());
        CO_RECV(nullptr, &v, nullptr);
        FAIL("main resumed");
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 2);
    CHECK(calls == 1);
    CHECK(blocked == 21);
    CHECK(h.sched.num_goroutines() == 21);
  }
}

TEST_CASE("sched: exit_program from a goroutine while others are blocked") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    bool deadlock = false;
    h.sched.on_deadlock = [&] { deadlock = true; };
    struct Main : Task {
      Harness& h;
      Slot v{};
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        for (int i = 0; i < 50; ++i) h.go(w, std::make_unique<Blocker>());
        h.go(w, std::make_unique<ExitTask>(3));
        CO_RECV(nullptr, &v, nullptr);
        FAIL("main resumed");
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 3);
    CHECK_FALSE(deadlock);
  }
}
