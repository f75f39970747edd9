// Semaphore and notify-list tests (vm/sema.hpp) with the fake executor
// (tests/unit/sched_fixture.hpp), over 1, 2 and 8 workers: queue order
// (FIFO, LIFO), hand-off, the retry after a plain release, keys sharing a
// bucket, a counting semaphore under contention, and notify-list tickets.
#include <algorithm>
#include <atomic>
#include <vector>

#include "tests/unit/sched_fixture.hpp"
#include "vm/sema.hpp"

using namespace csp;
using namespace csp::test;

namespace {

// Acquires a unit of *addr, parking while there is none: acquire, and after
// a wake-up without hand-off (*res == 0) acquire again, as sync's Go loop
// does. `handed` counts the wake-ups that came with the unit.
#define CO_SEMACQUIRE(tab, addr, lifo, res, handed)                                      \
  for (;;) {                                                                             \
    pc = __LINE__;                                                                       \
    (res)->i = -1;                                                                       \
    if ((tab).acquire(g, (addr), (lifo), WaitReason::Semacquire, (res)) == SemaStatus::Parked) \
      return RunResult::Parked;                                                          \
    break;                                                                               \
    case __LINE__:                                                                       \
      if ((res)->i == 1) {                                                               \
        ++(handed);                                                                      \
        break;                                                                           \
      }                                                                                  \
      CHECK((res)->i == 0);                                                              \
  }

#define CO_NOTIFY_WAIT(tab, l, t)                                                        \
  pc = __LINE__;                                                                         \
  if ((tab).notify_wait(g, (l), (t)) == SemaStatus::Parked) return RunResult::Parked;    \
  [[fallthrough]];                                                                       \
  case __LINE__:

// A semaphore word as the VM has it: one slot.
struct Word {
  Slot s{};
  uint32_t count() const { return static_cast<uint32_t>(__atomic_load_n(&s.u, __ATOMIC_SEQ_CST)); }
};

// Waits for one unit, then appends its id to a shared log.
struct Waiter : Task {
  SemaTable& tab;
  Slot* addr;
  bool lifo;
  int id;
  std::vector<int>& log;
  std::mutex& mu;
  Slot res{};
  int handed = 0;
  Waiter(SemaTable& t, Slot* a, bool lifo, int id, std::vector<int>& log, std::mutex& mu)
      : tab(t), addr(a), lifo(lifo), id(id), log(log), mu(mu) {}
  RunResult step(Worker&, G* g) override {
    CO_BEGIN;
    CO_SEMACQUIRE(tab, addr, lifo, &res, handed);
    {
      std::lock_guard lk(mu);
      log.push_back(id);
    }
    CO_END;
  }
};

// Parks waiters one after another (each queued before the next starts),
// then releases one unit at a time and records who got each.
struct OrderMain : Task {
  Harness& h;
  SemaTable tab;
  Word word;
  std::vector<bool> lifo;
  bool handoff;
  std::vector<int> log;
  std::mutex mu;
  size_t i = 0;
  OrderMain(Harness& h, std::vector<bool> lifo, bool handoff)
      : h(h), lifo(std::move(lifo)), handoff(handoff) {}
  size_t logged() {
    std::lock_guard lk(mu);
    return log.size();
  }
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (i = 0; i < lifo.size(); ++i) {
      h.go(w, std::make_unique<Waiter>(tab, &word.s, lifo[i], int(i), log, mu));
      while (tab.waiters(&word.s) < i + 1) {
        CO_YIELD();
      }
    }
    for (i = 0; i < lifo.size(); ++i) {
      CHECK(tab.release(w, &word.s, handoff) == handoff);
      while (logged() < i + 1) {
        CO_YIELD();
      }
    }
    CHECK(word.count() == 0);
    CHECK(tab.waiters(&word.s) == 0);
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

std::vector<int> release_order(int workers, std::vector<bool> lifo, bool handoff) {
  Harness h(workers);
  auto main = std::make_unique<OrderMain>(h, std::move(lifo), handoff);
  OrderMain* m = main.get();
  CHECK(h.run(std::move(main)) == 0);
  return m->log;
}

}  // namespace

TEST_CASE("sema: acquire takes units without parking while there are some") {
  SemaTable tab;
  Word word;
  word.s.u = 2;
  G g;
  Slot res{};
  CHECK(tab.acquire(&g, &word.s, false, WaitReason::Semacquire, &res) == SemaStatus::Done);
  CHECK(tab.acquire(&g, &word.s, false, WaitReason::Semacquire, &res) == SemaStatus::Done);
  CHECK(word.count() == 0);
  CHECK(g.status != GStatus::Waiting);
  // A release with nobody waiting just adds the unit (no worker needed:
  // the release never reaches the scheduler).
  Worker w;
  CHECK_FALSE(tab.release(w, &word.s, true));
  CHECK(word.count() == 1);
}

TEST_CASE("sema: waiters are woken first in, first out") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    CHECK(release_order(n, {false, false, false, false}, false) == std::vector<int>{0, 1, 2, 3});
    CHECK(release_order(n, {false, false, false, false}, true) == std::vector<int>{0, 1, 2, 3});
  }
}

