// Channels, after Go's runtime/chan.go.
//
// Design
// ------
// Invariants, all under the channel lock, counting only waiters that can
// still be woken (not the leftover links of a select already won on another
// channel, see below), and not counting a select that waits to send and to
// receive on the same channel:
//  - at most one of recvq and sendq is non-empty (a receiver only waits when
//    there is nothing to take, a sender only when there is no room and no
//    receiver);
//  - recvq non-empty implies count == 0; sendq non-empty implies the buffer is
//    full (count == cap, which is 0 for unbuffered channels);
//  - closed channels have an empty sendq and recvq (close wakes everyone, and
//    nobody parks on a closed channel).
//
// Direct hand-off: a send that finds a waiting receiver copies the value into
// the receiver's destination slot and readies it into the sender's runnext;
// the value never touches the buffer. A receive from a full buffer with a
// waiting sender takes the head and moves the sender's value to the tail, so
// FIFO order holds. A parked sender keeps its value in its own WaitLink.
//
// The parking protocol (see chan.hpp): a goroutine that blocks fills its
// WaitLink, sets status Waiting and its wait reason, and only then publishes
// itself in a queue, all under the lock. From the unlock on, another worker may
// dequeue it, write its result slots and run it, so the blocking worker must
// not touch the G again. The waker owns a dequeued G (it is in no queue and
// not runnable) until it hands it to Scheduler::ready.
//
// The lock is Go's lock_futex: 0 unlocked, 1 locked, 2 locked with sleepers
// (Chan::kUnlocked, kLocked, kSleeping; the uncontended paths are in chan.hpp);
// spin briefly (critical sections are a few dozen instructions), then yield,
// then sleep on a futex. Uncontended it costs one exchange to lock and one to
// unlock. Rejected: std::mutex (40 bytes per channel and no spinning phase);
// a pure spinlock (a preempted lock holder would make waiters burn a core).
//
// Select (vm/select.cpp) parks one goroutine in several queues at once. A
// waker takes a select's link only if it wins the goroutine's select_done
// race (WaitQueue::dequeue); a link whose select another channel already
// won is dropped, and its select removes its remaining links itself.
#include "vm/chan.hpp"

#include <new>
#include <thread>

#include "vm/sched.hpp"
#include "vm/cpu_relax.hpp"

#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace csp {

namespace {

constexpr int kActiveSpin = 4;
constexpr int kActiveSpinPauses = 30;
constexpr int kPassiveSpin = 1;

void futex_wait(std::atomic<uint32_t>* addr, uint32_t val) {
#if defined(__linux__)
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, nullptr,
          nullptr, 0);
#else
  (void)addr, (void)val;
  std::this_thread::yield();
#endif
}

void futex_wake(std::atomic<uint32_t>* addr) {
#if defined(__linux__)
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, 1, nullptr,
          nullptr, 0);
#else
  (void)addr;
#endif
}

inline void wake(Worker& w, G* g) { w.sched->ready(w, g); }

// The calling goroutine parks on q. Lock held; released here.
ChanStatus park_on(Chan* c, WaitQueue& q, G* g, WaitReason why) {
  g->status = GStatus::Waiting;
  g->wait_reason = why;
  g->wait.g = g;
  g->wait.success = false;
  g->wait.is_select = false;
  q.push(&g->wait);
  c->unlock();  // from here on g may run elsewhere: don't touch it
  return ChanStatus::Blocked;
}

// A nil channel: park forever, in no queue. Only deadlock detection or
// program exit ends the wait.
ChanStatus park_forever(G* g, WaitReason why) {
  g->status = GStatus::Waiting;
  g->wait_reason = why;
  return ChanStatus::Blocked;
}

}  // namespace

// ---- the lock ----------------------------------------------------------------

