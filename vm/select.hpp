// The select statement, after Go's runtime/select.go (selectgo).
//
// A select is one call: select_go polls its cases in a random order and
// completes the first that is ready; with none ready it returns for a
// default case, or parks the goroutine in the wait queue of every case's
// channel at once. The first channel operation that takes one of those
// links wins (the goroutine's select_done race, vm/chan.cpp) and readies
// the goroutine; when it runs again it calls select_resume, which removes
// the goroutine's other links and reports the case that won.
//
// The case layout is the compiler's register layout (see Op::Select in
// vm/bytecode.hpp): two slots per case, the channel and, for a send, the
// value; sends come first. Every receive case stores into one slot, `recv`:
// only one case ever completes.
#pragma once

#include <cstdint>

#include "vm/chan.hpp"

namespace csp {

enum class SelectStatus : uint8_t {
  Done,        // a case (or the default) completed
  Blocked,     // parked: return RunResult::Parked, don't touch g
  SendClosed,  // the chosen case sends on a closed channel: the caller panics
};

// Runs a select on goroutine g, worker w. cases[2k] is case k's channel
// (nullptr: never ready), cases[2k+1] the value a send case sends; cases
// [0, nsends) send, [nsends, n) receive into *recv. `block` is false when
// the select has a default case.
// Done: *chosen is the case that completed (-1: the default), *recv_ok a
// receive's comma-ok flag (false: the channel was closed, *recv is zero).
// SendClosed: *chosen is the send case whose channel is closed.
// Blocked: g is parked (in no queue at all when every channel is nil, or
// n == 0: that is forever). cases and *recv must stay in place while it is
// parked (they are the goroutine's registers, and the stack does not move
// then); when g runs again it must call select_resume before anything else.
SelectStatus select_go(Worker& w, G* g, Slot* cases, uint32_t n, uint32_t nsends, bool block,
                       Slot* recv, int* chosen, bool* recv_ok);

// Whether g blocked in a select that select_resume has yet to complete.
inline bool select_parked(const G* g) { return g->sel && g->sel->parked; }

// Completes a select that blocked, on its own goroutine once it runs again:
// leaves the other channels' queues and reports the case that woke it, as
// select_go does (Done or SendClosed).
SelectStatus select_resume(G* g, int* chosen, bool* recv_ok);

}  // namespace csp
