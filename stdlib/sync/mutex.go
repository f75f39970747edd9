// Package sync provides mutual exclusion locks, wait groups, one-time
// initialization, condition variables, free-object pools and a concurrent
// map. Its types must not be copied after first use.
//
// Goroutines that must wait park on the runtime's semaphores (vm/sema.hpp),
// costing no thread; see sema.go for the runtime entry points.
package sync // import "sync"

import "sync/atomic"

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked. A Mutex
// is not tied to a goroutine: one goroutine may lock it and another unlock
// it. The n-th Unlock synchronizes before the (n+1)-th Lock returns.
type Mutex struct {
	state int32
	sema  uint32
}

// The state word: bit 0 the lock itself, bit 1 "a waiter is awake and
// competing" (so Unlock need not wake another), bit 2 starvation mode, and
// above them the number of goroutines parked on sema.
//
// Two modes, as in Go. Normally the lock is up for grabs: a woken waiter
// competes with goroutines that just arrived (and are running, which gives
// them an edge), and one that loses goes back to the head of the queue.
// That is fast but can starve a waiter, so a waiter that has waited more
// than a millisecond switches the mutex to starvation mode: Unlock then
// hands the lock straight to the oldest waiter, and newcomers queue at the
// tail without trying. The mode ends when the waiter that receives the lock
// is the last one, or waited less than a millisecond itself.
const (
	mLocked  int32 = 1
	mWoken   int32 = 2
	mStarved int32 = 4
	mWaiter  int32 = 8 // one waiter, in the count above the flags
	mShift         = 3

	starveAfterNs = 1000000 // 1 ms
)

// Lock waits until the mutex is free and takes it.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mLocked) {
		return // free and uncontended
	}
	m.lockSlow()
}

// TryLock takes the mutex if it is free right now, and reports whether it
// did. Correct uses are rare.
func (m *Mutex) TryLock() bool {
	s := m.state
	if s&(mLocked|mStarved) != 0 {
		return false // held, or reserved for the oldest waiter
	}
	return atomic.CompareAndSwapInt32(&m.state, s, s|mLocked)
}

func (m *Mutex) lockSlow() {
	var since int64 // when this goroutine first parked; 0 before
	starving := false
	awake := false // we were woken by Unlock and own the mWoken flag
	spins := 0
	s := m.state
	for {
		// Held in normal mode: spin a little if that can pay off (another
		// worker runs the holder). Raising mWoken tells Unlock not to wake
		// a parked waiter meanwhile, since we are awake and will compete.
		if s&(mLocked|mStarved) == mLocked && runtime_canSpin(spins) {
			if !awake && s&mWoken == 0 && s>>mShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, s, s|mWoken) {
				awake = true
			}
			runtime_doSpin()
			spins++
			s = m.state
			continue
		}
		next := s
		if s&mStarved == 0 {
			next |= mLocked // normal mode: try to take it
		}
		if s&(mLocked|mStarved) != 0 {
			next += mWaiter // we will have to park
		}
		if starving && s&mLocked != 0 {
			next |= mStarved // we waited too long: no more barging
		}
		if awake {
			if next&mWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			next &^= mWoken // we are no longer the awake waiter
		}
		if !atomic.CompareAndSwapInt32(&m.state, s, next) {
			s = m.state
			continue
		}
		if s&(mLocked|mStarved) == 0 {
			return // took it with the CAS
		}
		// Park. A goroutine that has waited before goes to the head of
		// the queue: it keeps its place in line.
		again := since != 0
		if !again {
			since = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, again, 1)
		starving = starving || runtime_nanotime()-since > starveAfterNs
		s = m.state
		if s&mStarved != 0 {
			// Unlock handed the lock to us; the state still shows it free
			// and us as a waiter. Take it, and leave starvation mode if we
			// are the last waiter or did not wait long.
			if s&(mLocked|mWoken) != 0 || s>>mShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := mLocked - mWaiter
			if !starving || s>>mShift == 1 {
				delta -= mStarved
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awake = true
		spins = 0
	}
}

// Unlock releases the mutex. Unlocking a mutex that is not locked is a
// fatal error.
func (m *Mutex) Unlock() {
	if s := atomic.AddInt32(&m.state, -mLocked); s != 0 {
		m.unlockSlow(s) // waiters, or a misuse
	}
}

func (m *Mutex) unlockSlow(s int32) {
	if (s+mLocked)&mLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if s&mStarved != 0 {
		// Hand the lock to the first waiter and let it run at once; it
		// finds mLocked clear but owns the mutex (see lockSlow).
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	for {
		// Nobody to wake, or someone else is already taking care of it:
		// the lock was taken again, a waiter is awake, or starvation mode
		// began (the lock goes to the oldest waiter then).
		if s>>mShift == 0 || s&(mLocked|mWoken|mStarved) != 0 {
			return
		}
		// Wake one waiter, marking it as the awake one.
		if atomic.CompareAndSwapInt32(&m.state, s, (s-mWaiter)|mWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		s = m.state
	}
}
