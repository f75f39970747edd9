// Channels, after Go's runtime/chan.go.
//
// A channel is a lock, a ring buffer of slots and two queues of waiting
// goroutines. A send to a channel with a waiting receiver copies the value
// straight into the receiver's slot and makes it runnable (direct hand-off);
// otherwise the value goes into the buffer if there is room, and otherwise
// the sender parks in sendq. Receive is symmetric. close wakes every waiter:
// receivers get the zero value and ok == false, senders panic when they
// resume.
//
// Parking protocol: the running goroutine saves its pc BEFORE calling
// chan_send/chan_recv. When the call returns Blocked, the goroutine is already
// in a wait queue and may be running on another worker: the caller must
// return RunResult::Parked without touching the G again.
#pragma once

#include <atomic>
#include <cstdint>

#include "vm/goroutine.hpp"
#include "vm/value.hpp"

namespace csp {

struct Worker;

// Queue of WaitLinks (FIFO), protected by the channel's lock.
struct WaitQueue {
  WaitLink* first = nullptr;
  WaitLink* last = nullptr;
  void push(WaitLink* w);
  WaitLink* pop();  // nullptr if empty
  // Pops the first waiter that may still be woken (Go's waitq.dequeue): a
  // select's link is taken only by the caller that wins its goroutine's
  // select_done race; the links of a select already won elsewhere are
  // dropped (their select removes the rest itself when it resumes).
  WaitLink* dequeue();
  // Unlinks w; does nothing if w is no longer queued (popped by a dequeue
  // that lost the select_done race).
  void remove(WaitLink* w);
};

struct Chan {
  // lock_word's states (Go's lock_futex; vm/chan.cpp).
  static constexpr uint32_t kUnlocked = 0, kLocked = 1, kSleeping = 2;
  ObjHeader hdr;
  std::atomic<uint32_t> lock_word{kUnlocked};  // a small spin-then-yield lock
  uint32_t cap = 0;
  uint32_t count = 0;  // values in the buffer; written under the lock with set_count
  void set_count(uint32_t n) { __atomic_store_n(&count, n, __ATOMIC_RELAXED); }
  uint32_t recvx = 0;  // next buffer index to receive from
  uint32_t sendx = 0;  // next buffer index to send into
  bool closed = false;
  WaitQueue recvq;
  WaitQueue sendq;
  Slot* buf = nullptr;  // cap slots, or nullptr when unbuffered
  // The uncontended paths are inline (one exchange each): a select locks
  // and unlocks every case's channel.
  void lock() {
    // acquire: pairs with the release exchange in unlock().
    uint32_t v = lock_word.exchange(kLocked, std::memory_order_acquire);
    if (v != kUnlocked) lock_slow(v);
  }
  void unlock() {
    // release: pairs with the acquire exchange/CAS in lock().
    if (lock_word.exchange(kUnlocked, std::memory_order_release) == kSleeping) wake_sleeper();
  }

 private:
  void lock_slow(uint32_t v);  // v: what the failed exchange found (kLocked or kSleeping)
  void wake_sleeper();
};

enum class ChanStatus : uint8_t {
  Done,     // completed without blocking
  Blocked,  // the goroutine parked: return RunResult::Parked, don't touch g
  Closed,   // send on a closed channel: the caller panics
};

// Allocates a channel with `cap` buffer slots (cap >= 0, checked by caller).
// The memory comes from `alloc`, which returns zeroed memory of `size` bytes
// that lives as long as the channel is reachable.
Chan* chan_new(void* (*alloc)(void* ctx, size_t size), void* ctx, uint32_t cap);

// Runs on the goroutine g, on worker w. c may be nil (blocks forever).
ChanStatus chan_send(Worker& w, G* g, Chan* c, Slot v);
// Stores the value in *dst and, if ok != nullptr, the flag in *ok (1 or 0).
ChanStatus chan_recv(Worker& w, G* g, Chan* c, Slot* dst, Slot* ok);
// Returns nullptr on success, or the panic message ("close of closed
// channel", "close of nil channel").
const char* chan_close(Worker& w, Chan* c);

// The steps of send and receive, with c locked, shared with select
// (vm/select.cpp). Each returns the goroutine to ready once the lock(s) are
// released, or nullptr.
//  - chan_send_to: hand v to the receiver r just dequeued from c->recvq;
//  - chan_recv_from: take the value of the sender s just dequeued from
//    c->sendq into *dst (from the buffer's head when buffered, the sender's
//    value then going to the tail);
//  - chan_buf_put / chan_buf_take: the buffer, false when full / empty.
G* chan_send_to(WaitLink* r, Slot v);
G* chan_recv_from(Chan* c, WaitLink* s, Slot* dst);
bool chan_buf_put(Chan* c, Slot v);
bool chan_buf_take(Chan* c, Slot* dst);

// A send that never blocks (`select { case c <- v: default: }`), from a
// worker rather than a goroutine: time's timers send the time this way.
// False if nobody was waiting and the buffer was full (or c is nil or
// closed: the caller never closes a channel it sends on like this).
bool chan_try_send(Worker& w, Chan* c, Slot v);

// len(c) reads count without the lock (as Go does); count is written under
// the lock with atomic stores, so the racy read is a relaxed atomic load.
inline int64_t chan_len(const Chan* c) {
  return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}
inline int64_t chan_cap(const Chan* c) { return c ? c->cap : 0; }

}  // namespace csp
