// Channel tests with a fake executor (tests/unit/sched_fixture.hpp), over 1,
// 2 and 8 workers: hand-off, buffering, FIFO order, close, nil channels and
// checksums proving every value is delivered exactly once.
#include <atomic>
#include <algorithm>
#include <chrono>
#include <thread>

#include "tests/unit/sched_fixture.hpp"

using namespace csp;
using namespace csp::test;

namespace {

// Receives `n` values from `in`, replies with value + 1 on `out`.
struct Echo : Task {
  Chan *in, *out;
  int n, i = 0;
  Slot v{};
  Echo(Chan* in, Chan* out, int n) : in(in), out(out), n(n) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (i = 0; i < n; ++i) {
      CO_RECV(in, &v, nullptr);
      CO_SEND(out, slot_i(v.i + 1));
    }
    CO_END;
  }
};

// Ping-pong: sends i, expects i + 1 back, n times; then exits the program.
struct PingMain : Task {
  Harness& h;
  uint32_t cap;
  int n, i = 0;
  bool ok = true;
  Chan *a = nullptr, *b = nullptr;
  Slot v{};
  PingMain(Harness& h, uint32_t cap, int n) : h(h), cap(cap), n(n) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    a = h.chan(cap);
    b = h.chan(cap);
    h.go(w, std::make_unique<Echo>(a, b, n));
    for (i = 0; i < n; ++i) {
      CO_SEND(a, slot_i(i));
      CO_RECV(b, &v, nullptr);
      if (v.i != i + 1) ok = false;
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

// Pipeline stage: forwards value + 1 from `in` to `out` until `in` closes,
// then closes `out`.
struct Stage : Task {
  Chan *in, *out;
  Slot v{}, ok{};
  Stage(Chan* in, Chan* out) : in(in), out(out) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (;;) {
      CO_RECV(in, &v, &ok);
      if (!ok.i) break;
      CO_SEND(out, slot_i(v.i + 1));
    }
    CHECK(chan_close(w, out) == nullptr);
    CO_END;
  }
};

struct PipelineMain : Task {
  Harness& h;
  uint32_t cap;
  int stages, n, i = 0;
  int64_t sum = 0;
  Chan *first = nullptr, *last = nullptr;
  Slot v{}, ok{};
  PipelineMain(Harness& h, uint32_t cap, int stages, int n)
      : h(h), cap(cap), stages(stages), n(n) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    first = last = h.chan(cap);
    for (int s = 0; s < stages; ++s) {
      Chan* next = h.chan(cap);
      h.go(w, std::make_unique<Stage>(last, next));
      last = next;
    }
    // A feeder goroutine, so main can drain concurrently.
    struct Feeder : Task {
      Chan* c;
      int n, i = 0;
      Feeder(Chan* c, int n) : c(c), n(n) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        for (i = 0; i < n; ++i) {
          CO_SEND(c, slot_i(i));
        }
        chan_close(w, c);
        CO_END;
      }
    };
    h.go(w, std::make_unique<Feeder>(first, n));
    for (;;) {
      CO_RECV(last, &v, &ok);
      if (!ok.i) break;
      CHECK(v.i == i + stages);  // order is preserved through the chain
      ++i;
      sum += v.i;
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

// Many producers and consumers over one channel; each value must arrive once.
struct MpmcState {
  std::vector<std::atomic<int>> seen;
  std::atomic<int64_t> sum{0};
  explicit MpmcState(int n) : seen(n) {
    for (auto& s : seen) s.store(0);
  }
};

struct Producer : Task {
  Chan *data, *done;
  int from, to, i = 0;
  Producer(Chan* d, Chan* done, int from, int to) : data(d), done(done), from(from), to(to) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (i = from; i < to; ++i) {
      CO_SEND(data, slot_i(i));
      CHECK(g->pending_panic == nullptr);
    }
    CO_SEND(done, slot_i(1));
    CO_END;
  }
};

struct Consumer : Task {
  Chan *data, *done;
  MpmcState& st;
  Slot v{}, ok{};
  Consumer(Chan* d, Chan* done, MpmcState& st) : data(d), done(done), st(st) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (;;) {
      CO_RECV(data, &v, &ok);
      if (!ok.i) break;
      st.seen[v.i].fetch_add(1, std::memory_order_relaxed);
      st.sum.fetch_add(v.i, std::memory_order_relaxed);
    }
    CO_SEND(done, slot_i(1));
    CO_END;
  }
};

