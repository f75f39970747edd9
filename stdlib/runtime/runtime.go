package runtime // import "runtime"

// Run-time errors as Go values. The VM raises its run-time panics (index out
// of range, nil map writes, failed type assertions, ...) as values of the
// types below, built in C++ (vm/runtime_errors.cpp, which knows their slot
// layout and checks it when the VM starts), so recover() returns what Go's
// recover returns: a runtime.Error whose Error() is Go's text. The texts and
// the types are Go 1.19's runtime/error.go. This package is compiled into
// every program, imported or not.

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// methodSets is never called. The VM makes values of these four types
// itself; converting one of each to Error here makes the compiler record
// their method sets, which interface calls and assertions use (as Go's
// compiler emits an itab for each conversion it sees).
func methodSets() []Error {
	return []Error{errorString(""), plainError(""), boundsError{}, &TypeAssertionError{}}
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // one method needed by Interface, missing from Concrete
}

// _type stands for Go's type descriptor: what the messages need of it.
type _type struct {
	str     string // the type as Go prints it: "main.T", "interface {}"
	pkgPath string // the defining package of a named type, else ""
}

func (t *_type) string() string  { return t.str }
func (t *_type) pkgpath() string { return t.pkgPath }

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.string()
	}
	as := e.asserted.string()
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.string()
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// provide slightly clearer error message
			if e.concrete.pkgpath() != e.asserted.pkgpath() {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as +
		": missing method " + e.missingMethod
}

// itoa converts val to a decimal representation. The result is
// written somewhere within buf and the location of the result is returned.
// buf must be at least 20 bytes.
func itoa(buf []byte, val uint64) []byte {
	i := len(buf) - 1
	for val >= 10 {
		buf[i] = byte(val%10 + '0')
		i--
		val /= 10
	}
	buf[i] = byte(val + '0')
	return buf[i:]
}

// An errorString represents a runtime error described by a single string.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError represents a runtime error described a string without
// the prefix "runtime error: " after invoking errorString.Error().
// See Issue #14965.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError represents an indexing or slicing operation gone wrong.
type boundsError struct {
	x int64
	y int
	// Values in an index or slice expression can be signed or unsigned.
	// That means we'd need 65 bits to encode all possible indexes, from -2^63 to 2^64-1.
	// Instead, we keep track of whether x should be interpreted as signed or unsigned.
	// y is known to be nonnegative and to fit in an int.
	signed bool
	code   boundsErrorCode
}

type boundsErrorCode uint8

const (
	boundsIndex boundsErrorCode = iota // s[x], 0 <= x < len(s) failed

	boundsSliceAlen // s[?:x], 0 <= x <= len(s) failed
	boundsSliceAcap // s[?:x], 0 <= x <= cap(s) failed
	boundsSliceB    // s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen)

	boundsSlice3Alen // s[?:?:x], 0 <= x <= len(s) failed
	boundsSlice3Acap // s[?:?:x], 0 <= x <= cap(s) failed
	boundsSlice3B    // s[?:x:y], 0 <= x <= y failed (but boundsSlice3A didn't happen)
	boundsSlice3C    // s[x:y:?], 0 <= x <= y failed (but boundsSlice3A/B didn't happen)

	boundsConvert // (*[x]T)(s), 0 <= x <= len(s) failed
	// Note: in the above, len(s) and cap(s) are stored in y
)

// boundsErrorFmt provides error text for the various out-of-bounds panics
// (Go's boundsErrorFmts, a function here so that the package needs no
// variable initialization).
func boundsErrorFmt(code boundsErrorCode) string {
	switch code {
	case boundsIndex:
		return "index out of range [%x] with length %y"
	case boundsSliceAlen:
		return "slice bounds out of range [:%x] with length %y"
	case boundsSliceAcap:
		return "slice bounds out of range [:%x] with capacity %y"
	case boundsSliceB:
		return "slice bounds out of range [%x:%y]"
	case boundsSlice3Alen:
		return "slice bounds out of range [::%x] with length %y"
	case boundsSlice3Acap:
		return "slice bounds out of range [::%x] with capacity %y"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:%y]"
	case boundsSlice3C:
		return "slice bounds out of range [%x:%y:]"
	}
	return "cannot convert slice with length %y to pointer to array with length %x"
}

// boundsNegErrorFmt gives the overriding formats if x is negative. In this
// case there's no need to report y.
func boundsNegErrorFmt(code boundsErrorCode) string {
	switch code {
	case boundsIndex:
		return "index out of range [%x]"
	case boundsSliceAlen, boundsSliceAcap:
		return "slice bounds out of range [:%x]"
	case boundsSliceB:
		return "slice bounds out of range [%x:]"
	case boundsSlice3Alen, boundsSlice3Acap:
		return "slice bounds out of range [::%x]"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:]"
	case boundsSlice3C:
		return "slice bounds out of range [%x::]"
	}
	return boundsErrorFmt(code)
}

func (e boundsError) RuntimeError() {}

func appendIntStr(b []byte, v int64, signed bool) []byte {
	if signed && v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	b = append(b, itoa(buf[:], uint64(v))...)
	return b
}

func (e boundsError) Error() string {
	fmt := boundsErrorFmt(e.code)
	if e.signed && e.x < 0 {
		fmt = boundsNegErrorFmt(e.code)
	}
	// max message length is 99: "runtime error: slice bounds out of range [::%x] with capacity %y"
	// x can be at most 20 characters. y can be at most 19.
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(fmt); i++ {
		c := fmt[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		switch fmt[i] {
		case 'x':
			b = appendIntStr(b, e.x, e.signed)
		case 'y':
			b = appendIntStr(b, int64(e.y), true)
		}
	}
	return string(b)
}

// ---- memory and scheduler (stdlib/runtime/runtime.cpp) ----

// MemStats records statistics about the memory allocator (Go's type, field
// for field). csp fills the allocation, heap and collection fields; the
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

// ReadMemStats populates m with memory allocator statistics. The world
// is stopped meanwhile, so the numbers are consistent with each other.
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

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS returns the number of worker threads running goroutines. csp
// fixes it when the program starts (GOMAXPROCS environment variable or
// csp run --procs), so a call with n > 0 does not change it.
func GOMAXPROCS(n int) int

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Version returns the version of Go that csp implements.
func Version() string
