// RunQueue: the bounded SPMC ring. The concurrent test checks that with one
// owner pushing/popping and several thieves stealing, every G is taken exactly
// once. GlobalQueue: the scheduler's unbounded overflow ring.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "vm/global_queue.hpp"
#include "vm/sched.hpp"

using namespace csp;

TEST_CASE("runq: push and pop are FIFO; full queue refuses") {
  RunQueue q;
  std::vector<G> gs(RunQueue::kSize + 1);
  CHECK(q.pop() == nullptr);
  for (uint32_t i = 0; i < RunQueue::kSize; ++i) CHECK(q.push(&gs[i]));
  CHECK(q.size() == RunQueue::kSize);
  CHECK_FALSE(q.push(&gs[RunQueue::kSize]));
  G* buf[RunQueue::kSize];
  CHECK(q.take(buf, 10) == 10);
  for (int i = 0; i < 10; ++i) CHECK(buf[i] == &gs[i]);
  for (uint32_t i = 10; i < RunQueue::kSize; ++i) CHECK(q.pop() == &gs[i]);
  CHECK(q.pop() == nullptr);
  CHECK(q.size() == 0);
  // Wrap around the ring several times.
  for (int round = 0; round < 5; ++round) {
    for (int i = 0; i < 200; ++i) CHECK(q.push(&gs[i]));
    for (int i = 0; i < 200; ++i) CHECK(q.pop() == &gs[i]);
  }
}

TEST_CASE("runq: steal takes half from the head") {
  RunQueue victim, thief;
  std::vector<G> gs(100);
  for (auto& g : gs) victim.push(&g);
  CHECK(victim.steal_into(thief) == 50);
  CHECK(victim.size() == 50);
  CHECK(thief.size() == 50);
  for (int i = 0; i < 50; ++i) CHECK(thief.pop() == &gs[i]);
  for (int i = 50; i < 100; ++i) CHECK(victim.pop() == &gs[i]);
  CHECK(victim.steal_into(thief) == 0);
  victim.push(&gs[0]);
  CHECK(victim.steal_into(thief) == 1);  // a single G is stolen, not left behind
  CHECK(thief.pop() == &gs[0]);
}

TEST_CASE("runq: concurrent owner and thieves take every G exactly once") {
  constexpr int kTotal = 200000;
  constexpr int kThieves = 3;
  std::vector<G> gs(kTotal);
  std::vector<std::atomic<int>> taken(kTotal);
  for (auto& t : taken) t.store(0);
  RunQueue victim;
  std::atomic<bool> done{false};
  std::atomic<int> count{0};
  auto mark = [&](G* g) {
    taken[g - gs.data()].fetch_add(1, std::memory_order_relaxed);
    count.fetch_add(1, std::memory_order_relaxed);
  };
  std::vector<std::thread> thieves;
  for (int k = 0; k < kThieves; ++k) {
    thieves.emplace_back([&] {
      RunQueue mine;
      while (!done.load(std::memory_order_acquire) || victim.size() > 0) {
        if (victim.steal_into(mine) == 0) std::this_thread::yield();
        while (G* g = mine.pop()) mark(g);
      }
    });
  }
  int next = 0;
  while (next < kTotal) {
    // Push a burst, then pop a little, as a worker would.
    for (int i = 0; i < 64 && next < kTotal; ++i) {
      if (!victim.push(&gs[next])) break;
      ++next;
    }
    for (int i = 0; i < 8; ++i)
      if (G* g = victim.pop()) mark(g);
  }
  done.store(true, std::memory_order_release);
  while (G* g = victim.pop()) mark(g);
  for (auto& t : thieves) t.join();
  CHECK(count.load() == kTotal);
  int bad = 0;
  for (auto& t : taken) bad += t.load() != 1;
  CHECK(bad == 0);
}

TEST_CASE("global queue: FIFO across wrap-around, growth and shrinking") {
  GlobalQueue q;
  std::vector<G> gs(20000);
  CHECK(q.size() == 0);
  // Interleave pushes and pops so the head wraps before each growth.
  size_t pushed = 0, popped = 0;
  for (size_t n : {100, 400, 1600, 6400, 100, 400}) {
    for (size_t i = 0; i < n; ++i) q.push(&gs[pushed++]);
    for (size_t i = 0; i < n / 3; ++i) {
      REQUIRE(q.front() == &gs[popped]);
      CHECK(q.pop() == &gs[popped++]);
    }
    CHECK(q.size() == pushed - popped);
  }
  // A burst far past the first capacity, then drained below an eighth: the
  // ring halves as it goes and order survives every resize.
  while (pushed < gs.size()) q.push(&gs[pushed++]);
  CHECK(q.size() == pushed - popped);
  while (q.size() > 0) CHECK(q.pop() == &gs[popped++]);
  CHECK(popped == gs.size());
  // Reusable after draining.
  q.push(&gs[7]);
  CHECK(q.pop() == &gs[7]);
  CHECK(q.size() == 0);
}
