package sync // import "sync"

import "sync/atomic"

// A Once runs one function once.
type Once struct {
	done uint32 // set once f has returned (first, so the fast path reads slot 0)
	m    Mutex
}

// Do calls f if and only if Do is called for the first time on this Once;
// later calls, even with other functions, return at once. No call returns
// before the one running f has returned (so f must not call Do on the same
// Once: that deadlocks). A panicking f counts as done.
func (o *Once) Do(f func()) {
	// done is set only after f returned: a Do that sees it needs no lock,
	// and one that does not must wait for the running f in the slow path.
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1) // also when f panics
		f()
	}
}
