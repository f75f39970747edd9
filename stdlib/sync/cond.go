package sync // import "sync"

// A Cond is a condition variable: goroutines wait on it for an event that
// others signal. L is held while the condition is checked or changed. In
// Go's memory model, Broadcast and Signal synchronize before the Waits they
// unblock return.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast and locks c.L again
// before it returns. Since the condition may have changed again by then,
// call it in a loop that checks the condition:
//
//	c.L.Lock()
//	for !condition() {
//		c.Wait()
//	}
//	... use the condition ...
//	c.L.Unlock()
func (c *Cond) Wait() {
	c.checker.check()
	// The ticket is taken while L is held: a Signal after the Unlock
	// below notifies it, even before this goroutine has parked.
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest, if any. The caller
// may hold c.L but need not.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes every waiting goroutine. The caller may hold c.L but
// need not.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// A copyChecker holds its own address once used: a copy holds its
// original's address instead, which check reports.
type copyChecker uintptr

func (c *copyChecker) check() {
	if !copyCheck(c) {
		panic("sync.Cond is copied")
	}
}

// copyCheck records c's address in *c on first use and reports whether
// *c holds c's address.
func copyCheck(c *copyChecker) bool

// noCopy marks a struct that must not be copied after first use: go vet's
// copylocks check looks for its Lock and Unlock methods.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
