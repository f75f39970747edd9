// The select statement, after Go's runtime/select.go.
//
// Design
// ------
// select_go is Go's selectgo in three passes:
//
//  0. Orders. The poll order is a uniformly random permutation of the cases
//     whose channel is not nil (an inside-out Fisher-Yates shuffle with the
//     worker's generator), so among several ready cases each is equally
//     likely to run. The lock order is the same cases sorted by channel
//     address; every select locks its channels in that order (each distinct
//     channel once: equal channels are adjacent), so two selects over the
//     same channels cannot deadlock, and a plain send, receive or close
//     takes only one lock.
//  1. With all the locks held, poll the cases in poll order: a receive
//     takes from a waiting sender, then from the buffer, then sees the
//     channel closed; a send panics on a closed channel, hands its value to
//     a waiting receiver, then fills the buffer. The first ready case
//     completes (the same steps as chan_send/chan_recv, vm/chan.cpp). None
//     ready: with a default, unlock and return -1.
//  2. Enqueue a WaitLink (Go's sudog) on every case's channel, in lock order,
//     each marked is_select, then park: status Waiting, and unlock. The
//     links live in the goroutine's SelectWait, reused by its next select.
//  3. Woken. The waker won the goroutine's select_done race (0 -> 1, in
//     WaitQueue::dequeue under the waking channel's lock), so it alone
//     completed the operation: it wrote the value into the goroutine's
//     registers, set the link's success (false when the channel was closed)
//     and the goroutine's wake_link, and readied it. Any other channel that
//     reaches one of our links meanwhile loses the race and drops the link.
//     select_resume locks all the channels again, resets select_done, and
//     removes every link but the winner from its queue (a link dropped by a
//     loser is no longer queued: WaitQueue::remove leaves it alone).
//
// Stackless parking: Go parks inside selectgo and returns from it when
// woken; csp returns to the scheduler instead, so the goroutine finishes
// the select in pass 3 when it runs again (the interpreter calls
// select_resume first thing, before the instruction after the select).
//
// Unlocking after pass 2 is the delicate step: once the first channel is
// unlocked a waker may ready the goroutine and another worker may run it.
// That worker's pass 3 must first take every lock of the select, so the
// parking worker may still read the lock order and the case registers
// while it holds at least one lock, and must touch nothing after the last
// unlock (as Go's selunlock).
//
// Rejected: a global select lock (serializes all channels); copying the
// cases out of the registers (the registers stay put while the goroutine
// is parked, so the links point into them directly).
#include "vm/select.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "vm/sched.hpp"

namespace csp {

namespace {

inline Chan* chan_of(const Slot* cases, uint32_t k) { return static_cast<Chan*>(cases[2 * k].p); }

// A uniform random number in [0, n) (Lemire's multiply-shift, as Go's
// cheaprandn).
inline uint32_t random_below(Worker& w, uint32_t n) {
  return uint32_t((uint64_t(uint32_t(w.next_random() >> 32)) * n) >> 32);
}

SelectWait* scratch(G* g, uint32_t n) {
  SelectWait* s = g->sel;
  if (!s) s = g->sel = new SelectWait;
  if (s->cap < n) {
    uint32_t cap = std::max<uint32_t>({n, s->cap * 2, 4});
    delete[] s->links;
    delete[] s->pollorder;
    delete[] s->lockorder;
    s->links = new WaitLink[cap];
    s->pollorder = new uint32_t[cap];
    s->lockorder = new uint32_t[cap];
    s->cap = cap;
  }
  return s;
}

// lockorder = the cases of pollorder sorted by channel address.
void sort_by_channel(const Slot* cases, const uint32_t* pollorder, uint32_t* lockorder,
                     uint32_t n) {
  auto before = [cases](uint32_t a, uint32_t b) { return chan_of(cases, a) < chan_of(cases, b); };
  if (n > 16) {
    std::copy(pollorder, pollorder + n, lockorder);
    std::sort(lockorder, lockorder + n, before);
    return;
  }
  // Insertion sort straight from the poll order (a select has few cases;
  // copying first cost a call to memmove per select).
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t k = pollorder[i], j = i;
    for (; j > 0 && before(k, lockorder[j - 1]); --j) lockorder[j] = lockorder[j - 1];
    lockorder[j] = k;
  }
}

void lock_all(const Slot* cases, const uint32_t* lockorder, uint32_t n) {
  Chan* prev = nullptr;
  for (uint32_t i = 0; i < n; ++i) {
    Chan* c = chan_of(cases, lockorder[i]);
    if (c != prev) c->lock();
    prev = c;
  }
}

// Reads lockorder[i - 1] before unlocking lockorder[i], and nothing after
// the last unlock (see "Unlocking after pass 2" above).
void unlock_all(const Slot* cases, const uint32_t* lockorder, uint32_t n) {
  for (uint32_t i = n; i-- > 0;) {
    Chan* c = chan_of(cases, lockorder[i]);
    if (i > 0 && c == chan_of(cases, lockorder[i - 1])) continue;
    c->unlock();
  }
}

}  // namespace