struct MpmcMain : Task {
  Harness& h;
  MpmcState& st;
  uint32_t cap;
  int producers, consumers, per, i = 0;
  Chan *data = nullptr, *pdone = nullptr, *cdone = nullptr;
  Slot v{};
  MpmcMain(Harness& h, MpmcState& st, uint32_t cap, int p, int c, int per)
      : h(h), st(st), cap(cap), producers(p), consumers(c), per(per) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    data = h.chan(cap);
    pdone = h.chan(0);
    cdone = h.chan(0);
    for (int c = 0; c < consumers; ++c) h.go(w, std::make_unique<Consumer>(data, cdone, st));
    for (int p = 0; p < producers; ++p)
      h.go(w, std::make_unique<Producer>(data, pdone, p * per, (p + 1) * per));
    for (i = 0; i < producers; ++i) {
      CO_RECV(pdone, &v, nullptr);
    }
    CHECK(chan_close(w, data) == nullptr);
    for (i = 0; i < consumers; ++i) {
      CO_RECV(cdone, &v, nullptr);
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

// Receives once into `v` (pre-filled with 99) and records what it got.
struct Receiver : Task {
  Chan* c;
  std::atomic<int>& zero_closed;
  Slot v = slot_i(99), ok = slot_i(7);
  Receiver(Chan* c, std::atomic<int>& z) : c(c), zero_closed(z) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_RECV(c, &v, &ok);
    if (v.i == 0 && ok.i == 0) zero_closed.fetch_add(1);
    CO_END;
  }
};

// Sends once; records whether it resumed with the close panic.
struct Sender : Task {
  Chan* c;
  std::atomic<int>& panicked;
  Sender(Chan* c, std::atomic<int>& p) : c(c), panicked(p) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_SEND(c, slot_i(5));
    if (g->pending_panic && std::string_view(g->pending_panic) == "send on closed channel")
      panicked.fetch_add(1);
    g->pending_panic = nullptr;
    CO_END;
  }
};

// Spawns `n` goroutines made by `make`, waits until `n` of them are parked
// in c's queue, closes c, then waits for `counter` to reach n.
template <class Make>
struct CloseMain : Task {
  Harness& h;
  Chan* c;
  Make make;
  int n;
  bool senders;
  std::atomic<int>& counter;
  CloseMain(Harness& h, Chan* c, Make m, int n, bool senders, std::atomic<int>& counter)
      : h(h), c(c), make(m), n(n), senders(senders), counter(counter) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    for (int i = 0; i < n; ++i) h.go(w, make());
    while (queue_len(c, senders) < n) {
      CO_YIELD();
    }
    CHECK(chan_close(w, c) == nullptr);
    CHECK(std::string_view(chan_close(w, c)) == "close of closed channel");
    while (counter.load() < n) {
      CO_YIELD();
    }
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};
template <class Make>
std::unique_ptr<Task> close_main(Harness& h, Chan* c, Make m, int n, bool senders,
                                 std::atomic<int>& counter) {
  return std::make_unique<CloseMain<Make>>(h, c, m, n, senders, counter);
}

}  // namespace

TEST_CASE("chan: ping-pong over unbuffered and buffered channels") {
  for (int n : kWorkerCounts) {
    for (uint32_t cap : {0u, 1u, 8u}) {
      CAPTURE(n);
      CAPTURE(cap);
      Harness h(n);
      auto m = std::make_unique<PingMain>(h, cap, 20000);
      PingMain* p = m.get();
      CHECK(h.run(std::move(m)) == 0);
      CHECK(p->ok);
    }
  }
}

TEST_CASE("chan: a pipeline preserves order and closes through") {
  for (int n : kWorkerCounts) {
    for (uint32_t cap : {0u, 3u}) {
      CAPTURE(n);
      CAPTURE(cap);
      Harness h(n);
      constexpr int kStages = 50, kN = 2000;
      auto m = std::make_unique<PipelineMain>(h, cap, kStages, kN);
      PipelineMain* p = m.get();
      CHECK(h.run(std::move(m)) == 0);
      CHECK(p->i == kN);
      CHECK(p->sum == int64_t(kN) * (kN - 1) / 2 + int64_t(kN) * kStages);
    }
  }
}

