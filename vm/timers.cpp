// The timer heap (see vm/timers.hpp); the scheduler's use of it is in
// vm/sched_timers.cpp.
#include "vm/timers.hpp"

#include <chrono>

namespace csp {

int64_t nanotime() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

namespace {
constexpr size_t kArity = 4;
inline size_t parent(size_t i) { return (i - 1) / kArity; }
inline size_t first_child(size_t i) { return i * kArity + 1; }
}  // namespace

void TimerHeap::push(Timer* t) {
  h_.push_back(Entry{t->when, t});
  t->index = static_cast<uint32_t>(h_.size() - 1);
  sift_up(h_.size() - 1);
  publish();
}

void TimerHeap::remove(Timer* t) {
  size_t i = t->index;
  size_t last = h_.size() - 1;
  if (i != last) {
    place(i, h_[last]);
    h_.pop_back();
    // The moved entry may belong above or below i.
    if (i > 0 && h_[i].when < h_[parent(i)].when) sift_up(i);
    else sift_down(i);
  } else {
    h_.pop_back();
  }
  publish();
}

void TimerHeap::update(Timer* t) {
  size_t i = t->index;
  h_[i].when = t->when;
  if (i > 0 && h_[i].when < h_[parent(i)].when) sift_up(i);
  else sift_down(i);
  publish();
}

void TimerHeap::sift_up(size_t i) {
  Entry e = h_[i];
  while (i > 0) {
    size_t p = parent(i);
    if (h_[p].when <= e.when) break;
    place(i, h_[p]);
    i = p;
  }
  place(i, e);
}

void TimerHeap::sift_down(size_t i) {
  Entry e = h_[i];
  size_t n = h_.size();
  for (;;) {
    size_t c = first_child(i);
    if (c >= n) break;
    size_t end = c + kArity < n ? c + kArity : n;
    size_t m = c;
    for (size_t k = c + 1; k < end; ++k)
      if (h_[k].when < h_[m].when) m = k;
    if (e.when <= h_[m].when) break;
    place(i, h_[m]);
    i = m;
  }
  place(i, e);
}

bool TimerHeap::valid() const {
  for (size_t i = 0; i < h_.size(); ++i) {
    if (h_[i].t->index != i || h_[i].t->when != h_[i].when) return false;
    if (i > 0 && h_[parent(i)].when > h_[i].when) return false;
  }
  return next_.load() == (h_.empty() ? 0 : h_[0].when);
}

}  // namespace csp
