package time // import "time"

// Package time: durations, instants, calendars, formatting, and the timers
// behind Sleep, Timer, Ticker and AfterFunc. Everything is Go except what
// needs the VM (stdlib/time/time.cpp): the clocks, the system time zone,
// parking a goroutine, and the runtime's timers (vm/timers.hpp), which
// live in per-worker heaps and fire from the scheduler.

import "errors"

// ---- the VM ----------------------------------------------------------------

// now returns the wall clock (Unix seconds and nanoseconds) and the
// monotonic clock (runtimeNano).
func now() (sec int64, nsec int64, mono int64)

// runtimeNano returns the monotonic clock in nanoseconds, the timers' clock.
func runtimeNano() int64

// localZone returns the system time zone's abbreviation and offset east
// of UTC in seconds at the instant sec (Unix seconds).
func localZone(sec int64) (name string, offset int)

// localZoneName returns the name Go gives Local, and whether Local is the
// system's zone (false: it falls back to UTC, as Go does when TZ is "",
// "UTC" or names no zone file).
func localZoneName() (name string, system bool)

// runtimeTimer stands for a runtime timer: a collected VM object that
// newTimer makes and the other natives take; Go code never looks inside.
type runtimeTimer struct {
	opaque int64
}

// newTimer makes a timer that, when it fires, sends the current time (in
// loc) on c without blocking, or if c is nil starts f in a new goroutine.
func newTimer(c chan Time, f func(), loc *Location) *runtimeTimer

// setTimer makes t fire at when (runtimeNano) and then every period ns if
// period > 0, and reports whether it was pending.
func setTimer(t *runtimeTimer, when, period int64) bool

// stopTimer stops t and reports whether it was pending.
func stopTimer(t *runtimeTimer) bool

// sleepUntil parks the calling goroutine until runtimeNano() >= when.
func sleepUntil(when int64)

// startNano is the monotonic clock at startup, less one: the monotonic
// readings Time.String prints are relative to it (and never 0).
var startNano int64 = runtimeNano() - 1

// when is the deadline d from now, saturating on overflow.
func when(d Duration) int64 {
	t := runtimeNano()
	if d <= 0 {
		return t
	}
	t += int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// ---- sleeping and timers -----------------------------------------------------

// Sleep parks the calling goroutine until d has passed (never less);
// d <= 0 returns at once.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleepUntil(when(d))
}

// A Timer fires once: it sends the time on C (or, made by AfterFunc, runs
// its function). Only NewTimer and AfterFunc make usable ones.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer returns a Timer that sends the time on C once d has passed.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: newTimer(c, nil, Local)}
	setTimer(t.r, when(d), 0)
	return t
}

// Stop cancels the timer; false means it had already fired or been
// stopped (a time it sent stays in C).
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset makes the timer fire d from now, and reports whether it was still
// pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return setTimer(t.r, when(d), 0)
}

// After returns the channel of a new timer of d: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc starts f in a goroutine of its own once d has passed; the
// returned Timer (whose C is nil) can cancel or move that.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: newTimer(nil, f, nil)}
	setTimer(t.r, when(d), 0)
	return t
}

// A Ticker sends the time on C every period, dropping the ticks a slow
// receiver is not ready for.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a Ticker with period d, which must be positive (it
// panics otherwise); the first tick comes d from now.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: newTimer(c, nil, Local)}
	setTimer(t.r, when(d), int64(d))
	return t
}

// Stop ends the ticks (one already sent stays in C).
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset gives the ticker period d (positive, or it panics), the next tick
// coming d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	setTimer(t.r, when(d), int64(d))
}

// Tick returns the channel of a new Ticker of period d (which can never be
// stopped), or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ---- Duration ----------------------------------------------------------------

// A Duration is a span of time in nanoseconds (about 292 years either
// way).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// The units.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d as hours, minutes and seconds ("1h2m3.5s", leading
// zero units left out), or below a second in the largest of ms, µs and ns
// that keeps a non-zero leading digit ("1.5ms"); zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	if d < 0 {
		u = -u // also right for minDuration, in unsigned arithmetic
	}
	var b []byte
	if d < 0 {
		b = append(b, '-')
	}
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			b = appendUint(b, u, 0)
			b = append(b, "ns"...)
		case u < uint64(Millisecond):
			b = appendUint(b, u/1e3, 0)
			b = appendFrac(b, u%1e3, 3)
			b = append(b, "µs"...)
		default:
			b = appendUint(b, u/1e6, 0)
			b = appendFrac(b, u%1e6, 6)
			b = append(b, "ms"...)
		}
		return string(b)
	}
	secs := u / 1e9
	mins := secs / 60
	if hours := mins / 60; hours > 0 {
		b = appendUint(b, hours, 0)
		b = append(b, 'h')
	}
	if mins > 0 {
		b = appendUint(b, mins%60, 0)
		b = append(b, 'm')
	}
	b = appendUint(b, secs%60, 0)
	b = appendFrac(b, u%1e9, 9)
	b = append(b, 's')
	return string(b)
}

