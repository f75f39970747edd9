// Select tests with the fake executor (tests/unit/sched_fixture.hpp), over
// 1, 2 and 8 workers: the poll without blocking, default, nil channels,
// parking on several channels and waking from any one of them (the others'
// links leave their queues), close waking a parked select, uniform choice,
// the deadlock reasons, and many goroutines selecting on shared channels
// with every value delivered exactly once.
#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "tests/unit/sched_fixture.hpp"
#include "vm/select.hpp"

using namespace csp;
using namespace csp::test;

// Runs a select; after a park, resumes it (pass 3) when the task runs again.
// `st` receives the status, `chosen` and `okv` the outcome. After Blocked
// the task may already run elsewhere: nothing is written to it.
#define CO_SELECT(cases, n, nsends, block, recv, st, chosen, okv)                       \
  pc = __LINE__;                                                                       \
  {                                                                                    \
    SelectStatus s_ = select_go(w, g, (cases), (n), (nsends), (block), (recv), &(chosen), \
                                &(okv));                                               \
    if (s_ == SelectStatus::Blocked) return RunResult::Parked;                         \
    st = s_;                                                                           \
  }                                                                                    \
  [[fallthrough]];                                                                     \
  case __LINE__:                                                                       \
  if (select_parked(g)) st = select_resume(g, &(chosen), &(okv));

namespace {

Slot chan_slot(Chan* c) {
  Slot s{};
  s.p = c;
  return s;
}

// Sends one value on c, then exits.
struct OneSend : Task {
  Chan* c;
  Slot v;
  OneSend(Chan* c, int64_t v) : c(c), v(slot_i(v)) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_SEND(c, v);
    CO_END;
  }
};

// Receives one value from c into *out, then exits.
struct OneRecv : Task {
  Chan* c;
  std::atomic<int64_t>* out;
  Slot v{};
  OneRecv(Chan* c, std::atomic<int64_t>* out) : c(c), out(out) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_RECV(c, &v, nullptr);
    out->store(v.i);
    CO_END;
  }
};

struct Closer : Task {
  Chan* c;
  explicit Closer(Chan* c) : c(c) {}
  RunResult step(Worker& w, G*) override {
    CHECK(chan_close(w, c) == nullptr);
    return RunResult::Exited;
  }
};

}  // namespace

