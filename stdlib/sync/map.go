package sync // import "sync"

import "sync/atomic"

// Map is a map[any]any safe for concurrent use without further locking,
// with loads, stores and deletes in amortized constant time. It suits two
// cases: keys written once and read many times (caches that only grow), and
// goroutines working on disjoint sets of keys. Elsewhere a plain map with
// a Mutex is usually simpler and as fast. The zero Map is empty.
//
// In Go's memory model, a write (Store, a Swap or Delete, a LoadOrStore,
// Swap or CompareAndSwap that stores) synchronizes before the reads that
// observe it.
//
// The design is Go's: two maps of the same entries. `read` is an immutable
// snapshot, published atomically, that loads and updates of existing keys
// use without the lock; `dirty`, under mu, holds every live entry once a
// key is missing from the snapshot. Reads that have to fall back to dirty
// count as misses, and after as many misses as dirty has entries, dirty
// becomes the new snapshot.
type Map struct {
	mu Mutex

	read atomic.Value // a readOnly

	dirty map[any]*entry

	misses int
}

// A snapshot of the map. amended: dirty holds keys that m does not.
type readOnly struct {
	m       map[any]*entry
	amended bool
}

// expunged marks an entry deleted from a snapshot that dirty, made later,
// does not hold: it must be put back into dirty before it is stored to.
var expunged = new(any)

// An entry is one key's slot, shared by read and dirty. p, always accessed
// atomically, points to the value, or is nil (deleted; dirty still holds
// the entry if it exists) or expunged (deleted; dirty does not hold it).
type entry struct {
	p *any
}

func newEntry(v any) *entry {
	return &entry{p: &v}
}

// Atomic operations on an entry's pointer (natives, as sync/atomic's).
func loadPtr(p **any) *any
func storePtr(p **any, v *any)
func swapPtr(p **any, v *any) *any
func casPtr(p **any, old, new *any) bool

func (m *Map) snapshot() readOnly {
	if r, ok := m.read.Load().(readOnly); ok {
		return r
	}
	return readOnly{}
}

// Load returns the value stored under key, and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	r := m.snapshot()
	e, found := r.m[key]
	if !found && r.amended {
		e, found = m.lookupLocked(key, false)
	}
	if !found {
		return nil, false
	}
	return e.load()
}

// lookupLocked looks up a key missing from an amended snapshot again,
// under the lock, and in dirty if the snapshot (maybe a newer one) still
// lacks it: a miss. With del, the key leaves dirty too.
func (m *Map) lookupLocked(key any, del bool) (*entry, bool) {
	m.mu.Lock()
	r := m.snapshot()
	e, found := r.m[key]
	if !found && r.amended {
		e, found = m.dirty[key]
		if del {
			delete(m.dirty, key)
		}
		m.missLocked()
	}
	m.mu.Unlock()
	return e, found
}

func (e *entry) load() (value any, ok bool) {
	p := loadPtr(&e.p)
	if p == nil || p == expunged {
		return nil, false
	}
	return *p, true
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Swap stores value under key and returns the value it replaced, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	if e, ok := m.snapshot().m[key]; ok {
		if old, ok := e.trySwap(&value); ok {
			if old == nil {
				return nil, false
			}
			return *old, true
		}
	}
	m.mu.Lock()
	r := m.snapshot()
	var old *any
	if e, ok := r.m[key]; ok {
		if e.unexpungeLocked() {
			m.dirty[key] = e // deleted before dirty was made: add it back
		}
		old = swapPtr(&e.p, &value)
	} else if e, ok := m.dirty[key]; ok {
		old = swapPtr(&e.p, &value)
	} else {
		m.addLocked(r, key, value)
	}
	m.mu.Unlock()
	if old == nil {
		return nil, false
	}
	return *old, true
}

// addLocked adds a new key to dirty, making dirty first if the snapshot is
// all there is.
func (m *Map) addLocked(r readOnly, key, value any) {
	if !r.amended {
		m.dirtyLocked()
		m.read.Store(readOnly{m: r.m, amended: true})
	}
	m.dirty[key] = newEntry(value)
}

// trySwap replaces the value of an entry that is not expunged, returning
// the old pointer (nil if the entry was deleted).
func (e *entry) trySwap(v *any) (*any, bool) {
	for {
		p := loadPtr(&e.p)
		if p == expunged {
			return nil, false
		}
		if casPtr(&e.p, p, v) {
			return p, true
		}
	}
}

// unexpungeLocked turns an expunged entry into a deleted one and reports
// whether it was expunged (then it must be added to dirty).
func (e *entry) unexpungeLocked() bool {
	return casPtr(&e.p, expunged, nil)
}

