// The per-worker run queue: a bounded single-producer, multi-consumer ring,
// after Go's runqput/runqget/runqgrab (runtime/proc.go).
//
// Invariants:
//  - Only the owning worker writes `tail_` and the ring cells; it writes cell
//    `t % kSize` and then publishes it by storing tail_ = t + 1 (release).
//  - Any thread may advance `head_`, but only by a CAS from the value it read,
//    and only after reading the cells it is taking. A failed CAS means another
//    consumer took those cells first; the reader retries with nothing lost.
//  - 0 <= tail_ - head_ <= kSize (unsigned arithmetic, so wrap-around of the
//    32-bit counters is harmless).
// The cells are relaxed atomics rather than plain pointers: a thief may read a
// cell that the owner is overwriting (after another consumer took it); that
// thief's CAS will fail and the value is discarded, but the read itself must
// not be a data race in the C++ sense.
//
// Rejected: a mutex-protected deque (a lock round trip on every schedule and
// contention with thieves), and an unbounded lock-free queue (allocation on
// the hot path, ABA handling). Overflow goes to the global queue instead.
#include <algorithm>

#include "vm/sched.hpp"

namespace csp {

bool RunQueue::push(G* g) {  // owner only
  // acquire: pairs with consumers' release CAS on head_, so the cell we are
  // about to overwrite has been read by whoever took it.
  uint32_t h = head_.load(std::memory_order_acquire);
  uint32_t t = tail_.load(std::memory_order_relaxed);  // only we write it
  if (t - h >= kSize) return false;
  ring_[t % kSize].store(g, std::memory_order_relaxed);
  // release: pairs with the acquire loads of tail_ in pop/steal_into/take,
  // publishing the cell and everything the G holds.
  tail_.store(t + 1, std::memory_order_release);
  return true;
}

G* RunQueue::pop() {  // owner only
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);  // pairs with thieves' CAS
    uint32_t t = tail_.load(std::memory_order_relaxed);  // only we write it
    if (t == h) return nullptr;
    G* g = ring_[h % kSize].load(std::memory_order_relaxed);
    // release: pairs with push's acquire load of head_ (we have read the
    // cell before the owner may reuse it). The owner is us here, but thieves
    // use the same protocol and the CAS orders us against them.
    if (head_.compare_exchange_weak(h, h + 1, std::memory_order_release,
                                    std::memory_order_relaxed))
      return g;
  }
}

uint32_t RunQueue::take(G** out, uint32_t n) {  // owner only
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);  // pairs with thieves' CAS
    uint32_t t = tail_.load(std::memory_order_relaxed);
    uint32_t k = std::min(n, t - h);
    if (k == 0) return 0;
    for (uint32_t i = 0; i < k; ++i)
      out[i] = ring_[(h + i) % kSize].load(std::memory_order_relaxed);
    // release: see pop().
    if (head_.compare_exchange_weak(h, h + k, std::memory_order_release,
                                    std::memory_order_relaxed))
      return k;
  }
}

uint32_t RunQueue::steal_into(RunQueue& into) {  // any thread; `into` owned by caller
  uint32_t into_t = into.tail_.load(std::memory_order_relaxed);  // caller owns it
  uint32_t room = kSize - (into_t - into.head_.load(std::memory_order_acquire));
  for (;;) {
    // acquire on both: head_ pairs with other consumers' CAS, tail_ with the
    // owner's release store in push (the cells up to tail_ are written).
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) return 0;
    // h and t were read at different times; a huge n means head_ moved past
    // the tail_ we saw (the owner popped, then pushed). Re-read.
    if (n > kSize / 2) continue;
    n = std::min(n, room);
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; ++i) {
      G* g = ring_[(h + i) % kSize].load(std::memory_order_relaxed);
      into.ring_[(into_t + i) % kSize].store(g, std::memory_order_relaxed);
    }
    // acq_rel: release pairs with the victim owner's acquire load of head_ in
    // push (we read the cells before they may be reused); acquire orders us
    // after the consumer that last advanced head_.
    if (head_.compare_exchange_weak(h, h + n, std::memory_order_acq_rel,
                                    std::memory_order_relaxed)) {
      // release: publishes the copied cells to thieves of `into`.
      into.tail_.store(into_t + n, std::memory_order_release);
      return n;
    }
  }
}

uint32_t RunQueue::size() const {  // any thread; a snapshot, possibly stale
  uint32_t h = head_.load(std::memory_order_acquire);
  uint32_t t = tail_.load(std::memory_order_acquire);
  uint32_t n = t - h;
  return n > kSize ? 0 : n;  // torn snapshot (head_ advanced past tail_ seen)
}

}  // namespace csp
