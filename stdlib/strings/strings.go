package strings // import "strings"

import (
	"unicode"
	"unicode/utf8"
)

// Builder is written in Go: compiled like user code. Its bytes are
// buf[:n] and len(buf) == cap(buf) is its capacity, so a write that fits
// copies into buf in place; `buf = append(buf, s...)` would make a new
// slice header on every write. Capacities grow exactly as Go's Builder
// (append's growth, or Grow's 2*cap+n).
type Builder struct {
	buf []byte
	n   int
}

func (b *Builder) String() string { return bytesPrefix(b.buf, b.n) }
func (b *Builder) Len() int       { return b.n }
func (b *Builder) Cap() int       { return len(b.buf) }
func (b *Builder) Reset()         { b.buf, b.n = nil, 0 }

func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if len(b.buf)-b.n < n {
		buf := make([]byte, 2*len(b.buf)+n)
		copy(buf, b.buf[:b.n])
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	t := append(b.buf[:b.n], p...)
	b.buf, b.n = t[:cap(t)], len(t)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	if b.n < len(b.buf) {
		b.buf[b.n] = c
		b.n++
		return nil
	}
	t := append(b.buf[:b.n], c)
	b.buf, b.n = t[:cap(t)], len(t)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	if len(b.buf)-b.n < utf8.UTFMax {
		b.Grow(utf8.UTFMax) // Go grows by UTFMax here, not as append would
	}
	return b.WriteString(string(r))
}

func (b *Builder) WriteString(s string) (int, error) {
	if len(b.buf)-b.n >= len(s) {
		b.n = copyAt(b.buf, b.n, s)
		return len(s), nil
	}
	t := append(b.buf[:b.n], s...)
	b.buf, b.n = t[:cap(t)], len(t)
	return len(s), nil
}

// bytesPrefix returns string(buf[:n]) without a slice header in between.
func bytesPrefix(buf []byte, n int) string

// copyAt copies s into buf at offset at, which has room for it, and
// returns at+len(s).
func copyAt(buf []byte, at int, s string) int

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func Count(s, substr string) int
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndex(s, substr string) int
func LastIndexByte(s string, c byte) int
func LastIndexAny(s, chars string) int
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToValidUTF8(s, replacement string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func EqualFold(s, t string) bool
func Compare(a, b string) int
func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitN(s, sep string, n int) []string
func SplitAfterN(s, sep string, n int) []string
func Fields(s string) []string
func Join(elems []string, sep string) string

// ---- functions taking a func -------------------------------------------
// Written in Go so the callback runs as ordinary script code (it may block,
// panic or recover like any call).

// Clone copies s into new memory (the empty string stays as it is).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// ContainsFunc reports whether any rune of s satisfies f (Go 1.21).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// TrimLeftFunc drops the leading runes that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc drops the trailing runes that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// TrimFunc drops the leading and trailing runes that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s around each run of runes satisfying f; the result
// has no empty strings (and is empty, not nil, when there are no fields).
func FieldsFunc(s string, f func(rune) bool) []string {
	var fields []string
	start := -1 // start of the current field, or -1 between fields
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	out := make([]string, len(fields)) // Go's result has len == cap
	copy(out, fields)
	return out
}

// Map returns s with each rune replaced by mapping(r); a negative result
// drops the rune. An invalid UTF-8 byte reaches mapping as U+FFFD and comes
// out encoded (as U+FFFD unless mapped to something else).
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c && (c != utf8.RuneError || !isBadByte(s, i)) {
				continue
			}
			changed = true
			b = make([]byte, i, len(s)+utf8.UTFMax)
			copy(b, s[:i])
		}
		if r >= 0 {
			if r < utf8.RuneSelf {
				b = append(b, byte(r))
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// isBadByte reports whether the U+FFFD that ranging over s gave at i is an
// invalid byte rather than an encoded U+FFFD.
func isBadByte(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

// Title upper-cases (title-cases) the first letter of each word. Deprecated
// in Go, but still there.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		sep := isSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isSeparator is Title's word boundary: anything but ASCII letters, digits
// and '_', and among other runes only spaces.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ---- Replacer ------------------------------------------------------------

// Replacer replaces a list of strings with replacements, in one pass over
// the input. At each position the first pair (in argument order) whose old
// string matches wins, whatever its length; an empty old string matches
// everywhere, but never twice in a row at the same position. Go builds
// specialised replacers for single bytes and single strings; they all
// give these results.
type Replacer struct {
	old, new []string
	byFirst  [256][]int // pairs whose old string starts with that byte, in argument order
	empty    int        // the first pair whose old string is "", or -1
}

// NewReplacer returns a Replacer from old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		k := len(r.old)
		r.old = append(r.old, oldnew[i])
		r.new = append(r.new, oldnew[i+1])
		if oldnew[i] == "" {
			if r.empty < 0 {
				r.empty = k
			}
		} else {
			c := oldnew[i][0]
			r.byFirst[c] = append(r.byFirst[c], k)
		}
	}
	return r
}

// match returns the pair that applies at s[i:], or -1.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = r.empty
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if best >= 0 && k > best {
				break
			}
			if HasPrefix(s[i:], r.old[k]) {
				return k
			}
		}
	}
	return best
}

// Replace applies the replacements to s in one pass, left to right.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		n := len(r.old[k])
		prevEmpty = n == 0
		b = append(b, s[last:i]...)
		b = append(b, r.new[k]...)
		changed = true
		i += n
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}
