// runtime.Goexit: the calling goroutine runs its deferred calls and ends.
//
// Go implements it as a panic record marked goexit; so does csp. The
// interpreter pushes the record (the `goexit` label in vm/interp.cpp) and
// unwinds as for a panic, so every deferred call runs, newest first, on
// top of the frames. The differences from a panic: recover() returns nil
// while Goexit's record is the newest one; the fatal report skips it; when
// no deferred call is left the goroutine ends instead of the program; and
// when a panic raised by one of those deferred calls is recovered, Goexit
// goes on with the remaining deferred calls instead of the recovering
// frame returning (Go's gopanic returns to Goexit's loop then).
//
// Main calling Goexit ends the main goroutine without main returning: the
// program goes on until the other goroutines are done, and then the
// deadlock check reports Go's "no goroutines (main called
// runtime.Goexit) - deadlock!" (VM::run's deadlock hook).
#include "vm/runtime.hpp"

namespace csp {

bool VM::resume_goexit(G* g) {
  PanicRec* ge = g->panicking;
  while (ge && !ge->goexit) ge = ge->link;
  if (!ge) return false;
  // The panics above it were raised in deferred calls Goexit ran, and are
  // over: the recovered one ended them.
  while (g->panicking != ge) {
    PanicRec* p = g->panicking;
    g->panicking = p->link;
    delete p;
  }
  return true;
}

RunResult VM::goexit_done(G* g) {
  while (PanicRec* p = g->panicking) {
    g->panicking = p->link;
    delete p;
  }
  g->nil_signal = false;
  g->nframes = 0;
  if (g->id == 1) main_goexit_.store(true, std::memory_order_relaxed);
  return RunResult::Exited;
}

}  // namespace csp
