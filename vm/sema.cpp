// Semaphores and notify lists keyed by address (see vm/sema.hpp).
//
// Design
// ------
// Go's runtime keeps a table of 251 "semaphore roots"; the address of a
// semaphore picks one, and each root holds a balanced tree of addresses
// with a queue of waiting goroutines per address. csp keeps the table and
// the per-address queues, with a plain list of queues per bucket instead of
// the tree: a bucket holds the waiters of the addresses that hash to it
// (each a chain of SemaLinks embedded in their Gs, FIFO unless a waiter asks
// to go first), and the first link of each chain links the chains. Finding
// an address's chain walks the bucket's chains, whose number is the number
// of distinct addresses with waiters in it: a handful in any real program
// (a hundred thousand goroutines waiting on their own WaitGroups would walk
// about 400 per wake-up; Go's tree would take about 9 steps; we accept that
// until a program shows it).
//
// The semaphore count is the program's own variable (Mutex.sema,
// WaitGroup's state2, ...), changed only with atomic compare-and-swap so
// that it stays a zero-extended uint32 in its slot. The lost-wakeup race is
// closed as in Go: a waiter counts itself in the bucket's nwait and then
// tries the count once more, all before it parks under the bucket lock; a
// releaser adds to the count and then reads nwait. Both orders are
// sequentially consistent, so either the waiter sees the unit or the
// releaser sees the waiter (and takes the lock, which the waiter holds until
// it is queued).
//
// Acquire and release never block a thread beyond the bucket lock, which
// guards a few pointer updates. A goroutine that must wait parks (returns
// Parked to its native, which returns to the scheduler); a released waiter
// is readied into the releaser's runnext, as a channel hand-off does.
//
// Notify lists (sync.Cond) are Go's ticket scheme: Wait takes ticket
// wait++, unlocks the Cond's lock and then parks unless its ticket has been
// notified meanwhile; Signal notifies the oldest unnotified ticket, waking
// its goroutine if it has parked already; Broadcast notifies them all. The
// tickets make a Signal that comes between a waiter's unlock and its park
// count for that waiter. The queue of a list lives here under the list's
// address, like a semaphore's; the two counters are the notifyList
// struct's first two slots.
#include "vm/sema.hpp"

#include "vm/sched.hpp"

