package sync // import "sync"

import "sync/atomic"

// The runtime's side of package sync: semaphores and notify lists
// (vm/sema.hpp), spinning, the clock, fatal errors. The names are Go's, so
// tracebacks of parked goroutines read as Go's do.

// runtime_Semacquire waits until *s > 0 and decrements it.
func runtime_Semacquire(s *uint32) {
	for !semacquire(s, false) {
	}
}

// runtime_SemacquireMutex is runtime_Semacquire for a mutex's waiters: a
// goroutine that has waited before queues first (lifo).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) {
	for !semacquire(s, lifo) {
	}
}

// semacquire takes a unit of *s, or parks until a release. It reports
// whether it got the unit: a release wakes a parked goroutine after adding
// the unit, which another may have taken first; then it is false and the
// caller tries again. With a handoff the release took the unit for it.
func semacquire(s *uint32, lifo bool) bool

// runtime_Semrelease increments *s and wakes a goroutine parked on it. With
// handoff the unit goes to that goroutine directly, and the caller yields
// so that it runs now.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// A notifyList is sync.Cond's ticket pair: wait is the next ticket to hand
// out, notify the next to be notified. The goroutines waiting on it are
// queued in the runtime under the list's address; head and tail stay nil
// (they are Go's fields, kept so a Cond prints as Go's does).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *notifyList
	tail   *notifyList
}

// runtime_notifyListAdd hands out the next ticket.
func runtime_notifyListAdd(l *notifyList) uint32 {
	return atomic.AddUint32(&l.wait, 1) - 1
}

// runtime_notifyListWait parks until ticket t has been notified.
func runtime_notifyListWait(l *notifyList, t uint32) {
	notifyListWait(l, t)
}

func notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyOne notifies the oldest unnotified ticket.
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListNotifyAll notifies every ticket handed out.
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_canSpin reports whether a goroutine waiting for a mutex should
// spin (its i-th time) rather than park: only a few times, only on a
// multicore machine while another worker runs goroutines (see sync.cpp).
func runtime_canSpin(i int) bool

// runtime_doSpin busy-waits for a few dozen pause instructions.
func runtime_doSpin()

// runtime_nanotime is the monotonic clock in nanoseconds.
func runtime_nanotime() int64

// fatal ends the program with "fatal error: s" (no recover can stop it).
func fatal(s string)

// throw is fatal for the runtime's own consistency checks.
func throw(s string)
