package atomic // import "sync/atomic"

// A Value holds one value of an interface type, read and replaced
// atomically. Every value stored in a Value must have the same dynamic type;
// the zero Value holds nil until the first Store.
//
// An interface value is one word in csp (a pointer to an immutable box of
// its type and data), so a Value is that word, replaced by compare-and-swap
// on the box's address: no reader ever sees a type with another value's
// data.
type Value struct {
	v any
}

// Load returns the value last stored, or nil before the first Store.
func (v *Value) Load() (val any) { return loadAny(&v.v) }

// Store replaces the value with val, which must not be nil and must have the
// dynamic type of the values stored before it.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		cur := loadAny(&v.v)
		if cur == nil {
			if casAny(&v.v, nil, val) {
				return
			}
			continue // another first store won: check against its type
		}
		if !sameType(cur, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeAny(&v.v, val)
		return
	}
}

// Swap stores new (with the rules of Store) and returns the value it
// replaced, nil if there was none.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		cur := loadAny(&v.v)
		if cur == nil {
			if casAny(&v.v, nil, new) {
				return nil
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapAny(&v.v, new)
	}
}

// CompareAndSwap stores new (with the rules of Store) if the value equals
// old (compared with ==, which panics for uncomparable types), and says
// whether it did.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadAny(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if casAny(&v.v, nil, new) {
				return true
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if cur != old {
			return false
		}
		// Equal values, but only the very box just compared may be replaced:
		// a store since then must make this fail, as Go's data-word CAS does.
		return casAny(&v.v, cur, new)
	}
}

// Natives on the interface word: loads, stores and swaps of the box
// pointer, a CAS on its identity, and whether two values' dynamic types are
// identical.
func loadAny(p *any) any
func storeAny(p *any, val any)
func swapAny(p *any, new any) (old any)
func casAny(p *any, old, new any) bool
func sameType(a, b any) bool