// appendUint appends u in decimal, zero-padded to width digits.
func appendUint(b []byte, u uint64, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for u >= 10 || len(buf)-i < width-1 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	return append(b, buf[i:]...)
}

// appendInt appends x in decimal, its magnitude zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	if x < 0 {
		return appendUint(append(b, '-'), -uint64(x), width)
	}
	return appendUint(b, uint64(x), width)
}

// appendFrac appends the fraction v/10^digits as "." and its digits
// without trailing zeros, or nothing when v is 0.
func appendFrac(b []byte, v uint64, digits int) []byte {
	for v != 0 && v%10 == 0 {
		v /= 10
		digits--
	}
	if v == 0 {
		return b
	}
	return appendUint(append(b, '.'), v, digits)
}

// Nanoseconds, Microseconds and Milliseconds count whole units (toward
// zero); Seconds, Minutes and Hours return fractional counts.
func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	whole, frac := d/Second, d%Second
	return float64(whole) + float64(frac)/1e9
}

func (d Duration) Minutes() float64 {
	whole, frac := d/Minute, d%Minute
	return float64(whole) + float64(frac)/(60*1e9)
}

func (d Duration) Hours() float64 {
	whole, frac := d/Hour, d%Hour
	return float64(whole) + float64(frac)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (m <= 0: d as it is).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfOrMore reports whether r >= m/2 (r, m > 0) without overflow.
func halfOrMore(r, m Duration) bool {
	return uint64(r)+uint64(r) >= uint64(m)
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// saturating at the largest and smallest Durations (m <= 0: d as it is).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if !halfOrMore(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if !halfOrMore(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs is |d|, the smallest Duration giving the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // the micro sign
	"μs": uint64(Microsecond), // the Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration reads an optional sign and then numbers (with optional
// fractions), each followed by a unit of ns, us, µs, μs, ms, s, m or h:
// "1h30m", "-2.5s", "300ms". Errors are Go's texts.
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64 // nanoseconds, at most 1<<63
	for s != "" {
		// The number: digits, then maybe a fraction.
		i := 0
		var whole uint64
		overflow := false
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if whole > (1<<63)/10 {
				overflow = true
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				overflow = true
			}
		}
		if overflow {
			return 0, invalid
		}
		haveWhole := i > 0
		// The fraction: digits stop counting once the value would
		// overflow (they cannot matter at nanosecond resolution).
		var frac uint64
		scale := 1.0
		haveFrac := false
		if i < len(s) && s[i] == '.' {
			i++
			start := i
			full := false
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if full || frac > (1<<63-1)/10 {
					full = true
					continue
				}
				y := frac*10 + uint64(s[i]-'0')
				if y > 1<<63 {
					full = true
					continue
				}
				frac = y
				scale *= 10
			}
			haveFrac = i > start
		}
		if !haveWhole && !haveFrac {
			return 0, invalid
		}
		s = s[i:]
		// The unit.
		i = 0
		for ; i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9'); i++ {
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > (1<<63)/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			// float64 is what Go uses here too: exact enough for any
			// fraction that can matter at nanosecond resolution.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

// quote returns s in double quotes, with the bytes of control and
// non-ASCII characters as \x escapes (Go's time.quote, which avoids
// depending on strconv).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// ---- Month and Weekday -------------------------------------------------------

// Month numbers the months from January = 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = [...]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String is the month's English name; other values print as %!Month(n).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m), 0)) + ")"
}

// Weekday numbers the days of the week from Sunday = 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = [...]string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String is the day's English name; other values print as %!Weekday(n).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d), 0)) + ")"
}

// ---- Location ------------------------------------------------------------------