TEST_CASE("select: without blocking, default and nil channels") {
  Harness h(1);
  struct Main : Task {
    Harness& h;
    Slot cases[6]{}, recv{};
    int chosen = -2;
    bool ok = false;
    SelectStatus st{};
    explicit Main(Harness& h) : h(h) {}
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      {
        Chan* full = h.chan(1);
        Chan* ready = h.chan(2);
        CHECK(chan_buf_put(full, slot_i(1)));
        CHECK(chan_buf_put(ready, slot_i(42)));
        // send on full (not ready), receive on nil (never), receive on ready.
        cases[0] = chan_slot(full);
        cases[1] = slot_i(5);
        cases[2] = chan_slot(nullptr);
        cases[4] = chan_slot(ready);
        CHECK(select_go(w, g, cases, 3, 1, false, &recv, &chosen, &ok) == SelectStatus::Done);
        CHECK(chosen == 2);
        CHECK(recv.i == 42);
        CHECK(ok);
        // Nothing ready: the default.
        CHECK(select_go(w, g, cases, 3, 1, false, &recv, &chosen, &ok) == SelectStatus::Done);
        CHECK(chosen == -1);
        // No cases with a default, and only nil channels with a default.
        CHECK(select_go(w, g, cases, 0, 0, false, &recv, &chosen, &ok) == SelectStatus::Done);
        CHECK(chosen == -1);
        cases[0] = chan_slot(nullptr);
        CHECK(select_go(w, g, cases, 1, 1, false, &recv, &chosen, &ok) == SelectStatus::Done);
        CHECK(chosen == -1);
        // A closed channel: receives are ready (zero, !ok), sends panic.
        CHECK(chan_close(w, ready) == nullptr);
        recv = slot_i(7);
        CHECK(select_go(w, g, cases, 3, 1, false, &recv, &chosen, &ok) == SelectStatus::Done);
        CHECK(chosen == 2);
        CHECK(recv.i == 0);
        CHECK(!ok);
        cases[0] = chan_slot(ready);
        cases[4] = chan_slot(nullptr);
        CHECK(select_go(w, g, cases, 3, 1, false, &recv, &chosen, &ok) == SelectStatus::SendClosed);
        CHECK(chosen == 0);
        CHECK(!select_parked(g));
      }
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

TEST_CASE("select: a parked select wakes on one channel and leaves the others' queues") {
  for (int n : kWorkerCounts) {
    for (int which = 0; which < 3; ++which) {
      CAPTURE(n);
      CAPTURE(which);
      Harness h(n);
      struct Main : Task {
        Harness& h;
        int which;
        Chan *a = nullptr, *b = nullptr, *c = nullptr;
        Slot cases[6]{}, recv{};
        int chosen = -2;
        bool ok = false;
        SelectStatus st{};
        std::atomic<int64_t> got{-1};
        Main(Harness& h, int which) : h(h), which(which) {}
        RunResult step(Worker& w, G* g) override {
          CO_BEGIN;
          a = h.chan(0);
          b = h.chan(0);
          c = h.chan(0);
          // Case 0 sends 9 on a; cases 1 and 2 receive from b and c.
          cases[0] = chan_slot(a);
          cases[1] = slot_i(9);
          cases[2] = chan_slot(b);
          cases[4] = chan_slot(c);
          if (which == 0) h.go(w, std::make_unique<OneRecv>(a, &got));
          if (which == 1) h.go(w, std::make_unique<OneSend>(b, 11));
          if (which == 2) h.go(w, std::make_unique<Closer>(c));
          CO_SELECT(cases, 3, 1, true, &recv, st, chosen, ok);
          CHECK(st == SelectStatus::Done);
          CHECK(chosen == which);
          if (which == 1) {
            CHECK(recv.i == 11);
            CHECK(ok);
          }
          if (which == 2) CHECK(!ok);
          // No link of this select is left in any queue.
          CHECK(queue_len(a, true) == 0);
          CHECK(queue_len(b, false) == 0);
          CHECK(queue_len(c, false) == 0);
          CHECK(g->select_done.load() == 0);
          if (which == 0) {
            // The receiver got 9 (it may not have stored it yet).
            while (got.load() < 0) {
              CO_YIELD();
            }
            CHECK(got.load() == 9);
          }
          w.sched->exit_program(0);
          return RunResult::ProgramExit;
          CO_END;
        }
      };
      CHECK(h.run(std::make_unique<Main>(h, which)) == 0);
    }
  }
}

TEST_CASE("select: close wakes a parked select send, which then panics") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    struct Main : Task {
      Harness& h;
      Slot cases[4]{}, recv{};
      int chosen = -2;
      bool ok = false;
      SelectStatus st{};
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        cases[0] = chan_slot(h.chan(0));
        cases[1] = slot_i(1);
        cases[2] = chan_slot(h.chan(0));  // a receive nobody serves
        h.go(w, std::make_unique<Closer>(static_cast<Chan*>(cases[0].p)));
        CO_SELECT(cases, 2, 1, true, &recv, st, chosen, ok);
        CHECK(st == SelectStatus::SendClosed);
        CHECK(chosen == 0);
        CHECK(g->pending_panic == nullptr);  // a select reports it itself
        CHECK(queue_len(static_cast<Chan*>(cases[2].p), false) == 0);
        w.sched->exit_program(0);
        return RunResult::ProgramExit;
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 0);
  }
}

