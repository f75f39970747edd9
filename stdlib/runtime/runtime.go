package runtime // import "runtime"

// Run-time errors as Go values. The VM raises its run-time panics (index
// out of range, nil map writes, failed type assertions, ...) as values of
// the types below, built in C++ (vm/runtime_errors.cpp knows their slot
// layout and checks it when the VM starts), so recover() returns what Go's
// recover returns. Programs can see these types' names and fields (%T,
// %#v), and their Error texts, so both follow Go 1.19; the code is ours.
// This package is compiled into every program, imported or not.

// Error is the interface every run-time panic value satisfies. The
// RuntimeError method does nothing; having it is what sets these errors
// apart from the ones programs make.
type Error interface {
	error
	RuntimeError()
}

// methodSets is never called. The VM makes values of these four types
// itself; converting one of each to Error here makes the compiler record
// their method sets, which interface calls and assertions use.
func methodSets() []Error {
	return []Error{errorString(""), plainError(""), boundsError{}, &TypeAssertionError{}}
}

// TypeAssertionError is the panic of a failed x.(T). The VM fills it in
// (vm/runtime_errors.cpp): _interface is x's static type, nil when T is an
// interface; concrete is x's dynamic type, nil when x is nil; asserted is T;
// missingMethod names a method of T the dynamic type lacks, if that is why.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

// _type is the part of a type descriptor the message needs.
type _type struct {
	str     string // the name Go's runtime prints: "main.T", "interface {}"
	pkgPath string // where a named type was declared; "" otherwise
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	const prefix = "interface conversion: "
	want := e.asserted.str
	from := "interface"
	if e._interface != nil {
		from = e._interface.str
	}
	if e.concrete == nil {
		return prefix + from + " is nil, not " + want
	}
	have := e.concrete.str
	if e.missingMethod != "" {
		return prefix + have + " is not " + want + ": missing method " + e.missingMethod
	}
	msg := prefix + from + " is " + have + ", not " + want
	if have != want {
		return msg
	}
	// Two distinct types that print alike: say why they differ.
	if e.concrete.pkgPath == e.asserted.pkgPath {
		return msg + " (types from different scopes)"
	}
	return msg + " (types from different packages)"
}

// errorString is a run-time error whose text gets the "runtime error: "
// prefix (integer divide by zero, nil dereference, ...).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error printed as it is, without the prefix
// (assignment to entry in nil map, close of closed channel, ...).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// boundsError is the panic of a failed index, slice or slice-to-array
// conversion check. The VM records the operands, not a text: x is the
// offending index (read as unsigned when signed is false, so that a huge
// uint index prints as itself), y the length, capacity or other index it
// was checked against, and code which check failed.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   boundsErrorCode
}

// boundsErrorCode says which check failed; the VM uses the same numbering
// (BoundsCode in vm/runtime_errors.hpp).
type boundsErrorCode uint8

const (
	boundsIndex      boundsErrorCode = iota // s[x] with x outside [0, len)
	boundsSliceAlen                         // s[:x] with x outside [0, len]
	boundsSliceAcap                         // s[:x] with x outside [0, cap]
	boundsSliceB                            // s[x:y] with x > y
	boundsSlice3Alen                        // s[::x] with x outside [0, len]
	boundsSlice3Acap                        // s[::x] with x outside [0, cap]
	boundsSlice3B                           // s[:x:y] with x > y
	boundsSlice3C                           // s[x:y:] with x > y
	boundsConvert                           // (*[x]T)(s) with len(s) < x
)

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	x := decimal(uint64(e.x))
	negative := e.signed && e.x < 0
	if negative {
		x = "-" + decimal(uint64(-e.x)) // -MinInt64 wraps to itself: still right as a uint64
	}
	y := decimal(uint64(e.y))
	if e.code == boundsConvert {
		return "runtime error: cannot convert slice with length " + y + " to pointer to array with length " + x
	}
	// The expression as written, with the failing operand(s) filled in, and
	// for the checks against len or cap, which of the two. A negative index
	// is wrong whatever the bound, so the bound is left out then, and so is
	// the second index of a pair.
	var expr, bound string
	switch e.code {
	case boundsIndex:
		expr, bound = "["+x+"]", "length"
	case boundsSliceAlen:
		expr, bound = "[:"+x+"]", "length"
	case boundsSliceAcap:
		expr, bound = "[:"+x+"]", "capacity"
	case boundsSlice3Alen:
		expr, bound = "[::"+x+"]", "length"
	case boundsSlice3Acap:
		expr, bound = "[::"+x+"]", "capacity"
	case boundsSliceB:
		expr = "[" + x + ":" + pairEnd(y, negative) + "]"
	case boundsSlice3B:
		expr = "[:" + x + ":" + pairEnd(y, negative) + "]"
	case boundsSlice3C:
		expr = "[" + x + ":" + pairEnd(y, negative) + ":]"
	}
	what := "slice bounds out of range "
	if e.code == boundsIndex {
		what = "index out of range "
	}
	msg := "runtime error: " + what + expr
	if bound != "" && !negative {
		msg += " with " + bound + " " + y
	}
	return msg
}