// A Location maps time instants to the zone in use at that time: UTC, the
// system's zone (Local), or a fixed offset (FixedZone).
type Location struct {
	name   string
	zone   string // a fixed zone's abbreviation
	offset int    // a fixed zone's offset east of UTC, in seconds
	system bool   // the system's zone: ask localZone
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = newLocal()

func newLocal() Location {
	name, system := localZoneName()
	if system {
		return Location{name: name, system: true}
	}
	return Location{name: name, zone: "UTC"}
}

// UTC is Coordinated Universal Time; a Time in UTC holds a nil location.
var UTC *Location = &utcLoc

// Local is the system's zone: the zone file TZ names (its name then is
// TZ's), else /etc/localtime (named "Local"); UTC when TZ is "" or "UTC"
// or names no file.
var Local *Location = &localLoc

// FixedZone is a zone that never changes: its abbreviation is name, its
// offset `offset` seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// String is the location's name ("UTC", "Local", FixedZone's name).
func (l *Location) String() string {
	return l.get().name
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// lookup returns the zone abbreviation and offset in effect at the
// instant unix (Unix seconds).
func (l *Location) lookup(unix int64) (name string, offset int) {
	l = l.get()
	if l.system {
		return localZone(unix)
	}
	return l.zone, l.offset
}

// LoadLocation returns the Location with the given name: "" or "UTC" is
// UTC, "Local" is Local. Other names (the IANA database) are not available.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// ---- Time ----------------------------------------------------------------------

// A Time is an instant to the nanosecond, with the location it is shown
// in and, when it comes from Now, a monotonic clock reading, which the
// comparisons and subtractions prefer when both operands have one.
//
// The VM builds Time values itself (the time a timer sends): keep the
// field order in sync with send_time in stdlib/time/time.cpp.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // nanoseconds within that second, [0, 999999999]
	mono int64 // monotonic clock reading (runtimeNano), 0 if none
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// Days from January 1, year 1 to January 1, 1970 (both proleptic
	// Gregorian), and the same in seconds.
	daysToUnix     int64 = 1969*365 + 1969/4 - 1969/100 + 1969/400
	unixToInternal int64 = daysToUnix * secondsPerDay
)

// Now is the current time in Local, with a monotonic reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, nsec, mono, Local}
}

// Since is Now().Sub(t).
func Since(t Time) Duration {
	if t.mono != 0 {
		return subMono(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until is t.Sub(Now()).
func Until(t Time) Duration {
	if t.mono != 0 {
		return subMono(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // t - u is positive out of range
	}
	if d > 0 && t < u {
		return minDuration // t - u is negative out of range
	}
	return d
}

// Unix is the instant sec seconds plus nsec nanoseconds (any value: it is
// normalized) after 1970-01-01 00:00:00 UTC, in Local.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

// UnixMilli is Unix with a count of milliseconds.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro is Unix with a count of microseconds.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Unix, UnixMilli, UnixMicro and UnixNano count the seconds (and so on)
// from 1970-01-01 00:00:00 UTC to t (UnixNano wraps outside about
// 1678-2262).
func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// IsZero reports whether t is the zero Time's instant, 0001-01-01
// 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After, Before and Equal compare instants (not locations).
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add is the instant d after t (the monotonic reading moves too).
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			m = 0 // the monotonic reading overflowed: drop it
		}
		t.mono = m
	}
	return t
}

// Sub is t - u, saturating at the largest and smallest Durations.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// d overflowed if adding it back misses t.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate moves t's date by whole years, months and days, keeping its
// clock, then normalizes as Date does (October 31 plus a month is
// December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Location is t's location (UTC for a nil one).
func (t Time) Location() *Location {
	return t.loc.get()
}

// Zone is the abbreviation and offset (seconds east of UTC) of the zone
// in effect at t in its location.
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.sec - unixToInternal)
}

func (t Time) withLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
	return t
}

// UTC, Local and In give the same instant shown in another location
// (without a monotonic reading); In panics on a nil location.
func (t Time) UTC() Time { return t.withLoc(&utcLoc) }

func (t Time) Local() Time { return t.withLoc(Local) }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.withLoc(loc)
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values rounding up; Truncate rounds
// down. Both drop the monotonic clock reading; d <= 0 returns t so.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.sinceZeroMod(d)
	if !halfOrMore(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time).
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZeroMod(d))
}

