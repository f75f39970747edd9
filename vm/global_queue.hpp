// The scheduler's global run queue (vm/sched.cpp keeps it under the
// scheduler lock; this class does no locking of its own).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace csp {

struct G;

// A FIFO ring of G pointers that doubles when full and halves when mostly
// empty. An array rather than a list chained through the Gs (Go's gQueue):
// moving a batch in or out then touches no G, where the chain cost a cache miss per
// G on each side (1M goroutines in skynet), and no G field is shared with
// the free lists (sched_link), which twice made a race.
class GlobalQueue {
 public:
  uint32_t size() const { return count_; }
  void push(G* g) {
    if (count_ == ring_.size()) grow();
    ring_[(head_ + count_++) & (ring_.size() - 1)] = g;
  }
  G* front() const { return ring_[head_]; }  // not empty
  G* pop() {  // not empty
    G* g = ring_[head_];
    head_ = (head_ + 1) & (ring_.size() - 1);
    --count_;
    // Give memory back once mostly empty (a burst of a million goroutines
    // must not keep 8 MB for the rest of the run).
    if (ring_.size() > 4096 && count_ < ring_.size() / 8) resize(ring_.size() / 2);
    return g;
  }

 private:
  void grow() { resize(std::max<size_t>(2 * ring_.size(), 256)); }
  void resize(size_t cap) {
    std::vector<G*> ring(cap);
    for (uint32_t i = 0; i < count_; ++i) ring[i] = ring_[(head_ + i) & (ring_.size() - 1)];
    ring_.swap(ring);
    head_ = 0;
  }
  std::vector<G*> ring_;  // size 0 or a power of two
  uint32_t head_ = 0;
  uint32_t count_ = 0;
};

}  // namespace csp
