// Semaphores and notify lists keyed by address: what sync.Mutex, RWMutex,
// WaitGroup and Cond park on (the model is Go's runtime/sema.go).
//
// A semaphore is any uint32 variable of the program (a slot holding the
// count, zero-extended): acquire takes a unit when the count is positive,
// and otherwise parks the goroutine in a queue kept here, under the
// variable's address; release adds a unit and wakes the first goroutine
// queued there. A notify list is sync.Cond's ticket counter pair (wait,
// notify): Wait takes a ticket and parks until Signal or Broadcast has
// notified that ticket.
//
// Parking is the channel protocol (vm/chan.hpp): the goroutine has saved its
// pc before calling in, and once acquire or notify_wait returns Parked it is
// in a queue and may already run on another worker, so the caller returns
// RunResult::Parked without touching it again. A woken goroutine goes on
// after the call that parked it: the native returns and its caller (Go code
// in stdlib/sync) decides what to do.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>

#include "vm/goroutine.hpp"
#include "vm/value.hpp"

namespace csp {

struct Worker;

enum class SemaStatus : uint8_t {
  Done,    // acquired (or, for notify_wait, already notified): go on
  Parked,  // g is queued: return RunResult::Parked and don't touch g
};

class SemaTable {
 public:
  SemaTable() = default;
  SemaTable(const SemaTable&) = delete;
  SemaTable& operator=(const SemaTable&) = delete;

  // Go's semacquire. Takes a unit of *addr if there is one; otherwise
  // queues g under addr (first when lifo, else last) with wait reason
  // `why`, and returns Parked. When g runs again, *result is 1 if the
  // releaser handed it the unit (release with handoff), else 0: the unit
  // was added to *addr and g must try again (it may have been taken by
  // someone else meanwhile).
  SemaStatus acquire(G* g, Slot* addr, bool lifo, WaitReason why, Slot* result);

  // Go's semrelease: adds a unit to *addr and readies the first goroutine
  // queued under addr, if any, on w. With handoff, the unit is taken back
  // for that goroutine at once, so no newcomer can take it first (a
  // starving mutex passes itself on this way). Returns true when it handed
  // a unit over; the caller should then yield so the woken goroutine runs
  // next (Go's goyield).
  bool release(Worker& w, Slot* addr, bool handoff);

  // Notify lists. `l` is the notifyList's first slot: l[0] is the next
  // ticket to hand out (wait, incremented by the Go side with an atomic
  // add), l[1] the next ticket to notify (written here, under the lock).
  //
  // notify_wait parks g until ticket t is notified, or returns Done if it
  // already was (a Signal between the ticket and the wait).
  SemaStatus notify_wait(G* g, Slot* l, uint32_t t);
  // Readies the waiter holding the oldest unnotified ticket, if any: one
  // ticket is notified even if its goroutine has not parked yet (it will
  // see so in notify_wait).
  void notify_one(Worker& w, Slot* l);
  // Notifies every ticket handed out so far and readies their waiters.
  void notify_all(Worker& w, Slot* l);

  // Goroutines queued under key (for tests).
  size_t waiters(const void* key);

 private:
  struct alignas(64) Bucket {
    std::mutex mu;
    // Goroutines queued in this bucket (under any key). Read without the
    // lock by release, which may skip locking when it is zero.
    std::atomic<uint32_t> nwait{0};
    SemaLink* heads = nullptr;  // one chain per key, linked by next_key
  };
  static constexpr size_t kBuckets = 251;  // prime, as Go's semTabSize

  Bucket& bucket(const void* key) {
    return buckets_[(reinterpret_cast<uintptr_t>(key) >> 3) % kBuckets];
  }
  // The link of key's chain head in b's list (where it is or would go).
  static SemaLink** find(Bucket& b, const void* key);
  static void enqueue(Bucket& b, SemaLink* l, bool lifo);
  // Removes and returns the first waiter on key, or nullptr.
  static SemaLink* dequeue(Bucket& b, const void* key);

  Bucket buckets_[kBuckets];
};

}  // namespace csp