namespace csp {

namespace {

inline uint32_t load_u32(Slot* s) {
  return static_cast<uint32_t>(__atomic_load_n(&s->u, __ATOMIC_SEQ_CST));
}

// Go's cansemacquire: takes a unit if the count is positive.
bool try_acquire(Slot* addr) {
  uint64_t v = __atomic_load_n(&addr->u, __ATOMIC_SEQ_CST);
  while (v != 0) {
    if (__atomic_compare_exchange_n(&addr->u, &v, v - 1, true, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
      return true;
  }
  return false;
}

// Adds one to a uint32 count, wrapping as Go's Xadd on a uint32 does.
void add_unit(Slot* addr) {
  uint64_t v = __atomic_load_n(&addr->u, __ATOMIC_RELAXED);
  while (!__atomic_compare_exchange_n(&addr->u, &v, static_cast<uint32_t>(v + 1), true,
                                      __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
  }
}

// Go's notifyList ticket order: a before b, modulo 2^32.
inline bool ticket_less(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }

inline void park(G* g, WaitReason why) {
  g->status = GStatus::Waiting;
  g->wait_reason = why;
}

}  // namespace

// ---- the per-bucket chains -------------------------------------------------

SemaLink** SemaTable::find(Bucket& b, const void* key) {
  SemaLink** pp = &b.heads;
  while (*pp && (*pp)->key != key) pp = &(*pp)->next_key;
  return pp;
}

void SemaTable::enqueue(Bucket& b, SemaLink* l, bool lifo) {
  l->next = nullptr;
  SemaLink** pp = find(b, l->key);
  SemaLink* head = *pp;
  if (!head) {  // the key's first waiter starts its chain
    l->tail = l;
    l->next_key = nullptr;
    *pp = l;
    return;
  }
  if (lifo) {  // l becomes the chain's head, in the old head's place
    l->next = head;
    l->tail = head->tail;
    l->next_key = head->next_key;
    head->tail = head->next_key = nullptr;
    *pp = l;
  } else {
    head->tail->next = l;
    head->tail = l;
  }
}

SemaLink* SemaTable::dequeue(Bucket& b, const void* key) {
  SemaLink** pp = find(b, key);
  SemaLink* head = *pp;
  if (!head) return nullptr;
  if (SemaLink* n = head->next) {  // the next waiter heads the chain now
    n->tail = head->tail;
    n->next_key = head->next_key;
    *pp = n;
  } else {
    *pp = head->next_key;
  }
  head->next = head->tail = head->next_key = nullptr;
  return head;
}

size_t SemaTable::waiters(const void* key) {
  Bucket& b = bucket(key);
  std::lock_guard lk(b.mu);
  size_t n = 0;
  for (SemaLink* l = *find(b, key); l; l = l->next) ++n;
  return n;
}

// ---- semaphores --------------------------------------------------------------

SemaStatus SemaTable::acquire(G* g, Slot* addr, bool lifo, WaitReason why, Slot* result) {
  if (try_acquire(addr)) return SemaStatus::Done;
  Bucket& b = bucket(addr);
  std::unique_lock lk(b.mu);
  b.nwait.fetch_add(1, std::memory_order_seq_cst);
  // After counting ourselves: a release from now on takes the lock.
  if (try_acquire(addr)) {
    b.nwait.fetch_sub(1, std::memory_order_seq_cst);
    return SemaStatus::Done;
  }
  SemaLink& l = g->sema;
  l.g = g;
  l.key = addr;
  l.result = result;
  park(g, why);
  enqueue(b, &l, lifo);
  lk.unlock();  // from here on g may run elsewhere: don't touch it
  return SemaStatus::Parked;
}

bool SemaTable::release(Worker& w, Slot* addr, bool handoff) {
  add_unit(addr);
  Bucket& b = bucket(addr);
  // After adding the unit: a waiter not counted yet will see it.
  if (b.nwait.load(std::memory_order_seq_cst) == 0) return false;
  SemaLink* l;
  {
    std::lock_guard lk(b.mu);
    l = dequeue(b, addr);
    if (l) b.nwait.fetch_sub(1, std::memory_order_seq_cst);
  }
  if (!l) return false;  // waiters of other addresses only
  // The dequeued goroutine is ours until ready() publishes it.
  bool handed = handoff && try_acquire(addr);
  G* g = l->g;
  l->result->i = handed ? 1 : 0;
  w.sched->ready(w, g);
  return handed;
}

// ---- notify lists --------------------------------------------------------------

SemaStatus SemaTable::notify_wait(G* g, Slot* l, uint32_t t) {
  Bucket& b = bucket(l);
  std::unique_lock lk(b.mu);
  if (ticket_less(t, load_u32(&l[1]))) return SemaStatus::Done;  // notified already
  SemaLink& s = g->sema;
  s.g = g;
  s.key = l;
  s.ticket = t;
  s.result = nullptr;
  park(g, WaitReason::SyncCondWait);
  enqueue(b, &s, false);
  b.nwait.fetch_add(1, std::memory_order_relaxed);
  lk.unlock();  // from here on g may run elsewhere
  return SemaStatus::Parked;
}

void SemaTable::notify_one(Worker& w, Slot* l) {
  // Nothing to do when every ticket handed out is notified (Go's fast path;
  // a racing Wait that takes a ticket now is not owed this Signal).
  if (load_u32(&l[0]) == load_u32(&l[1])) return;
  Bucket& b = bucket(l);
  G* woken = nullptr;
  {
    std::lock_guard lk(b.mu);
    uint32_t t = load_u32(&l[1]);
    if (t == load_u32(&l[0])) return;
    __atomic_store_n(&l[1].u, static_cast<uint32_t>(t + 1), __ATOMIC_SEQ_CST);
    // The waiter holding ticket t, if it has parked yet; tickets are taken
    // before the Cond's lock is released, so waiters can park out of order.
    SemaLink** pp = find(b, l);
    SemaLink* prev = nullptr;
    for (SemaLink* s = *pp; s; prev = s, s = s->next) {
      if (s->ticket != t) continue;
      if (!prev) {
        dequeue(b, l);
      } else {
        prev->next = s->next;
        if ((*pp)->tail == s) (*pp)->tail = prev;
        s->next = nullptr;
      }
      b.nwait.fetch_sub(1, std::memory_order_relaxed);
      woken = s->g;
      break;
    }
  }
  if (woken) w.sched->ready(w, woken);
}

void SemaTable::notify_all(Worker& w, Slot* l) {
  if (load_u32(&l[0]) == load_u32(&l[1])) return;
  Bucket& b = bucket(l);
  SemaLink* chain;
  {
    std::lock_guard lk(b.mu);
    SemaLink** pp = find(b, l);
    chain = *pp;
    if (chain) *pp = chain->next_key;
    for (SemaLink* s = chain; s; s = s->next) b.nwait.fetch_sub(1, std::memory_order_relaxed);
    __atomic_store_n(&l[1].u, load_u32(&l[0]), __ATOMIC_SEQ_CST);
  }
  // Ready them outside the lock; each is ours until ready() publishes it,
  // so read its successor first.
  while (chain) {
    SemaLink* next = chain->next;
    chain->next = chain->tail = chain->next_key = nullptr;
    w.sched->ready(w, chain->g);
    chain = next;
  }
}

}  // namespace csp