TEST_CASE("sema: a lifo waiter goes to the head of its queue") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    // 0, then 1 at the head, then 2 at the tail, then 3 at the head.
    CHECK(release_order(n, {false, true, false, true}, false) == std::vector<int>{3, 1, 0, 2});
  }
}

TEST_CASE("sema: a hand-off gives the unit to the woken waiter") {
  Harness h(2);
  struct Main : Task {
    Harness& h;
    SemaTable tab;
    Word word;
    std::vector<int> log;
    std::mutex mu;
    Waiter* waiter = nullptr;
    explicit Main(Harness& h) : h(h) {}
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      waiter = h.go(w, std::make_unique<Waiter>(tab, &word.s, false, 7, log, mu));
      while (tab.waiters(&word.s) < 1) {
        CO_YIELD();
      }
      CHECK(tab.release(w, &word.s, true));
      CHECK(word.count() == 0);  // taken back for the waiter at once
      for (;;) {
        {
          std::lock_guard lk(mu);
          if (!log.empty()) break;
        }
        CO_YIELD();
      }
      CHECK(waiter->handed == 1);
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

TEST_CASE("sema: without hand-off a newcomer may take the unit; the woken waiter retries") {
  Harness h(1);
  struct Main : Task {
    Harness& h;
    SemaTable tab;
    Word word;
    std::vector<int> log;
    std::mutex mu;
    Waiter* waiter = nullptr;
    Slot res{};
    int handed = 0;
    explicit Main(Harness& h) : h(h) {}
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      waiter = h.go(w, std::make_unique<Waiter>(tab, &word.s, false, 1, log, mu));
      while (tab.waiters(&word.s) < 1) {
        CO_YIELD();
      }
      // Release and, before the woken waiter runs (one worker: it waits in
      // runnext), take the unit ourselves.
      CHECK_FALSE(tab.release(w, &word.s, false));
      CHECK(word.count() == 1);
      CO_SEMACQUIRE(tab, &word.s, false, &res, handed);
      CHECK(word.count() == 0);
      // The waiter finds nothing, queues again; give it the next unit.
      while (tab.waiters(&word.s) < 1) {
        CO_YIELD();
      }
      CHECK(log.empty());
      tab.release(w, &word.s, false);
      while (waiter->handed == 0 && log.empty()) {
        CO_YIELD();
      }
      CHECK(log == std::vector<int>{1});
      CHECK(word.count() == 0);
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

TEST_CASE("sema: keys that share a bucket keep separate queues") {
  Harness h(2);
  struct Main : Task {
    Harness& h;
    SemaTable tab;
    // 251 slots apart: same bucket (the table hashes addr/8 mod 251).
    std::vector<Slot> words = std::vector<Slot>(251 * 3 + 1);
    std::vector<int> log;
    std::mutex mu;
    int i = 0;
    explicit Main(Harness& h) : h(h) {}
    Slot* key(int k) { return &words[size_t(251 * k)]; }
    size_t logged() {
      std::lock_guard lk(mu);
      return log.size();
    }
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      for (i = 0; i < 8; ++i) {
        h.go(w, std::make_unique<Waiter>(tab, key(i % 4), false, i, log, mu));
        while (tab.waiters(key(i % 4)) < size_t(i / 4 + 1)) {
          CO_YIELD();
        }
      }
      CHECK(tab.waiters(key(2)) == 2);
      // Release keys 2, 0, 3, 1, 2 ...: each wakes its own key's waiters in order.
      for (i = 0; i < 8; ++i) {
        tab.release(w, key((i * 3 + 2) % 4), false);
        while (logged() < size_t(i + 1)) {
          CO_YIELD();
        }
      }
      CHECK(log == std::vector<int>{2, 1, 0, 3, 6, 5, 4, 7});
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

namespace {

// A counting semaphore of K units guarding a critical section entered by
// many goroutines; never more than K inside, nobody lost.
constexpr int kGs = 40, kRounds = 300;

struct Bounded {
  SemaTable tab;
  Word word;
  std::atomic<int> inside{0}, most{0}, entered{0}, finished{0};
};

struct Worker_ : Task {
  Bounded& b;
  int rounds, i = 0;
  bool handoff;
  Slot res{};
  int handed = 0;
  Worker_(Bounded& b, int rounds, bool handoff) : b(b), rounds(rounds), handoff(handoff) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (i = 0; i < rounds; ++i) {
      CO_SEMACQUIRE(b.tab, &b.word.s, i % 3 == 0, &res, handed);
      {
        int n = b.inside.fetch_add(1) + 1;
        int m = b.most.load();
        while (n > m && !b.most.compare_exchange_weak(m, n)) {
        }
        b.entered.fetch_add(1);
      }
      if (i % 2) {
        CO_YIELD();  // hold the unit across a reschedule
      }
      b.inside.fetch_sub(1);
      if (b.tab.release(w, &b.word.s, handoff && i % 4 == 1)) {
        CO_YIELD();  // a hand-off yields, as the native does
      }
    }
    b.finished.fetch_add(1);
    CO_END;
  }
};

}  // namespace

TEST_CASE("sema: a counting semaphore under contention admits at most its units") {
  for (int n : kWorkerCounts) {
    for (bool handoff : {false, true}) {
      CAPTURE(n);
      CAPTURE(handoff);
      Harness h(n);
      Bounded b;
      b.word.s.u = 3;
      struct Main : Task {
        Harness& h;
        Bounded& b;
        bool handoff;
        int i = 0;
        Main(Harness& h, Bounded& b, bool handoff) : h(h), b(b), handoff(handoff) {}
        RunResult step(Worker& w, G*) override {
          CO_BEGIN;
          for (i = 0; i < kGs; ++i) h.go(w, std::make_unique<Worker_>(b, kRounds, handoff));
          while (b.finished.load() < kGs) {
            CO_YIELD();
          }
          w.sched->exit_program(0);
          return RunResult::ProgramExit;
          CO_END;
        }
      };
      CHECK(h.run(std::make_unique<Main>(h, b, handoff)) == 0);
      CHECK(b.entered.load() == kGs * kRounds);
      CHECK(b.most.load() <= 3);
      CHECK(b.most.load() >= 1);
      CHECK(b.word.count() == 3);
      CHECK(b.tab.waiters(&b.word.s) == 0);
    }
  }
}

namespace {

// A notify list's two counters, as sync.notifyList's first slots.
struct List {
  Slot s[5]{};
  uint32_t take_ticket() {
    return static_cast<uint32_t>(__atomic_fetch_add(&s[0].u, 1, __ATOMIC_SEQ_CST));
  }
};

struct CondWaiter : Task {
  SemaTable& tab;
  List& l;
  uint32_t ticket;
  int id;
  std::vector<int>& log;
  std::mutex& mu;
  CondWaiter(SemaTable& t, List& l, uint32_t ticket, int id, std::vector<int>& log, std::mutex& mu)
      : tab(t), l(l), ticket(ticket), id(id), log(log), mu(mu) {}
  RunResult step(Worker&, G* g) override {
    CO_BEGIN;
    CO_NOTIFY_WAIT(tab, l.s, ticket);
    {
      std::lock_guard lk(mu);
      log.push_back(id);
    }
    CO_END;
  }
};

}  // namespace

TEST_CASE("sema: notify lists wake tickets in order, count early signals, broadcast all") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    struct Main : Task {
      Harness& h;
      SemaTable tab;
      List l;
      std::vector<int> log;
      std::mutex mu;
      int i = 0;
      explicit Main(Harness& h) : h(h) {}
      size_t logged() {
        std::lock_guard lk(mu);
        return log.size();
      }
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        // Nobody holds a ticket: signals are no-ops.
        tab.notify_one(w, l.s);
        tab.notify_all(w, l.s);
        CHECK(l.s[1].u == 0);
        {
          // Tickets 0..3 taken in order, but the waiters park in the order
          // 2, 0, 3, 1 (as goroutines released from a Cond's lock may).
          uint32_t t[4];
          for (int k = 0; k < 4; ++k) t[k] = l.take_ticket();
          for (int k : {2, 0, 3, 1}) h.go(w, std::make_unique<CondWaiter>(tab, l, t[k], k, log, mu));
        }
        while (tab.waiters(l.s) < 4) {
          CO_YIELD();
        }
        // Signal wakes the oldest ticket, whatever the parking order.
        for (i = 0; i < 2; ++i) {
          tab.notify_one(w, l.s);
          while (logged() < size_t(i + 1)) {
            CO_YIELD();
          }
        }
        CHECK(log == std::vector<int>{0, 1});
        // A ticket notified before its holder waits: the wait returns at once.
        {
          uint32_t t = l.take_ticket();  // ticket 4
          tab.notify_one(w, l.s);        // notifies ticket 2 (parked) ...
          tab.notify_one(w, l.s);        // ... 3 (parked) ...
          tab.notify_one(w, l.s);        // ... and 4, not parked yet
          CHECK(tab.notify_wait(g, l.s, t) == SemaStatus::Done);
        }
        while (logged() < 4) {
          CO_YIELD();
        }
        // Both readied at once: they may run in either order.
        CHECK(log.size() == 4);
        std::sort(log.begin() + 2, log.end());
        CHECK(log == std::vector<int>{0, 1, 2, 3});
        // Broadcast: everyone holding a ticket now.
        for (i = 0; i < 5; ++i) h.go(w, std::make_unique<CondWaiter>(tab, l, l.take_ticket(), 10 + i, log, mu));
        while (tab.waiters(l.s) < 5) {
          CO_YIELD();
        }
        tab.notify_all(w, l.s);
        CHECK(l.s[1].u == l.s[0].u);
        while (logged() < 9) {
          CO_YIELD();
        }
        CHECK(tab.waiters(l.s) == 0);
        w.sched->exit_program(0);
        return RunResult::ProgramExit;
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 0);
  }
}

TEST_CASE("sema: a goroutine parked for ever is seen by the deadlock check") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    std::atomic<int> reports{0};
    WaitReason why = WaitReason::None;
    h.sched.on_deadlock = [&] {
      reports.fetch_add(1);
      h.sched.for_each_g([&](G* g) { why = g->wait_reason; });
    };
    struct Main : Task {
      SemaTable tab;
      Word word;
      Slot res{};
      int handed = 0;
      RunResult step(Worker&, G* g) override {
        CO_BEGIN;
        CO_SEMACQUIRE(tab, &word.s, false, &res, handed);
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>()) == 2);
    CHECK(reports.load() == 1);
    CHECK(why == WaitReason::Semacquire);
  }
}
