package sync // import "sync"

import "sync/atomic"

// A WaitGroup waits for a number of tasks to finish: Add counts tasks in,
// Done counts one out, and Wait blocks until the count is zero. Add with a
// positive delta must happen before the Wait it is meant for (typically
// before starting the goroutine). A Done synchronizes before the return of
// the Wait it releases.
type WaitGroup struct {
	noCopy noCopy

	state1 uint64 // the count in the high 32 bits, waiters in the low 32
	state2 uint32 // the semaphore the waiters park on
}

// Add adds delta (which may be negative) to the count. When the count
// reaches zero every waiter is released; a negative count panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state1, uint64(delta)<<32)
	count := int32(state >> 32)
	waiters := uint32(state)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && count == int32(delta) {
		// The first Add of a new round while Waits are still parked.
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if count > 0 || waiters == 0 {
		return
	}
	// The count reached zero with goroutines waiting. Nothing may change
	// the state now (no Add: the count is zero; no Wait: it returns at
	// zero), so it is checked once more, reset and the waiters released.
	if atomic.LoadUint64(&wg.state1) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state1, 0)
	for ; waiters != 0; waiters-- {
		runtime_Semrelease(&wg.state2, false, 0)
	}
}

// Done counts one task out: Add(-1).
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the count is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state1)
		if int32(state>>32) == 0 {
			return
		}
		// Count ourselves as a waiter, then park.
		if atomic.CompareAndSwapUint64(&wg.state1, state, state+1) {
			runtime_Semacquire(&wg.state2)
			if atomic.LoadUint64(&wg.state1) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
