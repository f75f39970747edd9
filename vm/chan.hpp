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
  void remove(WaitLink* w);
};

struct Chan {
  ObjHeader hdr;
  std::atomic<uint32_t> lock_word{0};  // a small spin-then-yield lock
  uint32_t cap = 0;
  uint32_t count = 0;  // values in the buffer; written under the lock with set_count
  void set_count(uint32_t n) { __atomic_store_n(&count, n, __ATOMIC_RELAXED); }
  uint32_t recvx = 0;  // next buffer index to receive from
  uint32_t sendx = 0;  // next buffer index to send into
  bool closed = false;
  WaitQueue recvq;
  WaitQueue sendq;
  Slot* buf = nullptr;  // cap slots, or nullptr when unbuffered
  void lock();
  void unlock();
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

// len(c) reads count without the lock (as Go does); count is written under
// the lock with atomic stores, so the racy read is a relaxed atomic load.
inline int64_t chan_len(const Chan* c) {
  return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}
inline int64_t chan_cap(const Chan* c) { return c ? c->cap : 0; }

}  // namespace csp
