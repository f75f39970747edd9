package atomic // import "sync/atomic"

// The types below wrap one variable each, so that every access to it is
// atomic. Their fields are Go's (the blank noCopy and align64 markers
// included), so fmt prints them as Go does.

// A Bool is a bool whose every access is atomic. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load reads the value.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store writes val.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, boolBits(val)) }

// Swap writes new and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, boolBits(new)) != 0 }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, boolBits(old), boolBits(new))
}

func boolBits(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an int32 whose every access is atomic. The zero value is 0.
type Int32 struct {
	_ noCopy
	v int32
}

// Load reads the value.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store writes val.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap writes new and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an int64 whose every access is atomic. The zero value is 0.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load reads the value.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store writes val.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap writes new and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// A Uint32 is a uint32 whose every access is atomic. The zero value is 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load reads the value.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store writes val.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap writes new and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// A Uint64 is a uint64 whose every access is atomic. The zero value is 0.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load reads the value.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store writes val.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap writes new and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// A Uintptr is a uintptr whose every access is atomic. The zero value is 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load reads the value.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store writes val.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap writes new and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap writes new if the value is old, and says whether it did.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// noCopy marks a struct that must not be copied after first use: go vet's
// copylocks check looks for its Lock and Unlock methods.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 marks a struct whose 64-bit fields Go keeps 8-byte aligned on
// 32-bit platforms (every csp slot is 8 bytes).
type align64 struct{}