void Chan::lock_slow(uint32_t v) {
  // Contended. `wait` is what we store when we take the lock: if anyone may
  // be sleeping (v was kSleeping), we must keep that mark so unlock wakes them.
  uint32_t wait = v;
  for (;;) {
    for (int i = 0; i < kActiveSpin; ++i) {
      uint32_t e = kUnlocked;
      while (lock_word.load(std::memory_order_relaxed) == kUnlocked) {
        if (lock_word.compare_exchange_weak(e, wait, std::memory_order_acquire)) return;
        e = kUnlocked;
      }
      for (int k = 0; k < kActiveSpinPauses; ++k) cpu_relax();
    }
    for (int i = 0; i < kPassiveSpin; ++i) {
      uint32_t e = kUnlocked;
      while (lock_word.load(std::memory_order_relaxed) == kUnlocked) {
        if (lock_word.compare_exchange_weak(e, wait, std::memory_order_acquire)) return;
        e = kUnlocked;
      }
      std::this_thread::yield();
    }
    v = lock_word.exchange(kSleeping, std::memory_order_acquire);
    if (v == kUnlocked) return;
    wait = kSleeping;
    futex_wait(&lock_word, kSleeping);
  }
}

void Chan::wake_sleeper() { futex_wake(&lock_word); }

// ---- wait queues (lock held) ---------------------------------------------------

void WaitQueue::push(WaitLink* w) {
  w->next = nullptr;
  w->prev = last;
  if (last) last->next = w;
  else first = w;
  last = w;
}

WaitLink* WaitQueue::pop() {
  WaitLink* w = first;
  if (!w) return nullptr;
  first = w->next;
  if (first) first->prev = nullptr;
  else last = nullptr;
  w->next = w->prev = nullptr;
  return w;
}

WaitLink* WaitQueue::dequeue() {
  while (WaitLink* w = pop()) {
    if (w->is_select) {
      // acq_rel: the winner's writes (value, wake_link) are ordered before
      // the ready that publishes the goroutine; losers see the win.
      uint32_t expect = 0;
      if (!w->g->select_done.compare_exchange_strong(expect, 1, std::memory_order_acq_rel))
        continue;
    }
    return w;
  }
  return nullptr;
}

void WaitQueue::remove(WaitLink* w) {
  if (!w->prev && !w->next && first != w) return;  // not queued any more
  if (w->prev) w->prev->next = w->next;
  else first = w->next;
  if (w->next) w->next->prev = w->prev;
  else last = w->prev;
  w->next = w->prev = nullptr;
}

// ---- operations --------------------------------------------------------------

Chan* chan_new(void* (*alloc)(void* ctx, size_t size), void* ctx, uint32_t cap) {
  size_t size = sizeof(Chan) + size_t(cap) * sizeof(Slot);
  void* mem = alloc(ctx, size);
  if (!mem) return nullptr;
  // The allocator may have linked the header into its heap's object list:
  // constructing the Chan must not forget that link.
  ObjHeader linked = *static_cast<ObjHeader*>(mem);
  Chan* c = new (mem) Chan();
  c->hdr = linked;
  c->hdr.kind = HeapKind::Chan;
  c->cap = cap;
  if (cap > 0) c->buf = reinterpret_cast<Slot*>(c + 1);
  return c;
}

G* chan_send_to(WaitLink* r, Slot v) {
  if (r->elem) *r->elem = v;
  if (r->ok) r->ok->i = 1;
  r->success = true;
  r->g->wake_link = r;
  return r->g;
}

G* chan_recv_from(Chan* c, WaitLink* s, Slot* dst) {
  if (c->cap == 0) {
    if (dst) *dst = *s->elem;
  } else {
    // The buffer is full: take its head, and the sender's value goes to
    // the tail (recvx == sendx when full).
    if (dst) *dst = c->buf[c->recvx];
    c->buf[c->recvx] = *s->elem;
    if (++c->recvx == c->cap) c->recvx = 0;
    c->sendx = c->recvx;
  }
  s->success = true;
  s->g->wake_link = s;
  return s->g;
}

bool chan_buf_put(Chan* c, Slot v) {
  if (c->count >= c->cap) return false;
  c->buf[c->sendx] = v;
  if (++c->sendx == c->cap) c->sendx = 0;
  c->set_count(c->count + 1);
  return true;
}