TEST_CASE("chan: many producers and consumers deliver every value exactly once") {
  for (int n : kWorkerCounts) {
    for (uint32_t cap : {0u, 1u, 64u}) {
      CAPTURE(n);
      CAPTURE(cap);
      Harness h(n);
      constexpr int kP = 8, kC = 5, kPer = 5000;
      MpmcState st(kP * kPer);
      CHECK(h.run(std::make_unique<MpmcMain>(h, st, cap, kP, kC, kPer)) == 0);
      int bad = 0;
      for (auto& s : st.seen) bad += s.load() != 1;
      CHECK(bad == 0);
      CHECK(st.sum.load() == int64_t(kP * kPer) * (kP * kPer - 1) / 2);
    }
  }
}

TEST_CASE("chan: a full buffer with a waiting sender stays FIFO") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    struct Main : Task {
      Harness& h;
      Chan* c = nullptr;
      int i = 0;
      Slot v{};
      std::vector<int64_t> got;
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        c = h.chan(2);
        struct Send5 : Task {
          Chan* c;
          int i = 0;
          explicit Send5(Chan* c) : c(c) {}
          RunResult step(Worker& w, G* g) override {
            CO_BEGIN;
            for (i = 1; i <= 5; ++i) {
              CO_SEND(c, slot_i(i));
            }
            CO_END;
          }
        };
        h.go(w, std::make_unique<Send5>(c));
        while (queue_len(c, true) < 1) {  // buffer full, third value waiting
          CO_YIELD();
        }
        CHECK(chan_len(c) == 2);
        CHECK(chan_cap(c) == 2);
        for (i = 0; i < 5; ++i) {
          CO_RECV(c, &v, nullptr);
          got.push_back(v.i);
        }
        CHECK(got == std::vector<int64_t>{1, 2, 3, 4, 5});
        w.sched->exit_program(0);
        return RunResult::ProgramExit;
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 0);
  }
}

TEST_CASE("chan: close wakes blocked receivers with the zero value and ok == false") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    Chan* c = h.chan(0);
    std::atomic<int> zero_closed{0};
    auto make = [&] { return std::make_unique<Receiver>(c, zero_closed); };
    CHECK(h.run(close_main(h, c, make, 30, false, zero_closed)) == 0);
    CHECK(zero_closed.load() == 30);
  }
}

TEST_CASE("chan: close makes blocked senders panic") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    Chan* c = h.chan(0);
    std::atomic<int> panicked{0};
    auto make = [&] { return std::make_unique<Sender>(c, panicked); };
    CHECK(h.run(close_main(h, c, make, 30, true, panicked)) == 0);
    CHECK(panicked.load() == 30);
  }
}

TEST_CASE("chan: closed buffered channel drains before reporting closed") {
  Harness h(1);
  struct Main : Task {
    Harness& h;
    Chan* c = nullptr;
    Slot v{}, ok{};
    explicit Main(Harness& h) : h(h) {}
    RunResult step(Worker& w, G* g) override {
      CO_BEGIN;
      c = h.chan(4);
      CO_SEND(c, slot_i(10));
      CO_SEND(c, slot_i(20));
      CHECK(chan_close(w, c) == nullptr);
      CHECK(chan_send(w, g, c, slot_i(30)) == ChanStatus::Closed);
      CO_RECV(c, &v, &ok);
      CHECK(v.i == 10);
      CHECK(ok.i == 1);
      CO_RECV(c, &v, &ok);
      CHECK(v.i == 20);
      CO_RECV(c, &v, &ok);
      CHECK(v.i == 0);
      CHECK(ok.i == 0);
      CHECK(chan_len(c) == 0);
      CHECK(std::string_view(chan_close(w, nullptr)) == "close of nil channel");
      CHECK(chan_len(nullptr) == 0);
      CHECK(chan_cap(nullptr) == 0);
      w.sched->exit_program(0);
      return RunResult::ProgramExit;
      CO_END;
    }
  };
  CHECK(h.run(std::make_unique<Main>(h)) == 0);
}

