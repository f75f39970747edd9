package sync // import "sync"

import "sync/atomic"

// An RWMutex is a reader/writer lock: any number of readers or one writer
// hold it. The zero value is unlocked. Once a writer waits in Lock, new
// readers wait for it (so readers cannot starve writers, and a reader must
// not lock recursively). As with Mutex, the n-th Unlock synchronizes before
// the (n+1)-th Lock, and before any RLock that follows it; an RUnlock
// synchronizes before the next Lock.
type RWMutex struct {
	w           Mutex  // held by the writer (or the writer waiting for readers)
	writerSem   uint32 // the writer parks here until the readers are gone
	readerSem   uint32 // readers park here while a writer is pending or active
	readerCount int32  // readers holding or waiting; minus rwMax while a writer is in
	readerWait  int32  // readers the pending writer still waits for
}

// A writer subtracts rwMax from readerCount: the count turns negative, which
// is how RLock sees a writer, and it still counts the readers.
const rwMax = 1 << 30

// RLock takes the lock for reading, waiting while a writer holds it or waits.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer is in: wait until its Unlock lets us through.
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock takes the lock for reading if no writer holds or wants it, and
// reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		n := atomic.LoadInt32(&rw.readerCount)
		if n < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, n, n+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock. It is a fatal error if the lock is not held
// for reading.
func (rw *RWMutex) RUnlock() {
	if n := atomic.AddInt32(&rw.readerCount, -1); n < 0 {
		rw.rUnlockSlow(n)
	}
}

func (rw *RWMutex) rUnlockSlow(n int32) {
	if n+1 == 0 || n+1 == -rwMax {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer waits: the last of the readers it waits for wakes it.
	if atomic.AddInt32(&rw.readerWait, -1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock takes the lock for writing, waiting for other writers and for the
// readers already in.
func (rw *RWMutex) Lock() {
	rw.w.Lock() // one writer at a time
	// Announce the writer; active is how many readers were in.
	active := atomic.AddInt32(&rw.readerCount, -rwMax) + rwMax
	if active != 0 && atomic.AddInt32(&rw.readerWait, active) != 0 {
		runtime_SemacquireMutex(&rw.writerSem, false, 0)
	}
}

// TryLock takes the lock for writing if nobody holds it, and reports
// whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwMax) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock releases the write lock and lets the readers waiting for it in.
// It is a fatal error if the lock is not held for writing.
func (rw *RWMutex) Unlock() {
	waiting := atomic.AddInt32(&rw.readerCount, rwMax)
	if waiting >= rwMax {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for k := int32(0); k < waiting; k++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