TEST_CASE("select: ready cases are chosen uniformly") {
  Harness h(1);
  struct Main : Task {
    Harness& h;
    int counts[4] = {};
    explicit Main(Harness& h) : h(h) {}
    RunResult step(Worker& w, G* g) override {
      Chan* cs[4];
      Slot cases[8]{}, recv{};
      for (int k = 0; k < 4; ++k) {
        cs[k] = h.chan(1);
        cases[2 * k] = chan_slot(cs[k]);
      }
      cases[1] = slot_i(1);  // case 0 sends into an empty buffer: always ready
      for (int i = 0; i < 40000; ++i) {
        for (int k = 1; k < 4; ++k)
          if (chan_len(cs[k]) == 0) chan_buf_put(cs[k], slot_i(k));
        int chosen = -1;
        bool ok = false;
        REQUIRE(select_go(w, g, cases, 4, 1, true, &recv, &chosen, &ok) == SelectStatus::Done);
        ++counts[chosen];
        if (chosen == 0) chan_buf_take(cs[0], nullptr);
        else CHECK(recv.i == chosen);
      }
      for (int k = 0; k < 4; ++k) {
        CAPTURE(k);
        CHECK(counts[k] > 9000);
        CHECK(counts[k] < 11000);
      }
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

TEST_CASE("select: the deadlock report says select and select (no cases)") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    std::vector<std::string> reasons;
    h.sched.on_deadlock = [&] {
      h.sched.for_each_g([&](G* g) { reasons.push_back(wait_reason_string(g->wait_reason)); });
    };
    struct Empty : Task {
      Slot recv{};
      RunResult step(Worker& w, G* g) override {
        int chosen;
        bool ok;
        CHECK(select_go(w, g, nullptr, 0, 0, true, &recv, &chosen, &ok) == SelectStatus::Blocked);
        return RunResult::Parked;
      }
    };
    struct Main : Task {
      Harness& h;
      Slot cases[4]{}, recv{};
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        h.go(w, std::make_unique<Empty>());
        cases[0] = chan_slot(h.chan(0));
        cases[2] = chan_slot(nullptr);
        int chosen;
        bool ok;
        CHECK(select_go(w, g, cases, 2, 0, true, &recv, &chosen, &ok) == SelectStatus::Blocked);
        return RunResult::Parked;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 2);
    std::sort(reasons.begin(), reasons.end());
    CHECK(reasons == std::vector<std::string>{"select", "select (no cases)"});
  }
}

namespace {

constexpr int kShared = 4;

struct FanState {
  std::vector<std::atomic<int>> seen;
  explicit FanState(int n) : seen(n) {
    for (auto& s : seen) s.store(0);
  }
};

// Sends [from, to) with a select over every shared channel (any may take
// each value), then a done token.
struct SelectProducer : Task {
  Chan** chans;
  Chan* done;
  int from, to, i = 0;
  Slot cases[2 * kShared]{}, recv{};
  int chosen = -1;
  bool ok = false;
  SelectStatus st{};
  SelectProducer(Chan** chans, Chan* done, int from, int to)
      : chans(chans), done(done), from(from), to(to) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (i = from; i < to; ++i) {
      for (int k = 0; k < kShared; ++k) {
        cases[2 * k] = chan_slot(chans[k]);
        cases[2 * k + 1] = slot_i(i);
      }
      CO_SELECT(cases, kShared, kShared, true, &recv, st, chosen, ok);
      REQUIRE(st == SelectStatus::Done);
    }
    CO_SEND(done, slot_i(1));
    CO_END;
  }
};

// Receives with a select over every shared channel until all are closed
// (a closed one becomes nil), then a done token.
struct SelectConsumer : Task {
  Chan** chans;
  Chan* done;
  FanState& st_;
  Slot cases[2 * kShared]{}, recv{};
  int open = kShared, chosen = -1;
  bool ok = false;
  SelectStatus st{};
  SelectConsumer(Chan** chans, Chan* done, FanState& s) : chans(chans), done(done), st_(s) {
    for (int k = 0; k < kShared; ++k) cases[2 * k] = chan_slot(chans[k]);
  }
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    while (open > 0) {
      CO_SELECT(cases, kShared, 0, true, &recv, st, chosen, ok);
      REQUIRE(st == SelectStatus::Done);
      if (!ok) {
        cases[2 * chosen] = chan_slot(nullptr);
        --open;
        continue;
      }
      st_.seen[recv.i].fetch_add(1, std::memory_order_relaxed);
    }
    CO_SEND(done, slot_i(1));
    CO_END;
  }
};

struct FanMain : Task {
  Harness& h;
  FanState& st;
  uint32_t cap;
  int producers, consumers, per, i = 0;
  Chan* chans[kShared]{};
  Chan *pdone = nullptr, *cdone = nullptr;
  Slot v{};
  FanMain(Harness& h, FanState& st, uint32_t cap, int p, int c, int per)
      : h(h), st(st), cap(cap), producers(p), consumers(c), per(per) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (int k = 0; k < kShared; ++k) chans[k] = h.chan(k % 2 ? cap : 0);
    pdone = h.chan(0);
    cdone = h.chan(0);
    for (int c = 0; c < consumers; ++c) h.go(w, std::make_unique<SelectConsumer>(chans, cdone, st));
    for (int p = 0; p < producers; ++p)
      h.go(w, std::make_unique<SelectProducer>(chans, pdone, p * per, (p + 1) * per));
    for (i = 0; i < producers; ++i) {
      CO_RECV(pdone, &v, nullptr);
    }
    for (int k = 0; k < kShared; ++k) CHECK(chan_close(w, chans[k]) == nullptr);
    for (i = 0; i < consumers; ++i) {
      CO_RECV(cdone, &v, nullptr);
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

}  // namespace

TEST_CASE("select: many goroutines selecting on shared channels deliver every value once") {
  for (int n : kWorkerCounts) {
    for (uint32_t cap : {0u, 2u}) {
      CAPTURE(n);
      CAPTURE(cap);
      Harness h(n);
      constexpr int kP = 6, kC = 5, kPer = 3000;
      FanState st(kP * kPer);
      CHECK(h.run(std::make_unique<FanMain>(h, st, cap, kP, kC, kPer)) == 0);
      int bad = 0;
      for (auto& s : st.seen) bad += s.load() != 1;
      CHECK(bad == 0);
    }
  }
}
