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

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
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

func unhex(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of the body
// of a literal quoted with `quote`: its value, whether it needs a
// multibyte UTF-8 encoding, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	e := s[1]
	s = s[2:]
	switch e {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if e == 'u' {
			n = 4
		} else if e == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if e != 'x' {
			if !utf8.ValidRune(v) {
				return 0, false, "", ErrSyntax
			}
			multibyte = true
		}
		value = v // \x is one byte, possibly not UTF-8
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(e - '0')
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			if s[j] < '0' || s[j] > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | rune(s[j]-'0')
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if e != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(e)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// unquote reads the quoted literal at the start of in: its value (or, when
// !unescape, its text) and what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := 1
	for end < len(in) && in[end] != quote {
		end++
	}
	if end == len(in) {
		return "", in, ErrSyntax
	}
	end++ // just past the closing quote, if nothing is escaped
	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], nil
		}
		// A raw string's carriage returns are dropped; it need not be UTF-8.
		body := in[1 : end-1]
		if !hasByte(body, '\r') {
			return body, in[end:], nil
		}
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), in[end:], nil
	case '"', '\'':
		body := in[1 : end-1]
		if !hasByte(body, '\\') && !hasByte(body, '\n') {
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return body, in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
		var buf []byte
		rest := in[1:]
		if unescape {
			buf = make([]byte, 0, 3*end/2)
		}
		for len(rest) > 0 && rest[0] != quote {
			r, multibyte, tail, err := UnquoteChar(rest, quote)
			if rest[0] == '\n' || err != nil {
				return "", in, ErrSyntax
			}
			rest = tail
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // a rune literal holds one character
			}
		}
		if len(rest) == 0 || rest[0] != quote {
			return "", in, ErrSyntax
		}
		rest = rest[1:]
		if unescape {
			return string(buf), rest, nil
		}
		return in[:len(in)-len(rest)], rest, nil
	}
	return "", in, ErrSyntax
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns the value it denotes (a rune literal gives a
// one-character string).
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the
// start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}