bool chan_buf_take(Chan* c, Slot* dst) {
  if (c->count == 0) return false;
  if (dst) *dst = c->buf[c->recvx];
  c->buf[c->recvx] = Slot{};  // don't keep the value alive for the GC
  if (++c->recvx == c->cap) c->recvx = 0;
  c->set_count(c->count - 1);
  return true;
}

ChanStatus chan_send(Worker& w, G* g, Chan* c, Slot v) {
  if (!c) return park_forever(g, WaitReason::ChanSendNil);
  c->lock();
  if (c->closed) {
    c->unlock();
    return ChanStatus::Closed;
  }
  if (WaitLink* r = c->recvq.dequeue()) {
    // Direct hand-off: the receiver is parked and now ours.
    G* rg = chan_send_to(r, v);
    c->unlock();
    wake(w, rg);
    return ChanStatus::Done;
  }
  if (chan_buf_put(c, v)) {
    c->unlock();
    return ChanStatus::Done;
  }
  g->wait.elem = &g->wait.value;
  g->wait.value = v;
  g->wait.ok = nullptr;
  ChanStatus st = park_on(c, c->sendq, g, WaitReason::ChanSend);
  w.sched->stress_pause(w);  // g may run elsewhere meanwhile
  return st;
}

bool chan_try_send(Worker& w, Chan* c, Slot v) {
  if (!c) return false;
  c->lock();
  if (c->closed) {
    c->unlock();
    return false;
  }
  if (WaitLink* r = c->recvq.dequeue()) {
    G* rg = chan_send_to(r, v);
    c->unlock();
    wake(w, rg);
    return true;
  }
  bool sent = chan_buf_put(c, v);
  c->unlock();
  return sent;
}

ChanStatus chan_recv(Worker& w, G* g, Chan* c, Slot* dst, Slot* ok) {
  if (!c) return park_forever(g, WaitReason::ChanReceiveNil);
  c->lock();
  if (c->closed && c->count == 0) {
    c->unlock();
    if (dst) *dst = Slot{};
    if (ok) ok->i = 0;
    return ChanStatus::Done;
  }
  if (WaitLink* s = c->sendq.dequeue()) {
    G* sg = chan_recv_from(c, s, dst);
    c->unlock();
    if (ok) ok->i = 1;
    wake(w, sg);
    return ChanStatus::Done;
  }
  if (chan_buf_take(c, dst)) {
    c->unlock();
    if (ok) ok->i = 1;
    return ChanStatus::Done;
  }
  g->wait.elem = dst;
  g->wait.ok = ok;
  ChanStatus st = park_on(c, c->recvq, g, WaitReason::ChanReceive);
  w.sched->stress_pause(w);  // g may run elsewhere meanwhile
  return st;
}

const char* chan_close(Worker& w, Chan* c) {
  if (!c) return "close of nil channel";
  c->lock();
  if (c->closed) {
    c->unlock();
    return "close of closed channel";
  }
  c->closed = true;
  // Collect every waiter under the lock, ready them after it.
  G* woken = nullptr;
  while (WaitLink* r = c->recvq.dequeue()) {
    if (r->elem) *r->elem = Slot{};
    if (r->ok) r->ok->i = 0;
    r->success = false;
    r->g->wake_link = r;
    r->g->sched_link = woken;
    woken = r->g;
  }
  while (WaitLink* s = c->sendq.dequeue()) {
    s->success = false;
    // A select finds out from `success` when it resumes (vm/select.cpp).
    if (!s->is_select) s->g->pending_panic = "send on closed channel";
    s->g->wake_link = s;
    s->g->sched_link = woken;
    woken = s->g;
  }
  c->unlock();
  while (woken) {
    G* g = woken;
    woken = g->sched_link;
    g->sched_link = nullptr;
    wake(w, g);
  }
  return nullptr;
}

}  // namespace csp