// LoadOrStore returns the value stored under key if there is one;
// otherwise it stores value and returns it. loaded says which happened.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if e, ok := m.snapshot().m[key]; ok {
		if actual, loaded, ok := e.tryLoadOrStore(value); ok {
			return actual, loaded
		}
	}
	m.mu.Lock()
	r := m.snapshot()
	if e, ok := r.m[key]; ok {
		if e.unexpungeLocked() {
			m.dirty[key] = e
		}
		actual, loaded, _ = e.tryLoadOrStore(value)
	} else if e, ok := m.dirty[key]; ok {
		actual, loaded, _ = e.tryLoadOrStore(value)
		m.missLocked()
	} else {
		m.addLocked(r, key, value)
		actual, loaded = value, false
	}
	m.mu.Unlock()
	return actual, loaded
}

// tryLoadOrStore loads the entry's value, or stores v into a deleted
// entry; ok is false for an expunged entry, which needs the lock.
func (e *entry) tryLoadOrStore(v any) (actual any, loaded, ok bool) {
	boxed := &v // made once, used by every attempt
	for {
		p := loadPtr(&e.p)
		if p == expunged {
			return nil, false, false
		}
		if p != nil {
			return *p, true, true
		}
		if casPtr(&e.p, nil, boxed) {
			return v, false, true
		}
	}
}

// LoadAndDelete deletes key's value and returns it, if there was one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	r := m.snapshot()
	e, found := r.m[key]
	if !found && r.amended {
		e, found = m.lookupLocked(key, true)
	}
	if !found {
		return nil, false
	}
	return e.delete()
}

// Delete deletes key's value.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

func (e *entry) delete() (value any, ok bool) {
	for {
		p := loadPtr(&e.p)
		if p == nil || p == expunged {
			return nil, false
		}
		if casPtr(&e.p, p, nil) {
			return *p, true
		}
	}
}

// CompareAndSwap stores new under key if its value equals old (which must
// be comparable), and reports whether it did.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	r := m.snapshot()
	if e, ok := r.m[key]; ok {
		return e.tryCompareAndSwap(old, new)
	}
	if !r.amended {
		return false // the key is not in the map
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	r = m.snapshot()
	if e, ok := r.m[key]; ok {
		return e.tryCompareAndSwap(old, new)
	}
	if e, ok := m.dirty[key]; ok {
		swapped := e.tryCompareAndSwap(old, new)
		m.missLocked()
		return swapped
	}
	return false
}

func (e *entry) tryCompareAndSwap(old, new any) bool {
	boxed := &new
	for {
		p := loadPtr(&e.p)
		if p == nil || p == expunged || *p != old {
			return false
		}
		if casPtr(&e.p, p, boxed) {
			return true
		}
	}
}

// CompareAndDelete deletes key's value if it equals old (which must be
// comparable), and reports whether it did.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	r := m.snapshot()
	e, found := r.m[key]
	if !found && r.amended {
		e, found = m.lookupLocked(key, false)
	}
	for found {
		p := loadPtr(&e.p)
		if p == nil || p == expunged || *p != old {
			return false
		}
		if casPtr(&e.p, p, nil) {
			return true
		}
	}
	return false
}

// Range calls f for each key and value, in no particular order, until f
// returns false. Each key is visited at most once; a key stored or deleted
// meanwhile may or may not be visited. f may call any method of m. Range
// takes a snapshot (promoting dirty first), so it costs O(len) at most.
func (m *Map) Range(f func(key, value any) bool) {
	r := m.snapshot()
	if r.amended {
		m.mu.Lock()
		r = m.snapshot()
		if r.amended {
			r = readOnly{m: m.dirty}
			m.read.Store(r)
			m.dirty = nil
			m.misses = 0
		}
		m.mu.Unlock()
	}
	for k, e := range r.m {
		v, ok := e.load()
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// missLocked counts a miss; enough of them make dirty the new snapshot.
func (m *Map) missLocked() {
	m.misses++
	if m.misses < len(m.dirty) {
		return
	}
	m.read.Store(readOnly{m: m.dirty})
	m.dirty = nil
	m.misses = 0
}

// dirtyLocked makes dirty from the snapshot, leaving out deleted entries
// (which it marks expunged).
func (m *Map) dirtyLocked() {
	if m.dirty != nil {
		return
	}
	r := m.snapshot()
	m.dirty = make(map[any]*entry, len(r.m))
	for k, e := range r.m {
		if !e.tryExpungeLocked() {
			m.dirty[k] = e
		}
	}
}

func (e *entry) tryExpungeLocked() (isExpunged bool) {
	p := loadPtr(&e.p)
	for p == nil {
		if casPtr(&e.p, nil, expunged) {
			return true
		}
		p = loadPtr(&e.p)
	}
	return p == expunged
}