// pairEnd is the second index of a failed pair, dropped when the first one
// is negative.
func pairEnd(y string, negative bool) string {
	if negative {
		return ""
	}
	return y
}

// decimal spells v in base 10 (this package cannot import strconv).
func decimal(v uint64) string {
	var digits [20]byte // enough for 1<<64 - 1
	pos := len(digits)
	for {
		pos--
		digits[pos] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(digits[pos:])
}

// ---- memory and scheduler (stdlib/runtime/runtime.cpp) ----

// MemStats is Go's statistics record, field for field. csp fills the allocation, heap and collection fields; the
// ones about Go's own runtime structures (MSpan*, MCache*, BuckHashSys,
// BySize, ...) stay zero.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// GC runs a full garbage collection and returns when it is done.
func GC()

// ReadMemStats fills m from the collector's counters, read with the world
// stopped so that they agree with each other.
func ReadMemStats(m *MemStats) {
	var raw [16]uint64
	readMemStats(&raw, &m.PauseNs, &m.PauseEnd)
	m.Alloc = raw[0]
	m.TotalAlloc = raw[1]
	m.Sys = raw[2]
	m.Lookups = 0
	m.Mallocs = raw[3]
	m.Frees = raw[4]
	m.HeapAlloc = raw[0]
	m.HeapSys = raw[5]
	m.HeapIdle = raw[6]
	m.HeapInuse = raw[7]
	m.HeapReleased = raw[8]
	m.HeapObjects = raw[3] - raw[4]
	m.StackInuse = raw[9]
	m.StackSys = raw[9]
	m.GCSys = raw[10]
	m.NextGC = raw[11]
	m.LastGC = raw[12]
	m.PauseTotalNs = raw[13]
	m.NumGC = uint32(raw[14])
	m.NumForcedGC = uint32(raw[15])
	m.GCCPUFraction = 0
	m.EnableGC = true
	m.DebugGC = false
}

// The statistics in the order ReadMemStats reads them, and the pause
// buffers (stdlib/runtime/runtime.cpp).
func readMemStats(raw *[16]uint64, pauseNs *[256]uint64, pauseEnd *[256]uint64)

// NumGoroutine counts the goroutines that have started and not finished.
func NumGoroutine() int

// NumCPU is the number of CPUs this process may run on (its affinity mask).
func NumCPU() int

// GOMAXPROCS sets the number of worker threads that run goroutines to n
// and returns the previous setting; n < 1 leaves it unchanged. It starts
// as the GOMAXPROCS environment variable, csp run --procs, or the CPU
// count. At most 256 workers run, whatever the setting.
func GOMAXPROCS(n int) int

// Gosched lets other goroutines run: the caller goes to the back of its
// worker's queue and carries on when its turn comes (it does not park).
func Gosched()

// Goexit ends the calling goroutine after running all its deferred calls
// (recover returns nil in them). Other goroutines go on; when main calls
// it, the program goes on without main returning, and once no goroutine
// is left it ends with a fatal error.
func Goexit()

// Version returns the version of Go that csp implements.
func Version() string