// sinceZeroMod is (t - zero time) mod d, in [0, d), for d > 0. The
// nanoseconds since the zero time do not fit in 64 bits, so it works
// modulo d: (sec*1e9 + nsec) mod d.
func (t Time) sinceZeroMod(d Duration) Duration {
	m := uint64(d)
	sec, nsec := t.sec, t.nsec
	neg := sec < 0
	if neg {
		// |t| = (-sec-1) seconds and 1e9-nsec nanoseconds (or -sec seconds)
		if nsec == 0 {
			sec = -sec
		} else {
			sec = -sec - 1
			nsec = 1e9 - nsec
		}
	}
	r := (mulMod(uint64(sec)%m, 1e9%m, m) + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod returns a*b mod m for a, b < m, without overflow.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}

func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// ---- the calendar ----------------------------------------------------------------

// floorDiv returns a/b rounded down and the remainder in [0, b), for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

// civil returns the proleptic Gregorian date of the day `days` days after
// January 1, 1970, using Howard Hinnant's civil_from_days: years counted
// from March, in 400-year eras of 146097 days.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468 // days since 0000-03-01
	era, doe := floorDiv(z, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)              // [0, 365]
	mp := (5*doy + 2) / 153                               // [0, 11], from March
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is civil's inverse: days since January 1, 1970 of the
// given date (month in [1, 12], any day).
func daysFromCivil(year int64, month int, day int64) int64 {
	y := year
	if month <= 2 {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := int64(month) + 9 // from March
	if month > 2 {
		mp = int64(month) - 3
	}
	doy := (153*mp + 2) / 5
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468 + day - 1
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// local returns t's zone and the seconds since 1970 on t's local clock.
func (t Time) local() (name string, offset int, secs int64) {
	unix := t.sec - unixToInternal
	name, offset = t.loc.lookup(unix)
	return name, offset, unix + int64(offset)
}

// calFields are the calendar and clock fields of t in its location.
type calFields struct {
	year         int
	month        Month
	day          int
	yday         int // 1-based
	weekday      Weekday
	hour         int
	min          int
	sec          int
	zone         string
	offset       int
}

func (t Time) fields() calFields {
	var f calFields
	var secs int64
	f.zone, f.offset, secs = t.local()
	days, s := floorDiv(secs, secondsPerDay)
	f.year, f.month, f.day = civil(days)
	f.yday = int(days-daysFromCivil(int64(f.year), 1, 1)) + 1
	_, wd := floorDiv(days+4, 7) // January 1, 1970 was a Thursday
	f.weekday = Weekday(wd)
	f.hour = int(s / secondsPerHour)
	f.min = int(s % secondsPerHour / secondsPerMinute)
	f.sec = int(s % secondsPerMinute)
	return f
}

// The calendar fields of t in its location: Date, Clock and each field
// alone (YearDay counts from 1).
func (t Time) Date() (year int, month Month, day int) {
	f := t.fields()
	return f.year, f.month, f.day
}

func (t Time) Year() int { return t.fields().year }

func (t Time) Month() Month { return t.fields().month }

func (t Time) Day() int { return t.fields().day }

func (t Time) Weekday() Weekday { return t.fields().weekday }

func (t Time) YearDay() int { return t.fields().yday }

func (t Time) Clock() (hour, min, sec int) {
	f := t.fields()
	return f.hour, f.min, f.sec
}

func (t Time) Hour() int { return t.fields().hour }

func (t Time) Minute() int { return t.fields().min }

func (t Time) Second() int { return t.fields().sec }

func (t Time) Nanosecond() int { return int(t.nsec) }

// ISOWeek is t's ISO 8601 week: weeks run Monday to Sunday and belong to
// the year of their Thursday, so a date near New Year may be in the other
// year's week 52, 53 or 1.
func (t Time) ISOWeek() (year, week int) {
	f := t.fields()
	// The Thursday of t's week (Monday-based) decides both.
	monday0 := (int(f.weekday) + 6) % 7
	thu := t.Add(Duration(3-monday0) * 24 * Hour).fields()
	return thu.year, (thu.yday-1)/7 + 1
}

// norm returns hi, lo normalized so that lo is in [0, base).
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date is the instant whose reading on loc's clock is the given date and
// time. Fields out of their ranges carry into the next larger ones (month
// 13 is January of the next year, second -1 the last of the minute
// before). A nil loc panics.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), m+1, int64(day))
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	// unix is on the zone's clock: find the offset in effect then (the
	// offset at the instant the clock reading would be in UTC first, then
	// at the instant that offset gives, for readings near a transition).
	if _, offset := loc.lookup(unix); offset != 0 {
		_, offset = loc.lookup(unix - int64(offset))
		unix -= int64(offset)
	}
	t := Time{unix + unixToInternal, int64(nsec), 0, nil}
	return t.withLoc(loc)
}

// ---- formatting -----------------------------------------------------------------

// Layouts for Time.Format and the reference time they are written in:
// Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// The elements a layout is made of (see nextElem).
const (
	elemNone        = iota
	elemLongMonth   // January
	elemMonth       // Jan
	elemNumMonth    // 1
	elemZeroMonth   // 01
	elemLongWeekday // Monday
	elemWeekday     // Mon
	elemDay         // 2
	elemUnderDay    // _2
	elemZeroDay     // 02
	elemUnderYDay   // __2
	elemZeroYDay    // 002
	elemHour        // 15
	elemHour12      // 3
	elemZeroHour12  // 03
	elemMinute      // 4
	elemZeroMinute  // 04
	elemSecond      // 5
	elemZeroSecond  // 05
	elemLongYear    // 2006
	elemYear        // 06
	elemPM          // PM
	elempm          // pm
	elemTZ          // MST
	elemZone        // -0700 and its variants (zoneFlags say which)
	elemFrac        // .000 / ,999 (digits, separator, trim)
)

// Flags of a zone element.
const (
	zoneZ       = 1 << iota // "Z07...": prints Z for UTC
	zoneColon               // -07:00
	zoneSeconds             // -070000
	zoneShort               // -07
)

// An elem is one layout element with its parameters.
type elem struct {
	kind   int
	flags  int  // elemZone
	digits int  // elemFrac
	sep    byte // elemFrac: '.' or ','
	trim   bool // elemFrac: drop trailing zeros (.999)
}

var zeroElems = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

var zoneElems = []struct {
	text  string
	flags int
}{
	{"Z070000", zoneZ | zoneSeconds},
	{"Z07:00:00", zoneZ | zoneColon | zoneSeconds},
	{"Z0700", zoneZ},
	{"Z07:00", zoneZ | zoneColon},
	{"Z07", zoneZ | zoneShort},
	{"-070000", zoneSeconds},
	{"-07:00:00", zoneColon | zoneSeconds},
	{"-0700", 0},
	{"-07:00", zoneColon},
	{"-07", zoneShort},
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func startsLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElem splits layout at its first element: the literal text before
// it, the element, and the rest (e.kind == elemNone: no element left).
func nextElem(layout string) (prefix string, e elem, rest string) {
	for i := 0; i < len(layout); i++ {
		s := layout[i:]
		k, n := elemNone, 0
		switch s[0] {
		case 'J':
			if hasPrefix(s, "January") {
				k, n = elemLongMonth, 7
			} else if hasPrefix(s, "Jan") && !startsLower(s[3:]) {
				k, n = elemMonth, 3
			}
		case 'M':
			if hasPrefix(s, "Monday") {
				k, n = elemLongWeekday, 6
			} else if hasPrefix(s, "Mon") && !startsLower(s[3:]) {
				k, n = elemWeekday, 3
			} else if hasPrefix(s, "MST") {
				k, n = elemTZ, 3
			}
		case '0':
			if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
				k, n = zeroElems[s[1]-'1'], 2
			} else if hasPrefix(s, "002") {
				k, n = elemZeroYDay, 3
			}
		case '1':
			if hasPrefix(s, "15") {
				k, n = elemHour, 2
			} else {
				k, n = elemNumMonth, 1
			}
		case '2':
			if hasPrefix(s, "2006") {
				k, n = elemLongYear, 4
			} else {
				k, n = elemDay, 1
			}
		case '_':
			if hasPrefix(s, "_2006") {
				// A literal "_" and then the year.
				return layout[:i+1], elem{kind: elemLongYear}, layout[i+5:]
			} else if hasPrefix(s, "_2") {
				k, n = elemUnderDay, 2
			} else if hasPrefix(s, "__2") {
				k, n = elemUnderYDay, 3
			}
		case '3':
			k, n = elemHour12, 1
		case '4':
			k, n = elemMinute, 1
		case '5':
			k, n = elemSecond, 1
		case 'P':
			if hasPrefix(s, "PM") {
				k, n = elemPM, 2
			}
		case 'p':
			if hasPrefix(s, "pm") {
				k, n = elempm, 2
			}
		case '-', 'Z':
			for _, z := range zoneElems {
				if hasPrefix(s, z.text) {
					return layout[:i], elem{kind: elemZone, flags: z.flags}, s[len(z.text):]
				}
			}
		case '.', ',':
			// A run of 0s or 9s after the separator, not followed by
			// another digit: fractional seconds.
			if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
				j := 1
				for j < len(s) && s[j] == s[1] {
					j++
				}
				if !isDigitAt(s, j) {
					e := elem{kind: elemFrac, digits: j - 1, sep: s[0], trim: s[1] == '9'}
					return layout[:i], e, s[j:]
				}
			}
		}
		if k != elemNone {
			return layout[:i], elem{kind: k}, s[n:]
		}
	}
	return layout, elem{}, ""
}

// Format writes t as the layout writes the reference time (Mon Jan 2
// 15:04:05 MST 2006, zone -0700): each element of the layout (see
// nextElem) is replaced by t's field, the rest is copied.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	f := t.fields()
	for layout != "" {
		prefix, e, rest := nextElem(layout)
		b = append(b, prefix...)
		if e.kind == elemNone {
			break
		}
		layout = rest
		switch e.kind {
		case elemYear:
			y := f.year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, f.year, 4)
		case elemMonth:
			b = append(b, f.month.String()[:3]...)
		case elemLongMonth:
			b = append(b, f.month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(f.month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(f.month), 2)
		case elemWeekday:
			b = append(b, f.weekday.String()[:3]...)
		case elemLongWeekday:
			b = append(b, f.weekday.String()...)
		case elemDay:
			b = appendInt(b, f.day, 0)
		case elemUnderDay:
			if f.day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, f.day, 0)
		case elemZeroDay:
			b = appendInt(b, f.day, 2)
		case elemUnderYDay:
			if f.yday < 100 {
				b = append(b, ' ')
			}
			if f.yday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, f.yday, 0)
		case elemZeroYDay:
			b = appendInt(b, f.yday, 3)
		case elemHour:
			b = appendInt(b, f.hour, 2)
		case elemHour12, elemZeroHour12:
			h := f.hour % 12
			if h == 0 {
				h = 12 // noon is 12PM, midnight 12AM
			}
			if e.kind == elemHour12 {
				b = appendInt(b, h, 0)
			} else {
				b = appendInt(b, h, 2)
			}
		case elemMinute:
			b = appendInt(b, f.min, 0)
		case elemZeroMinute:
			b = appendInt(b, f.min, 2)
		case elemSecond:
			b = appendInt(b, f.sec, 0)
		case elemZeroSecond:
			b = appendInt(b, f.sec, 2)
		case elemPM:
			if f.hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if f.hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemZone:
			b = appendZone(b, f.offset, e.flags)
		case elemTZ:
			if f.zone != "" {
				b = append(b, f.zone...)
			} else {
				// A zone without a name prints as -0700.
				b = appendZone(b, f.offset/60*60, 0)
			}
		case elemFrac:
			b = appendNanos(b, t.nsec, e)
		}
	}
	return b
}