SelectStatus select_go(Worker& w, G* g, Slot* cases, uint32_t n, uint32_t nsends, bool block,
                       Slot* recv, int* chosen, bool* recv_ok) {
  *recv_ok = false;
  if (n == 0 && block) {  // select {}
    g->status = GStatus::Waiting;
    g->wait_reason = WaitReason::SelectNoCases;
    return SelectStatus::Blocked;
  }
  SelectWait* s = scratch(g, n);
  uint32_t* pollorder = s->pollorder;
  uint32_t* lockorder = s->lockorder;

  // Pass 0: the poll order (nil channels are never ready: left out) and
  // the lock order.
  uint32_t norder = 0;
  for (uint32_t k = 0; k < n; ++k) {
    if (!chan_of(cases, k)) continue;
    uint32_t j = random_below(w, norder + 1);
    pollorder[norder] = pollorder[j];
    pollorder[j] = k;
    ++norder;
  }
  sort_by_channel(cases, pollorder, lockorder, norder);

  // Pass 1: the first ready case in poll order.
  lock_all(cases, lockorder, norder);
  for (uint32_t p = 0; p < norder; ++p) {
    uint32_t k = pollorder[p];
    Chan* c = chan_of(cases, k);
    G* woken = nullptr;
    if (k < nsends) {
      if (c->closed) {
        unlock_all(cases, lockorder, norder);
        *chosen = int(k);
        return SelectStatus::SendClosed;
      }
      if (WaitLink* r = c->recvq.dequeue()) woken = chan_send_to(r, cases[2 * k + 1]);
      else if (!chan_buf_put(c, cases[2 * k + 1])) continue;
    } else {
      if (WaitLink* sl = c->sendq.dequeue()) {
        woken = chan_recv_from(c, sl, recv);
        *recv_ok = true;
      } else if (chan_buf_take(c, recv)) {
        *recv_ok = true;
      } else if (c->closed) {
        *recv = Slot{};
      } else {
        continue;
      }
    }
    unlock_all(cases, lockorder, norder);
    if (woken) w.sched->ready(w, woken);
    *chosen = int(k);
    return SelectStatus::Done;
  }
  if (!block) {
    unlock_all(cases, lockorder, norder);
    *chosen = -1;
    return SelectStatus::Done;
  }
  if (norder == 0) {  // only nil channels: blocks forever, in no queue
    g->status = GStatus::Waiting;
    g->wait_reason = WaitReason::Select;
    return SelectStatus::Blocked;
  }

  // Pass 2: a link on every channel, in lock order; then park.
  s->nlinks = norder;
  s->nsends = nsends;
  for (uint32_t p = 0; p < norder; ++p) {
    uint32_t k = lockorder[p];
    WaitLink& l = s->links[p];
    l.g = g;
    l.is_select = true;
    l.casei = k;
    l.c = chan_of(cases, k);
    l.ok = nullptr;
    l.success = false;
    if (k < nsends) {
      l.elem = &cases[2 * k + 1];
      l.c->sendq.push(&l);
    } else {
      l.elem = recv;
      l.c->recvq.push(&l);
    }
  }
  g->wake_link = nullptr;
  s->parked = true;
  g->status = GStatus::Waiting;
  g->wait_reason = WaitReason::Select;
  unlock_all(cases, lockorder, norder);  // from the first unlock on, g may run elsewhere
  w.sched->stress_pause(w);
  return SelectStatus::Blocked;
}

SelectStatus select_resume(G* g, int* chosen, bool* recv_ok) {
  SelectWait* s = g->sel;
  // Pass 3. The links are in lock order.
  Chan* prev = nullptr;
  for (uint32_t p = 0; p < s->nlinks; ++p) {
    Chan* c = s->links[p].c;
    if (c != prev) c->lock();
    prev = c;
  }
  // Every channel that could race for our links is locked, and the winner
  // has already taken its link out of its queue.
  g->select_done.store(0, std::memory_order_relaxed);
  WaitLink* won = g->wake_link;
  g->wake_link = nullptr;
  int casei = -1;
  bool success = false;
  for (uint32_t p = 0; p < s->nlinks; ++p) {
    WaitLink& l = s->links[p];
    if (&l == won) {
      casei = int(l.casei);
      success = l.success;
    } else if (l.casei < s->nsends) {
      l.c->sendq.remove(&l);
    } else {
      l.c->recvq.remove(&l);
    }
  }
  for (uint32_t p = s->nlinks; p-- > 0;) {
    Chan* c = s->links[p].c;
    if (p > 0 && c == s->links[p - 1].c) continue;
    c->unlock();
  }
  s->parked = false;
  if (casei < 0) {
    std::fputs("fatal error: select: bad wakeup\n", stderr);
    std::abort();
  }
  *chosen = casei;
  *recv_ok = false;
  if (uint32_t(casei) < s->nsends) return success ? SelectStatus::Done : SelectStatus::SendClosed;
  *recv_ok = success;
  return SelectStatus::Done;
}

}  // namespace csp
