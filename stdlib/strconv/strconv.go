package strconv // import "strconv"

import (
	"errors"
	"unicode/utf8"
)

const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte

// ---- parsing -----------------------------------------------------------
// The cores are natives (parse.cpp) returning Go's value and a status; the
// errors are built here, so they are ordinary Go values (*NumError wrapping
// ErrSyntax or ErrRange) that errors.Is and errors.As see through.

// ErrRange: the number is well formed but does not fit the requested size.
var ErrRange = errors.New("value out of range")

// ErrSyntax: the text is not a number (or literal) of the expected form.
var ErrSyntax = errors.New("invalid syntax")

// NumError is the error of every Parse function: which function, on what
// input, and why (ErrSyntax, ErrRange or a bad base/bit size), which
// errors.Is finds through Unwrap.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The statuses the natives return; keep in sync with parse.cpp.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBase
	parseBitSize
)

func parseUint(s string, base, bitSize int) (uint64, int)
func parseInt(s string, base, bitSize int) (int64, int)
func parseFloat(s string, bitSize int) (float64, int)

func numError(fn, s string, status, base, bitSize int) *NumError {
	switch status {
	case parseSyntax:
		return &NumError{fn, s, ErrSyntax}
	case parseRange:
		return &NumError{fn, s, ErrRange}
	case parseBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

// ParseUint is like ParseInt but for unsigned numbers; a sign is a syntax error.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, status := parseUint(s, base, bitSize)
	if status != parseOK {
		return n, numError("ParseUint", s, status, base, bitSize)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, 2 to 36) and bit size (0 to 64).
// Out of range, it returns the nearest bound with an ErrRange error.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, status := parseInt(s, base, bitSize)
	if status != parseOK {
		return n, numError("ParseInt", s, status, base, bitSize)
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0), converted to int.
func Atoi(s string) (int, error) {
	n, status := parseInt(s, 10, 0)
	if status != parseOK {
		return int(n), numError("Atoi", s, status, 10, 0)
	}
	return int(n), nil
}

// ParseFloat converts s to the nearest float of the given bit size (32 or
// 64); on overflow it returns ±Inf with an ErrRange error.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	if status != parseOK {
		return f, numError("ParseFloat", s, status, 10, bitSize)
	}
	return f, nil
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// ---- unquoting ---------------------------------------------------------
// Go's literal syntax read back: the escapes are the spec's, and every
// malformed input is ErrSyntax.

// The one-letter escapes and the characters they stand for, position by
// position.
const (
	escapeLetters = "abfnrtv\\"
	escapeValues  = "\a\b\f\n\r\t\v\\"
)

// digitValue is c's value as a digit in base 8 or 16, or -1.
func digitValue(c byte, base int) int {
	v := -1
	switch {
	case c >= '0' && c <= '9':
		v = int(c - '0')
	case c >= 'a' && c <= 'z':
		v = int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		v = int(c-'A') + 10
	}
	if v >= base {
		return -1
	}
	return v
}

// UnquoteChar decodes the first character of s, the inside of a literal
// delimited by quote: a plain byte, a UTF-8 sequence or a backslash
// escape. It returns the character, whether it must be written as UTF-8
// (false for single bytes, including \x and octal escapes, which may
// produce invalid UTF-8 on purpose), and the rest of s. An unescaped
// delimiter ' or " ends the literal, so it is an error here.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	switch {
	case c == '\\':
		return unescape(s[1:], quote)
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s)
		return r, true, s[n:], nil
	case c == quote && (c == '"' || c == '\''):
		return 0, false, "", ErrSyntax
	}
	return rune(c), false, s[1:], nil
}

// unescape decodes the escape whose backslash was just before rest.
func unescape(rest string, quote byte) (rune, bool, string, error) {
	if rest == "" {
		return 0, false, "", ErrSyntax
	}
	e := rest[0]
	rest = rest[1:]
	for k := 0; k < len(escapeLetters); k++ {
		if escapeLetters[k] == e {
			return rune(escapeValues[k]), false, rest, nil
		}
	}
	base, digits := 0, 0
	switch e {
	case 'x':
		base, digits = 16, 2
	case 'u':
		base, digits = 16, 4
	case 'U':
		base, digits = 16, 8
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// The first of three octal digits is e itself.
		base, digits = 8, 2
	case '\'', '"':
		// A quote needs its backslash only inside its own kind of literal.
		if e != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(e), false, rest, nil
	default:
		return 0, false, "", ErrSyntax
	}
	if len(rest) < digits {
		return 0, false, "", ErrSyntax
	}
	var v uint64
	if base == 8 {
		v = uint64(e - '0')
	}
	for k := 0; k < digits; k++ {
		d := digitValue(rest[k], base)
		if d < 0 {
			return 0, false, "", ErrSyntax
		}
		v = v*uint64(base) + uint64(d)
	}
	rest = rest[digits:]
	switch {
	case base == 8 && v > 0xFF:
		return 0, false, "", ErrSyntax // \400 and up are not a byte
	case e == 'u' || e == 'U':
		if v > 0x10FFFF || !utf8.ValidRune(rune(v)) {
			return 0, false, "", ErrSyntax
		}
		return rune(v), true, rest, nil
	}
	return rune(v), false, rest, nil
}

// readLiteral reads the literal at the start of in and returns its value
// (decode) or its source text (!decode), and what follows it.
func readLiteral(in string, decode bool) (lit, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	switch quote {
	case '`':
		// Raw: nothing is escaped, so the first backquote closes it. Its
		// value drops carriage returns; its bytes need not be UTF-8.
		n := 1
		for n < len(in) && in[n] != '`' {
			n++
		}
		if n == len(in) {
			return "", in, ErrSyntax
		}
		if !decode {
			return in[:n+1], in[n+1:], nil
		}
		return dropCR(in[1:n]), in[n+1:], nil
	case '"', '\'':
		// Interpreted: one character or escape at a time up to the closing
		// quote; a raw newline is not allowed, and a rune literal holds
		// at most one character.
		var value []byte
		rest = in[1:]
		for rest != "" && rest[0] != quote {
			if rest[0] == '\n' {
				return "", in, ErrSyntax
			}
			r, wide, after, cerr := UnquoteChar(rest, quote)
			if cerr != nil {
				return "", in, ErrSyntax
			}
			if decode {
				if wide {
					value = utf8.AppendRune(value, r)
				} else {
					value = append(value, byte(r))
				}
			}
			rest = after
			if quote == '\'' {
				break
			}
		}
		if rest == "" || rest[0] != quote {
			return "", in, ErrSyntax
		}
		rest = rest[1:]
		if !decode {
			return in[:len(in)-len(rest)], rest, nil
		}
		return string(value), rest, nil
	}
	return "", in, ErrSyntax
}

// dropCR returns s without its '\r' bytes.
func dropCR(s string) string {
	var kept []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			if kept == nil {
				kept = append(make([]byte, 0, len(s)), s[:i]...)
			}
			continue
		}
		if kept != nil {
			kept = append(kept, s[i])
		}
	}
	if kept == nil {
		return s
	}
	return string(kept)
}

// Unquote returns the value of the Go literal s, which must be exactly one
// single-quoted, double-quoted or backquoted literal (a rune literal gives
// its character as a string).
func Unquote(s string) (string, error) {
	out, rest, err := readLiteral(s, true)
	if err == nil && rest != "" {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the literal, quotes included, that s starts with.
func QuotedPrefix(s string) (string, error) {
	lit, _, err := readLiteral(s, false)
	return lit, err
}
