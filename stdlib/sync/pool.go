package sync // import "sync"

import "sync/atomic"

// A Pool caches allocated but unused objects for later reuse, relieving
// the collector. Any object in it may be dropped at any time without
// notice: a Pool is a cache, not a free list of fixed size. It is safe for
// use by several goroutines at once; a Put synchronizes before the Get
// that returns its object.
//
// As in Go, the pool has one shard per worker (a goroutine uses the shard
// of the worker it runs on, so Put and Get rarely contend), and its
// contents age with garbage collections: objects that survive one
// collection move to a victim cache, which Get still searches, and are
// dropped at the second. Go ages pools during the collection itself; csp
// ages a pool when it is next used after a collection, so the objects of a
// pool nobody touches again are freed with the pool.
type Pool struct {
	noCopy noCopy

	local  []poolLocal // this cycle's shards, one per worker; nil until first use
	victim []poolLocal // the previous cycle's shards
	cycle  uint32      // 1 + the collection count when local was made; 0: not yet
	mu     Mutex       // held while the shards are made or aged

	// New optionally makes a value for Get to return when the pool is
	// empty. It may not be changed while Get runs.
	New func() any
}

// A worker's shard. private is tried first; shared is a stack whose top
// (the end) its worker uses, and whose bottom other workers take from.
type poolLocal struct {
	mu      Mutex
	private any
	shared  []any
}

// Put adds x to the pool. Put(nil) does nothing.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	shards := p.shards()
	l := &shards[runtime_procPin()%len(shards)]
	l.mu.Lock()
	if l.private == nil {
		l.private = x
	} else {
		l.shared = append(l.shared, x)
	}
	l.mu.Unlock()
}

// Get removes an object from the pool and returns it: preferably one this
// worker put (the most recent), else one taken from another worker or from
// the victim cache, else p.New(), else nil. Callers must not assume any
// relation between the values passed to Put and those Get returns.
func (p *Pool) Get() any {
	shards := p.shards()
	me := runtime_procPin() % len(shards)
	l := &shards[me]
	l.mu.Lock()
	x := l.private
	l.private = nil
	if x == nil {
		if n := len(l.shared); n > 0 {
			x = l.shared[n-1]
			l.shared[n-1] = nil
			l.shared = l.shared[:n-1]
		}
	}
	l.mu.Unlock()
	if x == nil {
		x = p.getSlow(shards, me)
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// getSlow takes the oldest object of another worker's shard, else one from
// the victim cache (last, so that the victims age out when possible).
func (p *Pool) getSlow(shards []poolLocal, me int) any {
	n := len(shards)
	for k := 1; k < n; k++ {
		if x := shards[(me+k)%n].takeOldest(); x != nil {
			return x
		}
	}
	victim := p.victim
	if len(victim) == 0 {
		return nil
	}
	me %= len(victim)
	l := &victim[me]
	l.mu.Lock()
	x := l.private
	l.private = nil
	l.mu.Unlock()
	if x != nil {
		return x
	}
	for k := 0; k < len(victim); k++ {
		if x := victim[(me+k)%len(victim)].takeOldest(); x != nil {
			return x
		}
	}
	return nil
}

func (l *poolLocal) takeOldest() any {
	l.mu.Lock()
	var x any
	if len(l.shared) > 0 {
		x = l.shared[0]
		l.shared[0] = nil
		l.shared = l.shared[1:]
	}
	l.mu.Unlock()
	return x
}

// shards returns this cycle's shards, first making them, or aging the pool
// if collections ran since it was last used.
func (p *Pool) shards() []poolLocal {
	now := uint32(runtime_gcCycles()) + 1
	if atomic.LoadUint32(&p.cycle) == now {
		return p.local
	}
	p.mu.Lock()
	if c := p.cycle; c != now {
		if c != 0 && now-c == 1 {
			p.victim = p.local // one collection: the objects become victims
		} else {
			p.victim = nil // two or more: the victims are dropped too
		}
		p.local = make([]poolLocal, runtime_procs())
		atomic.StoreUint32(&p.cycle, now)
	}
	local := p.local
	p.mu.Unlock()
	return local
}

// runtime_procPin returns the number of the worker the caller runs on (Go
// also pins the goroutine there; csp's shards have locks instead).
func runtime_procPin() int

// runtime_procs is the number of workers (GOMAXPROCS).
func runtime_procs() int

// runtime_gcCycles is the number of garbage collections completed.
func runtime_gcCycles() uint64