// appendZone appends a zone offset (seconds east of UTC) as a zone
// element with the given flags prints it.
func appendZone(b []byte, offset int, flags int) []byte {
	if offset == 0 && flags&zoneZ != 0 {
		return append(b, 'Z')
	}
	// The sign is the sign of the whole minutes (as Go prints it).
	mins := offset / 60
	if mins < 0 {
		b = append(b, '-')
		mins = -mins
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, mins/60, 2)
	if flags&zoneShort != 0 {
		return b
	}
	if flags&zoneColon != 0 {
		b = append(b, ':')
	}
	b = appendInt(b, mins%60, 2)
	if flags&zoneSeconds != 0 {
		if flags&zoneColon != 0 {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendNanos appends the fractional second of a frac element: its
// separator and its number of digits (at most 9), trailing zeros dropped
// for a trim element (and nothing at all when that leaves none).
func appendNanos(b []byte, nsec int64, e elem) []byte {
	n := e.digits
	if n > 9 {
		n = 9
	}
	v := uint64(nsec)
	for k := n; k < 9; k++ {
		v /= 10
	}
	if e.trim {
		for n > 0 && v%10 == 0 {
			v /= 10
			n--
		}
		if n == 0 {
			return b
		}
	}
	return appendUint(append(b, e.sep), v, n)
}

// String is t in the layout "2006-01-02 15:04:05.999999999 -0700 MST",
// then, with a monotonic reading, " m=" and that reading in seconds since
// the program started, signed and with nine decimals.
func (t Time) String() string {
	b := t.AppendFormat(nil, "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
		b = append(b, " m="...)
		u := uint64(m)
		if m < 0 {
			b = append(b, '-')
			u = -u
		} else {
			b = append(b, '+')
		}
		b = appendUint(b, u/1e9, 0)
		b = append(b, '.')
		b = appendUint(b, u%1e9, 9)
	}
	return string(b)
}

// GoString is the Go expression that makes t, a call of Date (for %#v).
func (t Time) GoString() string {
	f := t.fields()
	b := append([]byte(nil), "time.Date("...)
	b = appendInt(b, f.year, 0)
	b = append(b, ", time."...)
	b = append(b, f.month.String()...)
	for _, v := range [...]int{f.day, f.hour, f.min, f.sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// ---- parsing --------------------------------------------------------------------

// A ParseError says why Parse rejected a value: which element of the layout
// (LayoutElem) did not match the text at ValueElem, or, with Message, what
// else was wrong.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error is Go's text for the failure.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// Parse reads value as layout writes the reference time (see Format). A
// missing date is January 1 of year 0, a missing zone UTC. A numeric zone
// that is Local's at that time gives a time in Local, another one a
// FixedZone without a name; a zone abbreviation Local uses gives its
// offset, an unknown one a FixedZone of that name and offset 0 (GMT+h: h
// hours). The seconds may be followed by a fraction the layout does not
// show. Two-digit years from 69 are 19xx, the others 20xx.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc instead of UTC for a value without a
// zone, and instead of Local for matching zones.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

var errBad = errors.New("bad value for field") // never shown

// skipText removes text from the start of value; a run of spaces in text
// matches any run of spaces in value (even an empty one at its end).
func skipText(value, text string) (string, bool) {
	for text != "" {
		if text[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			text = trimSpaces(text)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != text[0] {
			return value, false
		}
		text = text[1:]
		value = value[1:]
	}
	return value, true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// number reads a decimal number of 1 to max digits (exactly max if fixed)
// from the start of s.
func number(s string, max int, fixed bool) (n int, rest string, err error) {
	i := 0
	for i < max && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i < max {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi reads all of s as an integer with an optional sign ("" and a lone
// sign read as 0, as Go's does).
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var x uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || x > (1<<63-1)/10 {
			return 0, errBad
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, errBad
		}
	}
	if neg {
		return -int(x), nil
	}
	return int(x), nil
}

// foldMatch reports whether a and b are equal ignoring the case of ASCII
// letters.
func foldMatch(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 'a' - 'A'
		y |= 'a' - 'A'
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// name finds which of names (their first n bytes, all when n is 0)
// starts value, ignoring case.
func name(names []string, n int, value string) (int, string, error) {
	for i, full := range names {
		v := full
		if n > 0 {
			v = full[:n]
		}
		if len(value) >= len(v) && foldMatch(value[:len(v)], v) {
			return i, value[len(v):], nil
		}
	}
	return -1, value, errBad
}

// fraction reads a separator and the digits after it (n bytes in all,
// at most 10 count) as nanoseconds; a sign there is "out of range".
func fraction(value string, n int) (ns int, outOfRange string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for k := n; k < 10; k++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLen is the length of the zone abbreviation value starts with,
// by Go's rules: three upper-case letters, four or five ending in T (and
// WITA, ChST, MeST), GMT with an optional signed hour, or a signed hour.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedHourLen is the length of a sign and an hour up to 23 at the start
// of s, or 0.
func signedHourLen(s string) int {
	if s == "" || s[0] != '+' && s[0] != '-' {
		return 0
	}
	i := 1
	var x uint64
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		if x > 1<<32 {
			return 0
		}
		x = x*10 + uint64(s[i]-'0')
		i++
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// daysIn is the number of days in month of year.
func daysIn(month Month, year int) int {
	switch month {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// lookupName finds the offset of the zone called zone in l around the
// instant unix: the zone in effect then, or the other one of the year
// (standard or daylight time).
func (l *Location) lookupName(zone string, unix int64) (offset int, ok bool) {
	l = l.get()
	if !l.system {
		return l.offset, l.zone == zone
	}
	for _, d := range [...]int64{0, 182 * secondsPerDay, -182 * secondsPerDay} {
		if n, off := localZone(unix + d); n == zone {
			return off, true
		}
	}
	return 0, false
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	var (
		year, hour, min, sec, nsec int
		month, day, yday           = -1, -1, -1
		pm, am                     bool
		zoneLoc                    *Location
		zoneOffset                 = -1
		zoneName                   string
	)
	for {
		prefix, e, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var ok bool
		if value, ok = skipText(value, prefix); !ok {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		if e.kind == elemNone {
			if value != "" {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		var err error
		outOfRange := ""
		switch e.kind {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			if year, err = atoi(value[:2]); err == nil {
				value = value[2:]
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case elemMonth, elemLongMonth:
			n := 3
			if e.kind == elemLongMonth {
				n = 0
			}
			month, value, err = name(longMonthNames[:], n, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = number(value, 2, e.kind == elemZeroMonth)
			if err == nil && (month < 1 || month > 12) {
				outOfRange = "month"
			}
		case elemWeekday, elemLongWeekday:
			// Checked, then ignored.
			n := 3
			if e.kind == elemLongWeekday {
				n = 0
			}
			_, value, err = name(longDayNames[:], n, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e.kind == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = number(value, 2, e.kind == elemZeroDay)
		case elemUnderYDay, elemZeroYDay:
			if e.kind == elemUnderYDay {
				for k := 0; k < 2 && value != "" && value[0] == ' '; k++ {
					value = value[1:]
				}
			}
			yday, value, err = number(value, 3, e.kind == elemZeroYDay)
		case elemHour:
			hour, value, err = number(value, 2, false)
			if hour >= 24 {
				outOfRange = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = number(value, 2, e.kind == elemZeroHour12)
			if hour > 12 {
				outOfRange = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = number(value, 2, e.kind == elemZeroMinute)
			if min >= 60 {
				outOfRange = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = number(value, 2, e.kind == elemZeroSecond)
			if sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction the layout does not show is read here.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				if _, next, _ := nextElem(layout); next.kind == elemFrac {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, outOfRange, err = fraction(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			upper := e.kind == elemPM
			switch {
			case upper && p == "PM" || !upper && p == "pm":
				pm = true
			case upper && p == "AM" || !upper && p == "am":
				am = true
			default:
				err = errBad
			}
		case elemZone:
			if e.flags&zoneZ != 0 && e.flags&zoneSeconds == 0 && value != "" && value[0] == 'Z' {
				value = value[1:]
				zoneLoc = UTC
				break
			}
			// sign, hours, minutes, seconds as the element lays them out
			var width int
			var hh, mm, ss string
			switch {
			case e.flags&zoneShort != 0:
				width = 3
			case e.flags&zoneColon != 0 && e.flags&zoneSeconds != 0:
				width = 9
			case e.flags&zoneColon != 0:
				width = 6
			case e.flags&zoneSeconds != 0:
				width = 7
			default:
				width = 5
			}
			if len(value) < width {
				err = errBad
				break
			}
			hh, mm, ss = value[1:3], "00", "00"
			switch width {
			case 5:
				mm = value[3:5]
			case 6:
				if value[3] != ':' {
					err = errBad
				}
				mm = value[4:6]
			case 7:
				mm, ss = value[3:5], value[5:7]
			case 9:
				if value[3] != ':' || value[6] != ':' {
					err = errBad
				}
				mm, ss = value[4:6], value[7:9]
			}
			if err != nil {
				break
			}
			sign := value[0]
			value = value[width:]
			var h, m, s int
			h, err = atoi(hh)
			if err == nil {
				m, err = atoi(mm)
			}
			if err == nil {
				s, err = atoi(ss)
			}
			zoneOffset = (h*60+m)*60 + s
			switch sign {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				zoneLoc = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac:
			if !e.trim {
				// Exactly the layout's digits.
				n := 1 + e.digits
				if len(value) < n {
					err = errBad
					break
				}
				nsec, outOfRange, err = fraction(value, n)
				value = value[n:]
				break
			}
			// Optional, and up to nine digits whatever the layout shows.
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigitAt(value, 1) {
				break
			}
			n := 1
			for n < 10 && isDigitAt(value, n) {
				n++
			}
			nsec, outOfRange, err = fraction(value, n)
			value = value[n:]
		}
		if outOfRange != "" {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ": " + outOfRange + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ""}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year decides the month and the day, which must
		// agree with any the value gave as well.
		if yday < 1 || yday > 365 && !(yday == 366 && isLeap(year)) {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		m, d := 1, yday
		for d > daysIn(Month(m), year) {
			d -= daysIn(Month(m), year)
			m++
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		month, day = m, d
	} else {
		if month < 0 {
			month = 1
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}

	if zoneLoc != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zoneLoc), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// Local's zone if it has this offset then (and this name, if given).
		if n, off := local.lookup(t.Unix()); off == zoneOffset && (zoneName == "" || n == zoneName) {
			return t.withLoc(local), nil
		}
		return t.withLoc(FixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if off, ok := local.lookupName(zoneName, t.Unix()); ok {
			t.sec -= int64(off)
			return t.withLoc(local), nil
		}
		off := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			off, _ = atoi(zoneName[3:])
			off *= secondsPerHour
		}
		return t.withLoc(FixedZone(zoneName, off)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}