TEST_CASE("chan: nil channels block forever and a blocked main deadlocks") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    int calls = 0;
    std::vector<std::string> reasons;
    h.sched.on_deadlock = [&] {
      ++calls;
      h.sched.for_each_g([&](G* g) { reasons.push_back(wait_reason_string(g->wait_reason)); });
    };
    struct NilSender : Task {
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        CO_SEND(nullptr, slot_i(1));
        FAIL("nil send returned");
        CO_END;
      }
    };
    struct Main : Task {
      Harness& h;
      Slot v{};
      explicit Main(Harness& h) : h(h) {}
      RunResult step(Worker& w, G* g) override {
        CO_BEGIN;
        h.go(w, std::make_unique<NilSender>());
        CO_RECV(h.chan(0), &v, nullptr);  // nobody will ever send
        FAIL("main resumed");
        CO_END;
      }
    };
    CHECK(h.run(std::make_unique<Main>(h)) == 2);
    CHECK(calls == 1);
    std::sort(reasons.begin(), reasons.end());
    CHECK(reasons == std::vector<std::string>{"chan receive", "chan send (nil chan)"});
  }
}

// Not a test: the cost of an unbuffered hand-off with the fake executor.
// Run with: unit_tests -tc="bench: *" --no-skip
TEST_CASE("bench: ping-pong round trip" * doctest::skip()) {
  for (int n : {1, 2}) {
    Harness h(n);
    constexpr int kN = 1000000;
    auto t0 = std::chrono::steady_clock::now();
    CHECK(h.run(std::make_unique<PingMain>(h, 0, kN)) == 0);
    double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("workers=" << n << ": " << ns / kN << " ns per round trip");
  }
}

namespace {

// Go's "whispers": a chain of goroutines, each receiving from its right
// neighbour and sending value + 1 to its left.
struct Whisper : Task {
  Chan *left, *right;
  Slot v{};
  Whisper(Chan* l, Chan* r) : left(l), right(r) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    CO_RECV(right, &v, nullptr);
    CO_SEND(left, slot_i(v.i + 1));
    CO_END;
  }
};

struct WhispersMain : Task {
  Harness& h;
  int n;
  Chan *leftmost = nullptr, *right = nullptr;
  Slot v{};
  WhispersMain(Harness& h, int n) : h(h), n(n) {}
  RunResult step(Worker& w, G* g) override {
    CO_BEGIN;
    leftmost = h.chan(0);
    right = leftmost;
    for (int i = 0; i < n; ++i) {
      Chan* left = right;
      right = h.chan(0);
      G* c = h.sched.new_g(&w);
      c->ensure_stack(0, 8);  // what the interpreter would give a small function
      c->push_frame();
      c->user = h.own(std::make_unique<Whisper>(left, right));
      h.sched.spawn(w, c);
    }
    CO_SEND(right, slot_i(1));
    CO_RECV(leftmost, &v, nullptr);
    CHECK(v.i == n + 1);
    w.sched->exit_program(0);
    return RunResult::ProgramExit;
    CO_END;
  }
};

}  // namespace

TEST_CASE("chan: whispers down a chain of 10000 goroutines") {
  for (int n : kWorkerCounts) {
    CAPTURE(n);
    Harness h(n);
    CHECK(h.run(std::make_unique<WhispersMain>(h, 10000)) == 0);
  }
}

TEST_CASE("bench: whispers over 100000 goroutines" * doctest::skip()) {
  for (int n : {1, 2}) {
    Harness h(n);
    auto t0 = std::chrono::steady_clock::now();
    CHECK(h.run(std::make_unique<WhispersMain>(h, 100000)) == 0);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("workers=" << n << ": " << ms << " ms");
  }
}

TEST_CASE("chan: the channel lock excludes under contention") {
  Chan* c = chan_new(calloc_alloc, nullptr, 0);
  int64_t counter = 0;  // plain: only the lock protects it
  std::atomic<int64_t> lens{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&] {
      for (int i = 0; i < 20000; ++i) {
        c->lock();
        ++counter;
        // Now and then hold the lock long enough that waiters go to sleep.
        if (i % 1000 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
        c->unlock();
        lens.fetch_add(chan_len(c), std::memory_order_relaxed);  // racy by design, but atomic
      }
    });
  for (auto& t : ts) t.join();
  CHECK(counter == 80000);
  CHECK(lens.load() == 0);
  std::free(c);
}
