// Scheduler::set_procs (runtime.GOMAXPROCS while running) with the fake
// executor: work finishes whatever the setting does meanwhile, workers above
// a lowered setting stop taking goroutines, raised ones take them again, and
// stopped workers do not hide a deadlock.
#include <atomic>
#include <chrono>
#include <vector>

#include "tests/unit/sched_fixture.hpp"

using namespace csp;
using namespace csp::test;

namespace {

// Yields `n` times, noting the worker of each step after `phase` turned
// on, then counts itself done.
struct Stepper : Task {
  std::atomic<int>& done;
  std::atomic<bool>& phase;
  std::atomic<int>* steps_above;  // steps on workers >= 1 during the phase
  std::atomic<int>* steps_main;   // steps on worker 0 during the phase
  int n, i = 0;
  Stepper(std::atomic<int>& d, std::atomic<bool>& p, std::atomic<int>* above,
          std::atomic<int>* main, int n)
      : done(d), phase(p), steps_above(above), steps_main(main), n(n) {}
  RunResult step(Worker& w, G*) override {
    if (phase.load()) (w.id == 0 ? steps_main : steps_above)->fetch_add(1);
    CO_BEGIN;
    for (i = 0; i < n; ++i) {
      CO_YIELD();
    }
    done.fetch_add(1);
    CO_END;
  }
};

struct Blocker : Task {
  Slot v{};
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_RECV(nullptr, &v, nullptr);
    FAIL("a nil-channel receive returned");
    CO_END;
  }
};

}  // namespace

TEST_CASE("sched: set_procs while goroutines run, all finish") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> done{0};
    std::atomic<bool> phase{false};
    std::atomic<int> above{0}, on0{0};
    constexpr int kGs = 2000;
    std::vector<int> prevs;
    struct Main : Task {
      Harness& h;
      std::atomic<int>& done;
      std::atomic<bool>& phase;
      std::atomic<int>& above;
      std::atomic<int>& on0;
      std::vector<int>& prevs;
      size_t k = 0;
      Main(Harness& h, std::atomic<int>& d, std::atomic<bool>& p, std::atomic<int>& a,
           std::atomic<int>& m, std::vector<int>& prevs)
          : h(h), done(d), phase(p), above(a), on0(m), prevs(prevs) {}
      RunResult step(Worker& w, G* g) override {
        static constexpr int kSettings[] = {4, 1, 8, 2, 1, 3, 6};
        CO_BEGIN;
        for (int i = 0; i < kGs; ++i)
          h.go(w, std::make_unique<Stepper>(done, phase, &above, &on0, 20));
        for (k = 0; done.load() < kGs; ++k) {
          if (k % 50 == 0 && k / 50 < std::size(kSettings))
            prevs.push_back(w.sched->set_procs(kSettings[k / 50]));
          CO_YIELD();
        }
        w.sched->exit_program(0);
        return RunResult::ProgramExit;
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h, done, phase, above, on0, prevs)) == 0);
    CHECK(done.load() == kGs);
    REQUIRE(prevs.size() >= 1);
    CHECK(prevs[0] == n);
    for (size_t k = 1; k < prevs.size(); ++k) {
      static constexpr int kSettings[] = {4, 1, 8, 2, 1, 3, 6};
      CHECK(prevs[k] == kSettings[k - 1]);
    }
  }
}

TEST_CASE("sched: workers above a lowered setting stop; a raise restarts them") {
  for (int n : {2, 8}) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> done{0};
    std::atomic<bool> phase{false};
    std::atomic<int> above{0}, on0{0};
    int above_when_lowered = -1;
    bool restarted = false;
    constexpr int kGs = 200;
    struct Main : Task {
      Harness& h;
      std::atomic<int>& done;
      std::atomic<bool>& phase;
      std::atomic<int>& above;
      std::atomic<int>& on0;
      int& above_when_lowered;
      bool& restarted;
      int i = 0;
      std::chrono::steady_clock::time_point until;
      Main(Harness& h, std::atomic<int>& d, std::atomic<bool>& p, std::atomic<int>& a,
           std::atomic<int>& m, int& awl, bool& r)
          : h(h), done(d), phase(p), above(a), on0(m), above_when_lowered(awl), restarted(r) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        for (i = 0; i < kGs; ++i)
          h.go(w, std::make_unique<Stepper>(done, phase, &above, &on0, 1 << 30));
        // Lowered to one worker: from now on each other worker runs at most
        // the one step it may have taken already.
        w.sched->set_procs(1);
        phase.store(true);
        for (i = 0; i < 2000; ++i) {
          CO_YIELD();
        }
        above_when_lowered = above.load();
        // Raised: the others take goroutines again (stealing from worker 0).
        w.sched->set_procs(w.sched->num_workers());
        until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (above.load() == above_when_lowered && std::chrono::steady_clock::now() < until) {
          CO_YIELD();
        }
        restarted = above.load() > above_when_lowered;
        w.sched->exit_program(0);
        return RunResult::ProgramExit;
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h, done, phase, above, on0, above_when_lowered, restarted)) == 0);
    CHECK(above_when_lowered <= n - 1);
    CHECK(on0.load() >= 2000);
    CHECK(restarted);
  }
}

TEST_CASE("sched: set_procs adds workers beyond the starting count") {
  Harness h(1);
  std::atomic<int> done{0};
  std::atomic<bool> phase{true};
  std::atomic<int> above{0}, on0{0};
  bool saw_above = false;
  struct Main : Task {
    Harness& h;
    std::atomic<int>& done;
    std::atomic<bool>& phase;
    std::atomic<int>& above;
    std::atomic<int>& on0;
    bool& saw;
    int i = 0;
    std::chrono::steady_clock::time_point until;
    Main(Harness& h, std::atomic<int>& d, std::atomic<bool>& p, std::atomic<int>& a,
         std::atomic<int>& m, bool& saw)
        : h(h), done(d), phase(p), above(a), on0(m), saw(saw) {}
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      CHECK(w.sched->set_procs(4) == 1);
      CHECK(w.sched->num_workers() == 4);
      CHECK(w.sched->procs() == 4);
      CHECK(w.sched->set_procs(0) == 4);  // n < 1 only reports
      CHECK(w.sched->set_procs(1000) == 4);  // reported as asked, capped when run
      CHECK(w.sched->num_workers() == kMaxWorkers);
      CHECK(w.sched->set_procs(3) == 1000);
      for (i = 0; i < 100; ++i)
        h.go(w, std::make_unique<Stepper>(done, phase, &above, &on0, 1 << 30));
      until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
      while (above.load() == 0 && std::chrono::steady_clock::now() < until) {
        CO_YIELD();
      }
      saw = above.load() > 0;
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h, done, phase, above, on0, saw_above)) == 0);
  CHECK(saw_above);
}

TEST_CASE("sched: a deadlock with stopped workers is still found") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    int calls = 0;
    h.sched.on_deadlock = [&] { ++calls; };
    struct Main : Task {
      Harness& h;
      Slot v{};
      int i = 0;
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        w.sched->set_procs(6);
        for (i = 0; i < 10; ++i) h.go(w, std::make_unique<Blocker>());
        for (i = 0; i < 100; ++i) {
          CO_YIELD();
        }
        w.sched->set_procs(1);
        CO_RECV(nullptr, &v, nullptr);
        FAIL("main resumed");
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 2);
    CHECK(calls == 1);
  }
}
