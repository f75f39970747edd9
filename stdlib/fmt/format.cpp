// Go-compatible formatting of basic values (see format.hpp). The structure
// deliberately follows Go's fmt/format.go, fmt/print.go and strconv so that
// every corner case (padding, signs, error forms) lines up with Go; the code
// is an independent C++ implementation writing straight into the caller's
// std::string to avoid temporary allocations.
#include "stdlib/fmt/format.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

namespace csp::fmtlib {

namespace {

constexpr const char* ldigits = "0123456789abcdefx";
constexpr const char* udigits = "0123456789ABCDEFX";
constexpr char32_t max_rune = 0x10FFFF;

struct PrintRange {
    char32_t lo, hi;
};
constexpr PrintRange print_ranges[] = {
#include "stdlib/fmt/is_print_table.inc"
};

bool valid_rune(std::int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= max_rune); }

}  // namespace

// ---------------------------------------------------------------- UTF-8

DecodedRune decode_rune(std::string_view s, std::size_t pos) {
    // Mirrors utf8.DecodeRuneInString: any malformed, overlong, surrogate or
    // out-of-range sequence decodes as (RuneError, 1).
    auto n = s.size() - pos;
    auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) return {b0, 1};
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[pos + k]); };
    if (b0 < 0xC2 || b0 > 0xF4) return {rune_error, 1};
    if (b0 < 0xE0) {
        if (n < 2 || (at(1) & 0xC0) != 0x80) return {rune_error, 1};
        return {static_cast<char32_t>((b0 & 0x1F) << 6 | (at(1) & 0x3F)), 2};
    }
    unsigned lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0) lo = 0xA0;
    else if (b0 == 0xED) hi = 0x9F;
    else if (b0 == 0xF0) lo = 0x90;
    else if (b0 == 0xF4) hi = 0x8F;
    if (n < 2 || at(1) < lo || at(1) > hi) return {rune_error, 1};
    if (b0 < 0xF0) {
        if (n < 3 || (at(2) & 0xC0) != 0x80) return {rune_error, 1};
        return {static_cast<char32_t>((b0 & 0x0F) << 12 | (at(1) & 0x3F) << 6 | (at(2) & 0x3F)), 3};
    }
    if (n < 4 || (at(2) & 0xC0) != 0x80 || (at(3) & 0xC0) != 0x80) return {rune_error, 1};
    return {static_cast<char32_t>((b0 & 0x07) << 18 | (at(1) & 0x3F) << 12 | (at(2) & 0x3F) << 6 | (at(3) & 0x3F)), 4};
}

void encode_rune(std::string& out, char32_t r) {
    if (r < 0x80) {
        out.push_back(static_cast<char>(r));
        return;
    }
    if (!valid_rune(r)) r = rune_error;
    char buf[4];
    int n;
    if (r < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (r >> 6));
        buf[1] = static_cast<char>(0x80 | (r & 0x3F));
        n = 2;
    } else if (r < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (r >> 12));
        buf[1] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (r & 0x3F));
        n = 3;
    } else {
        buf[0] = static_cast<char>(0xF0 | (r >> 18));
        buf[1] = static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        buf[2] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        buf[3] = static_cast<char>(0x80 | (r & 0x3F));
        n = 4;
    }
    out.append(buf, n);
}

std::size_t rune_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
        } else {
            i += decode_rune(s, i).width;
        }
    }
    return n;
}

// ---------------------------------------------------------------- strconv

bool is_print(char32_t r) {
    // Latin-1 fast path, as in Go's IsPrint.
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E) return true;
        if (r >= 0xA1 && r <= 0xFF) return r != 0xAD;
        return false;
    }
    auto it = std::upper_bound(std::begin(print_ranges), std::end(print_ranges), r,
                               [](char32_t v, const PrintRange& pr) { return v < pr.lo; });
    if (it == std::begin(print_ranges)) return false;
    --it;
    return r <= it->hi;
}

void format_uint(std::string& out, std::uint64_t v, int base) {
    char buf[65];
    int i = 65;
    do {
        buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base];
        v /= base;
    } while (v != 0);
    out.append(buf + i, 65 - i);
}

void format_int(std::string& out, std::int64_t v, int base) {
    if (v < 0) {
        out.push_back('-');
        format_uint(out, 0 - static_cast<std::uint64_t>(v), base);
    } else {
        format_uint(out, static_cast<std::uint64_t>(v), base);
    }
}

namespace {

void append_escaped_rune(std::string& out, char32_t r, char quote_ch, bool ascii_only) {
    if (r == static_cast<char32_t>(quote_ch) || r == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(r));
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && is_print(r)) {
            out.push_back(static_cast<char>(r));
            return;
        }
    } else if (is_print(r)) {
        encode_rune(out, r);
        return;
    }
    switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        out.push_back(ldigits[(r >> 4) & 0xF]);
        out.push_back(ldigits[r & 0xF]);
        return;
    }
    if (!valid_rune(r)) r = 0xFFFD;
    if (r < 0x10000) {
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4) out.push_back(ldigits[(r >> s) & 0xF]);
    } else {
        out += "\\U";
        for (int s = 28; s >= 0; s -= 4) out.push_back(ldigits[(r >> s) & 0xF]);
    }
}

}  // namespace

void quote(std::string& out, std::string_view s, bool ascii_only) {
    out.reserve(out.size() + s.size() + 2);
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        // Fast path for the common printable ASCII case.
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        auto [r, w] = decode_rune(s, i);
        if (w == 1 && r == rune_error) {
            out += "\\x";
            out.push_back(ldigits[c >> 4]);
            out.push_back(ldigits[c & 0xF]);
        } else {
            append_escaped_rune(out, r, '"', ascii_only);
        }
        i += w;
    }
    out.push_back('"');
}

void quote_rune(std::string& out, std::int64_t r, bool ascii_only) {
    out.push_back('\'');
    char32_t rr = valid_rune(r) ? static_cast<char32_t>(r) : rune_error;
    append_escaped_rune(out, rr, '\'', ascii_only);
    out.push_back('\'');
}

bool can_backquote(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto [r, w] = decode_rune(s, i);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF) return false;  // BOMs are invisible
            continue;
        }
        if (r == rune_error) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

// ---------------------------------------------------------------- floats

namespace {

// Decimal digits d[0..nd) with the decimal point after dp digits
// (value = 0.d * 10^dp), like Go's decimalSlice. Zero has nd == 0.
struct Digits {
    char d[808];
    int nd = 0;
    int dp = 0;
};

// Parses std::to_chars scientific output "d.ddde±xx" of a non-negative
// finite value into Digits, trimming trailing zeros as Go's ryu/decimal code
// does (it matters for %g).
void parse_scientific(const char* p, const char* end, Digits& dg) {
    dg.nd = 0;
    const char* e = p;
    while (e < end && *e != 'e') ++e;
    for (const char* q = p; q < e; ++q) {
        if (*q != '.') dg.d[dg.nd++] = *q;
    }
    int exp = 0;
    std::from_chars(e + 1 + (e[1] == '+'), end, exp);
    while (dg.nd > 0 && dg.d[dg.nd - 1] == '0') --dg.nd;
    dg.dp = dg.nd == 0 ? 0 : exp + 1;
}

// Shortest digits that round-trip at the given bit size.
void shortest_digits(double v, int bitsize, Digits& dg) {
    char buf[64];
    std::to_chars_result r = bitsize == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
                                           : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    parse_scientific(buf, r.ptr, dg);
}

// `digits` significant digits, correctly rounded (half to even on exact
// ties, as Go's fixed-precision paths do).
void fixed_digits(double v, int digits, Digits& dg) {
    // A double has at most 767 significant decimal digits; rounding further
    // out never changes anything, so clamp to keep buffers bounded.
    digits = std::min(digits, 800);
    char buf[860];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, digits - 1);
    parse_scientific(buf, r.ptr, dg);
}

void fmt_e(std::string& out, const Digits& dg, int prec, char fmt) {
    out.push_back(dg.nd != 0 ? dg.d[0] : '0');
    if (prec > 0) {
        out.push_back('.');
        int i = 1;
        int m = std::min(dg.nd, prec + 1);
        if (i < m) {
            out.append(dg.d + i, m - i);
            i = m;
        }
        if (i <= prec) out.append(prec - i + 1, '0');
    }
    out.push_back(fmt);
    int exp = dg.nd == 0 ? 0 : dg.dp - 1;
    if (exp < 0) {
        out.push_back('-');
        exp = -exp;
    } else {
        out.push_back('+');
    }
    if (exp < 10) {
        out.push_back('0');
        out.push_back(static_cast<char>('0' + exp));
    } else if (exp < 100) {
        out.push_back(static_cast<char>('0' + exp / 10));
        out.push_back(static_cast<char>('0' + exp % 10));
    } else {
        out.push_back(static_cast<char>('0' + exp / 100));
        out.push_back(static_cast<char>('0' + exp / 10 % 10));
        out.push_back(static_cast<char>('0' + exp % 10));
    }
}

void fmt_f(std::string& out, const Digits& dg, int prec) {
    if (dg.dp > 0) {
        int m = std::min(dg.nd, dg.dp);
        out.append(dg.d, m);
        if (m < dg.dp) out.append(dg.dp - m, '0');
    } else {
        out.push_back('0');
    }
    if (prec > 0) {
        out.push_back('.');
        for (int i = 0; i < prec; ++i) {
            int j = dg.dp + i;
            out.push_back(j >= 0 && j < dg.nd ? dg.d[j] : '0');
        }
    }
}

// Go's formatDigits for e/E/f/g/G.
void format_digits(std::string& out, bool shortest, const Digits& dg, int prec, char fmt) {
    switch (fmt) {
    case 'e':
    case 'E': fmt_e(out, dg, prec, fmt); return;
    case 'f': fmt_f(out, dg, prec); return;
    default: break;
    }
    int eprec = prec;
    if (eprec > dg.nd && dg.nd >= dg.dp) eprec = dg.nd;
    // Shortest %g switches to %e at exponent 6 regardless of digit count.
    if (shortest) eprec = 6;
    int exp = dg.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > dg.nd) prec = dg.nd;
        fmt_e(out, dg, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
    }
    if (prec > dg.dp) prec = dg.nd;
    fmt_f(out, dg, std::max(prec - dg.dp, 0));
}

// Go's fmtB: mantissa "p" binary exponent.
void fmt_b(std::string& out, std::uint64_t mant, int exp, int mantbits) {
    format_uint(out, mant, 10);
    out.push_back('p');
    exp -= mantbits;
    if (exp >= 0) out.push_back('+');
    format_int(out, exp, 10);
}

// Go's fmtX: hexadecimal mantissa and binary exponent, -0x1.8p+01.
void fmt_x(std::string& out, int prec, char fmt, std::uint64_t mant, int exp, int mantbits) {
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (std::uint64_t{1} << 60)) == 0) {
        mant <<= 1;
        --exp;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = static_cast<unsigned>(prec * 4);
        std::uint64_t extra = (mant << shift) & ((std::uint64_t{1} << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (std::uint64_t{1} << 59)) ++mant;
        mant <<= 60 - shift;
        if (mant & (std::uint64_t{1} << 61)) {
            mant >>= 1;
            ++exp;
        }
    }
    const char* hex = fmt == 'X' ? udigits : ldigits;
    out.push_back('0');
    out.push_back(fmt);
    out.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        out.push_back('.');
        while (mant != 0) {
            out.push_back(hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        out.push_back('.');
        for (int i = 0; i < prec; ++i) {
            out.push_back(hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    out.push_back(fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
        out.push_back('-');
        exp = -exp;
    } else {
        out.push_back('+');
    }
    if (exp < 100) {
        out.push_back(static_cast<char>('0' + exp / 10));
        out.push_back(static_cast<char>('0' + exp % 10));
    } else if (exp < 1000) {
        out.push_back(static_cast<char>('0' + exp / 100));
        out.push_back(static_cast<char>('0' + exp / 10 % 10));
        out.push_back(static_cast<char>('0' + exp % 10));
    } else {
        out.push_back(static_cast<char>('0' + exp / 1000));
        out.push_back(static_cast<char>('0' + exp / 100 % 10));
        out.push_back(static_cast<char>('0' + exp / 10 % 10));
        out.push_back(static_cast<char>('0' + exp % 10));
    }
}

// Formats |v| (no sign); returns the sign Go's FormatFloat would print:
// '-' for negatives (including -0 and -Inf), '+' for +Inf, 0 otherwise.
char format_float_unsigned(std::string& out, double v, char fmt, int prec, int bitsize) {
    std::uint64_t mant;
    int exp;
    int mantbits;
    bool neg;
    bool special_exp;
    if (bitsize == 32) {
        auto bits = std::bit_cast<std::uint32_t>(static_cast<float>(v));
        v = static_cast<float>(v);
        mantbits = 23;
        neg = bits >> 31;
        exp = static_cast<int>((bits >> 23) & 0xFF);
        mant = bits & ((1u << 23) - 1);
        special_exp = exp == 0xFF;
        if (!special_exp) {
            if (exp == 0) ++exp;
            else mant |= std::uint64_t{1} << 23;
            exp += -127;
        }
    } else {
        auto bits = std::bit_cast<std::uint64_t>(v);
        mantbits = 52;
        neg = bits >> 63;
        exp = static_cast<int>((bits >> 52) & 0x7FF);
        mant = bits & ((std::uint64_t{1} << 52) - 1);
        special_exp = exp == 0x7FF;
        if (!special_exp) {
            if (exp == 0) ++exp;
            else mant |= std::uint64_t{1} << 52;
            exp += -1023;
        }
    }
    if (special_exp) {
        if (mant != 0) {
            out += "NaN";
            return 0;
        }
        out += "Inf";
        return neg ? '-' : '+';
    }
    char sign = neg ? '-' : 0;
    if (fmt == 'b') {
        fmt_b(out, mant, exp, mantbits);
        return sign;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(out, prec, fmt, mant, exp, mantbits);
        return sign;
    }
    double a = std::fabs(v);
    Digits dg;
    bool shortest = prec < 0;
    if (shortest) {
        if (a != 0) shortest_digits(a, bitsize, dg);
        switch (fmt) {
        case 'e':
        case 'E': prec = std::max(dg.nd - 1, 0); break;
        case 'f': prec = std::max(dg.nd - dg.dp, 0); break;
        case 'g':
        case 'G': prec = dg.nd; break;
        default: break;
        }
    } else if (fmt == 'f') {
        // %f rounds at a fixed position after the point: to_chars does
        // exactly that. Beyond ~1100 places a double has no more nonzero
        // digits, so pad the rest with zeros instead of asking for them.
        int p = std::min(prec, 1100);
        std::size_t start = out.size();
        out.resize(start + 320 + p);
        auto r = std::to_chars(out.data() + start, out.data() + out.size(), a, std::chars_format::fixed, p);
        out.resize(static_cast<std::size_t>(r.ptr - out.data()));
        if (prec > p) out.append(prec - p, '0');
        return sign;
    } else {
        int digits = prec;
        switch (fmt) {
        case 'e':
        case 'E': digits = prec + 1; break;
        case 'g':
        case 'G':
            if (prec == 0) prec = 1;
            digits = prec;
            break;
        default: digits = 1; break;
        }
        if (a != 0) fixed_digits(a, digits, dg);
    }
    switch (fmt) {
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G': format_digits(out, shortest, dg, prec, fmt); break;
    default:
        out.push_back('%');
        out.push_back(fmt);
        break;
    }
    return sign;
}

}  // namespace

void format_float(std::string& out, double v, char fmt, int prec, int bitsize) {
    std::size_t start = out.size();
    char sign = format_float_unsigned(out, v, fmt, prec, bitsize);
    if (sign != 0) out.insert(out.begin() + static_cast<std::ptrdiff_t>(start), sign);
}

// ---------------------------------------------------------------- Arg

std::string_view Arg::type() const {
    if (!type_name.empty()) return type_name;
    switch (kind) {
    case Kind::Nil: return "<nil>";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Uint: return "uint";
    case Kind::Float: return bits == 32 ? "float32" : "float64";
    case Kind::Complex: return bits == 64 ? "complex64" : "complex128";
    case Kind::String: return "string";
    case Kind::Bytes: return "[]uint8";
    case Kind::Pointer: return "unsafe.Pointer";
    case Kind::Custom: return "?";
    }
    return "?";
}

// ---------------------------------------------------------------- fmt

namespace {

// The per-directive formatter: Go's fmt struct plus pp's verb dispatch.
// It appends to out_ and pads the freshly appended text in place.
class Printer {
public:
    explicit Printer(std::string& out) : out_(out) {}

    Spec f;  // current flags, width, precision
    // Errorf's state (Go's pp.wrapErrs and pp.wrappedErr, the latter as an
    // index into args_).
    bool wrap_errs = false;
    int wrapped = -1;
    std::span<const Arg> args_;

    void print_arg(const Arg& a, char32_t verb);
    void do_printf(std::string_view format, std::span<const Arg> args);
    void do_print(std::span<const Arg> args);
    void do_println(std::span<const Arg> args);

private:
    std::string& out_;

    void write_padding(int n) {
        if (n <= 0) return;
        out_.append(static_cast<std::size_t>(n), f.zero ? '0' : ' ');
    }
    // Pads out_[start..] (just appended) to the width, counting runes.
    void pad_from(std::size_t start) {
        if (f.width <= 0) return;
        std::string_view s(out_.data() + start, out_.size() - start);
        int n = f.width - static_cast<int>(rune_count(s));
        if (n <= 0) return;
        if (!f.minus) {
            out_.insert(start, static_cast<std::size_t>(n), f.zero ? '0' : ' ');
        } else {
            write_padding(n);
        }
    }
    void pad_string(std::string_view s) {
        if (f.width <= 0) {
            out_ += s;
            return;
        }
        int n = f.width - static_cast<int>(rune_count(s));
        if (!f.minus) {
            write_padding(n);
            out_ += s;
        } else {
            out_ += s;
            write_padding(n);
        }
    }
    std::string_view truncate(std::string_view s) const {
        if (f.has_prec()) {
            int n = f.prec;
            for (std::size_t i = 0; i < s.size();) {
                if (--n < 0) return s.substr(0, i);
                i += static_cast<unsigned char>(s[i]) < 0x80 ? 1 : decode_rune(s, i).width;
            }
        }
        return s;
    }

    void write_rune(char32_t r) { encode_rune(out_, r); }

    // --- Go's fmt methods ---
    void fmt_boolean(bool v) { pad_string(v ? "true" : "false"); }
    void fmt_unicode(std::uint64_t u);
    void fmt_integer(std::uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
    void fmt_s(std::string_view s) { pad_string(truncate(s)); }
    void fmt_sbx(std::string_view s, const char* digits);
    void fmt_q(std::string_view s);
    void fmt_c(std::uint64_t c);
    void fmt_qc(std::uint64_t c);
    void fmt_float(double v, int size, char verb, int prec);

    // --- pp methods ---
    void bad_verb(const Arg& a, char32_t verb);
    void fmt_0x64(std::uint64_t v, bool leading0x) {
        bool sharp = f.sharp;
        f.sharp = leading0x;
        fmt_integer(v, 16, false, 'v', ldigits);
        f.sharp = sharp;
    }
    void pp_integer(const Arg& a, std::uint64_t v, bool is_signed, char32_t verb);
    void pp_float(const Arg& a, double v, int size, char32_t verb);
    void pp_complex(const Arg& a, char32_t verb);
    void pp_string(const Arg& a, std::string_view v, char32_t verb);
    void pp_bytes(const Arg& a, char32_t verb);
    void pp_pointer(const Arg& a, char32_t verb);
};

void Printer::fmt_unicode(std::uint64_t u) {
    std::size_t start = out_.size();
    int prec = 4;
    if (f.has_prec() && f.prec > 4) prec = f.prec;
    char hex[16];
    int n = 0;
    std::uint64_t x = u;
    do {
        hex[n++] = udigits[x & 0xF];
        x >>= 4;
    } while (x != 0);
    out_ += "U+";
    if (prec > n) out_.append(static_cast<std::size_t>(prec - n), '0');
    while (n > 0) out_.push_back(hex[--n]);
    if (f.sharp && u <= max_rune && is_print(static_cast<char32_t>(u))) {
        out_ += " '";
        write_rune(static_cast<char32_t>(u));
        out_.push_back('\'');
    }
    bool old_zero = f.zero;
    f.zero = false;
    pad_from(start);
    f.zero = old_zero;
}

void Printer::fmt_integer(std::uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
    bool negative = is_signed && static_cast<std::int64_t>(u) < 0;
    if (negative) u = 0 - u;
    int prec = 0;
    if (f.has_prec()) {
        prec = f.prec;
        // Precision 0 and value 0 means "print nothing" but padding.
        if (prec == 0 && u == 0) {
            bool old_zero = f.zero;
            f.zero = false;
            write_padding(f.width);
            f.zero = old_zero;
            return;
        }
    } else if (f.zero && f.has_width()) {
        prec = f.width;
        if (negative || f.plus || f.space) --prec;  // leave room for sign
    }
    char buf[64];
    int n = 0;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[n++] = static_cast<char>('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[n++] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[n++] = static_cast<char>('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[n++] = static_cast<char>('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[n++] = digits[u];
    int zeros = std::max(prec - n, 0);
    bool leading_zero = zeros > 0 || buf[n - 1] == '0';

    std::size_t start = out_.size();
    if (negative) out_.push_back('-');
    else if (f.plus) out_.push_back('+');
    else if (f.space) out_.push_back(' ');
    if (verb == 'O') out_ += "0o";
    if (f.sharp) {
        if (base == 2) out_ += "0b";
        else if (base == 8 && !leading_zero) out_.push_back('0');
        else if (base == 16) {
            out_.push_back('0');
            out_.push_back(digits[16]);
        }
    }
    out_.append(static_cast<std::size_t>(zeros), '0');
    while (n > 0) out_.push_back(buf[--n]);
    // Zero padding was handled via prec above (or is disabled by an
    // explicit precision), so pad with spaces.
    bool old_zero = f.zero;
    f.zero = false;
    pad_from(start);
    f.zero = old_zero;
}

void Printer::fmt_sbx(std::string_view s, const char* digits) {
    int length = static_cast<int>(s.size());
    if (f.has_prec() && f.prec < length) length = f.prec;
    int width = 2 * length;
    if (width > 0) {
        if (f.space) {
            if (f.sharp) width *= 2;
            width += length - 1;
        } else if (f.sharp) {
            width += 2;
        }
    } else {
        if (f.has_width()) write_padding(f.width);
        return;
    }
    if (f.has_width() && f.width > width && !f.minus) write_padding(f.width - width);
    if (f.sharp) {
        out_.push_back('0');
        out_.push_back(digits[16]);
    }
    for (int i = 0; i < length; ++i) {
        if (f.space && i > 0) {
            out_.push_back(' ');
            if (f.sharp) {
                out_.push_back('0');
                out_.push_back(digits[16]);
            }
        }
        auto c = static_cast<unsigned char>(s[i]);
        out_.push_back(digits[c >> 4]);
        out_.push_back(digits[c & 0xF]);
    }
    if (f.has_width() && f.width > width && f.minus) write_padding(f.width - width);
}

void Printer::fmt_q(std::string_view s) {
    s = truncate(s);
    std::size_t start = out_.size();
    if (f.sharp && can_backquote(s)) {
        out_.push_back('`');
        out_ += s;
        out_.push_back('`');
    } else {
        quote(out_, s, f.plus);
    }
    pad_from(start);
}

void Printer::fmt_c(std::uint64_t c) {
    char32_t r = c > max_rune ? rune_error : static_cast<char32_t>(c);
    std::size_t start = out_.size();
    write_rune(r);
    pad_from(start);
}

void Printer::fmt_qc(std::uint64_t c) {
    std::int64_t r = c > max_rune ? rune_error : static_cast<std::int64_t>(c);
    std::size_t start = out_.size();
    quote_rune(out_, r, f.plus);
    pad_from(start);
}

void Printer::fmt_float(double v, int size, char verb, int prec) {
    if (f.has_prec()) prec = f.prec;
    std::size_t start = out_.size();
    char sign = format_float_unsigned(out_, v, verb, prec, size);
    if (sign == 0) sign = '+';
    // f.space means a leading space instead of "+" unless plus asks for it.
    if (f.space && sign == '+' && !f.plus) sign = ' ';
    char first = out_[start];
    if (first == 'I' || first == 'N') {
        // Infinities and NaN don't look like numbers: never zero padded,
        // and NaN shows no sign unless asked for.
        bool old_zero = f.zero;
        f.zero = false;
        if (!(first == 'N' && !f.space && !f.plus)) out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(start), sign);
        pad_from(start);
        f.zero = old_zero;
        return;
    }
    if (f.sharp && verb != 'b') {
        // '#' forces a decimal point and keeps trailing zeros (restoring
        // them for %g). Rare, so a temporary string is fine.
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec;
            if (digits == -1) digits = 6;
        }
        std::string num(out_, start);
        std::string tail;
        bool has_point = false;
        bool saw_nonzero = false;
        for (std::size_t i = 0; i < num.size(); ++i) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail.assign(num, i);
                num.resize(i);
                break;
            }
            if (c != '0') saw_nonzero = true;
            if (saw_nonzero) --digits;
        }
        if (!has_point) {
            if (num.size() == 1 && num[0] == '0') --digits;
            num.push_back('.');
        }
        if (digits > 0) num.append(static_cast<std::size_t>(digits), '0');
        num += tail;
        out_.resize(start);
        out_ += num;
    }
    int len = static_cast<int>(out_.size() - start) + 1;  // with sign
    if (f.plus || sign != '+') {
        if (f.zero && f.has_width() && f.width > len) {
            // Sign goes before the zero padding.
            out_.insert(start, static_cast<std::size_t>(f.width - len), '0');
            out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(start), sign);
            return;
        }
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(start), sign);
        pad_from(start);
        return;
    }
    pad_from(start);
}

void Printer::bad_verb(const Arg& a, char32_t verb) {
    bool old_erroring = f.erroring;
    f.erroring = true;
    out_ += "%!";
    write_rune(verb);
    out_.push_back('(');
    if (a.kind == Kind::Nil) {
        out_ += "<nil>";
    } else {
        out_ += a.type();
        out_.push_back('=');
        print_arg(a, 'v');
    }
    out_.push_back(')');
    f.erroring = old_erroring;
}

void Printer::pp_integer(const Arg& a, std::uint64_t v, bool is_signed, char32_t verb) {
    switch (verb) {
    case 'v':
        if (f.sharp_v && !is_signed) fmt_0x64(v, true);
        else fmt_integer(v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(v, 2, is_signed, verb, ldigits); break;
    case 'o':
    case 'O': fmt_integer(v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(v); break;
    case 'q': fmt_qc(v); break;
    case 'U': fmt_unicode(v); break;
    default: bad_verb(a, verb); break;
    }
}

void Printer::pp_float(const Arg& a, double v, int size, char32_t verb) {
    switch (verb) {
    case 'v': fmt_float(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float(v, size, static_cast<char>(verb), -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_float(v, size, static_cast<char>(verb), 6); break;
    case 'F': fmt_float(v, size, 'f', 6); break;
    default: bad_verb(a, verb); break;
    }
}

void Printer::pp_complex(const Arg& a, char32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        bool old_plus = f.plus;
        int size = a.bits / 2;
        out_.push_back('(');
        pp_float(a, a.f, size, verb);
        f.plus = true;  // the imaginary part always has a sign
        pp_float(a, a.imag, size, verb);
        out_ += "i)";
        f.plus = old_plus;
        break;
    }
    default: bad_verb(a, verb); break;
    }
}

void Printer::pp_string(const Arg& a, std::string_view v, char32_t verb) {
    switch (verb) {
    case 'v':
        if (f.sharp_v) fmt_q(v);
        else fmt_s(v);
        break;
    case 's': fmt_s(v); break;
    case 'x': fmt_sbx(v, ldigits); break;
    case 'X': fmt_sbx(v, udigits); break;
    case 'q': fmt_q(v); break;
    default: bad_verb(a, verb); break;
    }
}

void Printer::pp_bytes(const Arg& a, char32_t verb) {
    std::string_view v = a.str;
    switch (verb) {
    case 'v':
    case 'd':
        if (f.sharp_v) {
            // printArg passes the literal "[]byte" for unnamed byte slices.
            std::string_view t = a.type();
            out_ += t == "[]uint8" ? std::string_view("[]byte") : t;
            if (a.u == 0 && v.empty()) {
                out_ += "(nil)";
                return;
            }
            out_.push_back('{');
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0) out_ += ", ";
                fmt_0x64(static_cast<unsigned char>(v[i]), true);
            }
            out_.push_back('}');
        } else {
            out_.push_back('[');
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0) out_.push_back(' ');
                fmt_integer(static_cast<unsigned char>(v[i]), 10, false, verb, ldigits);
            }
            out_.push_back(']');
        }
        break;
    case 's':
        fmt_s(v);
        break;
    case 'x': fmt_sbx(v, ldigits); break;
    case 'X': fmt_sbx(v, udigits); break;
    case 'q': fmt_q(v); break;
    default: {
        // Go falls back to printing the slice element by element (each a
        // uint8 with this verb), as printValue does.
        out_.push_back('[');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out_.push_back(' ');
            Arg e = Arg::uint64(static_cast<unsigned char>(v[i]), "uint8");
            print_arg(e, verb);
        }
        out_.push_back(']');
        break;
    }
    }
}

void Printer::pp_pointer(const Arg& a, char32_t verb) {
    std::uint64_t u = a.u;
    switch (verb) {
    case 'v':
        if (f.sharp_v) {
            out_.push_back('(');
            out_ += a.type();
            out_ += ")(";
            if (u == 0) out_ += "nil";
            else fmt_0x64(u, true);
            out_.push_back(')');
        } else {
            if (u == 0) pad_string("<nil>");
            else fmt_0x64(u, !f.sharp);
        }
        break;
    case 'p': fmt_0x64(u, !f.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': pp_integer(a, u, false, verb); break;
    default: bad_verb(a, verb); break;
    }
}

void Printer::print_arg(const Arg& a, char32_t verb) {
    if (a.kind == Kind::Nil) {
        if (verb == 'T' || verb == 'v') pad_string("<nil>");
        else bad_verb(a, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(a.type());
        return;
    }
    // Go's handleMethods for %w, which only values that are not of a
    // predeclared type (custom operands, pointers, named types) reach: only
    // Errorf's first %w of an error is good.
    bool via_methods = a.kind == Kind::Custom || a.kind == Kind::Pointer ||
                       a.type_name.find('.') != std::string_view::npos;
    if (verb == 'w' && via_methods && !f.erroring) {
        bool ok = wrap_errs && a.is_error && wrapped < 0 && &a >= args_.data() &&
                  &a < args_.data() + args_.size();
        if (!ok) {
            wrapped = -1;
            wrap_errs = false;
            bad_verb(a, verb);
            return;
        }
        wrapped = static_cast<int>(&a - args_.data());
        verb = 'v';
    }
    if (verb == 'p') {
        switch (a.kind) {
        case Kind::Pointer: pp_pointer(a, 'p'); return;
        case Kind::Bytes: fmt_0x64(a.u, !f.sharp); return;
        case Kind::Custom: break;
        default: bad_verb(a, verb); return;
        }
    }
    switch (a.kind) {
    case Kind::Bool:
        if (verb == 't' || verb == 'v') fmt_boolean(a.b);
        else bad_verb(a, verb);
        break;
    case Kind::Int: pp_integer(a, static_cast<std::uint64_t>(a.i), true, verb); break;
    case Kind::Uint: pp_integer(a, a.u, false, verb); break;
    case Kind::Float: pp_float(a, a.f, a.bits == 32 ? 32 : 64, verb); break;
    case Kind::Complex: pp_complex(a, verb); break;
    case Kind::String: pp_string(a, a.str, verb); break;
    case Kind::Bytes: pp_bytes(a, verb); break;
    case Kind::Pointer: pp_pointer(a, verb); break;
    case Kind::Custom:
        if (a.custom_fn != nullptr) a.custom_fn(a.custom_data, out_, f, verb);
        break;
    case Kind::Nil: break;
    }
}

// ---- Printf driver (Go's doPrintf) ----

constexpr int too_large = 1000000;

// Go's parsenum: digits at format[i..end), or none.
struct NumResult {
    int num;
    bool ok;
    std::size_t next;
};
NumResult parse_num(std::string_view s, std::size_t start) {
    NumResult r{0, false, start};
    if (start >= s.size()) return r;
    for (r.next = start; r.next < s.size() && s[r.next] >= '0' && s[r.next] <= '9'; ++r.next) {
        if (r.num > too_large || r.num < -too_large) return {0, false, s.size()};
        r.num = r.num * 10 + (s[r.next] - '0');
        r.ok = true;
    }
    return r;
}

// Go's intFromArg for '*' width/precision.
bool int_from_arg(std::span<const Arg> args, std::size_t& arg_num, int& num) {
    num = 0;
    bool is_int = false;
    if (arg_num < args.size()) {
        const Arg& a = args[arg_num];
        if (a.kind == Kind::Int) {
            if (a.i > too_large || a.i < -too_large) return ++arg_num, false;
            num = static_cast<int>(a.i);
            is_int = true;
        } else if (a.kind == Kind::Uint) {
            if (a.u > static_cast<std::uint64_t>(too_large)) return ++arg_num, false;
            num = static_cast<int>(a.u);
            is_int = true;
        }
        ++arg_num;
    }
    return is_int;
}

void Printer::do_printf(std::string_view format, std::span<const Arg> args) {
    const std::size_t end = format.size();
    std::size_t arg_num = 0;
    bool after_index = false;
    bool reordered = false;
    bool good_arg_num = true;

    // Go's argNumber: an optional [n] at format[i].
    auto arg_number = [&](std::size_t& i) -> bool {
        if (i >= end || format[i] != '[') return false;
        reordered = true;
        // parseArgNumber
        std::size_t wid = 1;
        bool ok = false;
        int index = 0;
        std::string_view rest = format.substr(i);
        if (rest.size() >= 3) {
            for (std::size_t j = 1; j < rest.size(); ++j) {
                if (rest[j] == ']') {
                    auto nr = parse_num(rest.substr(0, j), 1);
                    if (!nr.ok || nr.next != j) {
                        wid = j + 1;
                    } else {
                        index = nr.num - 1;
                        wid = j + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && index >= 0 && static_cast<std::size_t>(index) < args.size()) {
            arg_num = static_cast<std::size_t>(index);
            i += wid;
            return true;
        }
        good_arg_num = false;
        i += wid;
        return ok;
    };

    for (std::size_t i = 0; i < end;) {
        good_arg_num = true;
        std::size_t lasti = i;
        while (i < end && format[i] != '%') ++i;
        if (i > lasti) out_.append(format.data() + lasti, i - lasti);
        if (i >= end) break;
        ++i;  // skip %

        f = Spec{};
        bool simple_done = false;
        for (; i < end; ++i) {
            char c = format[i];
            if (c == '#') f.sharp = true;
            else if (c == '0') f.zero = !f.minus;  // only pad zeros on the left
            else if (c == '+') f.plus = true;
            else if (c == '-') {
                f.minus = true;
                f.zero = false;
            } else if (c == ' ') f.space = true;
            else {
                // Fast path: lower-case verb right after the flags.
                if (c >= 'a' && c <= 'z' && arg_num < args.size()) {
                    if (c == 'v') {
                        f.sharp_v = f.sharp;
                        f.sharp = false;
                        f.plus_v = f.plus;
                        f.plus = false;
                    }
                    print_arg(args[arg_num], static_cast<char32_t>(c));
                    ++arg_num;
                    ++i;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        after_index = arg_number(i);

        if (i < end && format[i] == '*') {
            ++i;
            int w;
            bool ok = int_from_arg(args, arg_num, w);
            f.width = ok ? w : -1;
            if (!ok) out_ += "%!(BADWIDTH)";
            if (ok && w < 0) {
                f.width = -w;
                f.minus = true;
                f.zero = false;
            }
            after_index = false;
        } else {
            auto nr = parse_num(format, i);
            i = nr.next;
            f.width = nr.ok ? nr.num : -1;
            if (after_index && nr.ok) good_arg_num = false;  // "%[3]2d"
        }

        if (i + 1 < end && format[i] == '.') {
            ++i;
            if (after_index) good_arg_num = false;  // "%[3].2d"
            after_index = arg_number(i);
            if (i < end && format[i] == '*') {
                ++i;
                int p;
                bool ok = int_from_arg(args, arg_num, p);
                f.prec = ok && p >= 0 ? p : -1;
                // Go reports a negative precision argument as bad too.
                if (!ok || p < 0) out_ += "%!(BADPREC)";
                after_index = false;
            } else {
                auto nr = parse_num(format, i);
                i = nr.next;
                f.prec = nr.ok ? nr.num : 0;
            }
        }

        if (!after_index) after_index = arg_number(i);

        if (i >= end) {
            out_ += "%!(NOVERB)";
            break;
        }

        char32_t verb = static_cast<unsigned char>(format[i]);
        int size = 1;
        if (verb >= 0x80) {
            auto d = decode_rune(format, i);
            verb = d.rune;
            size = d.width;
        }
        i += static_cast<std::size_t>(size);

        if (verb == '%') {
            out_.push_back('%');  // absorbs no operand, ignores width/prec
        } else if (!good_arg_num) {
            out_ += "%!";
            write_rune(verb);
            out_ += "(BADINDEX)";
        } else if (arg_num >= args.size()) {
            out_ += "%!";
            write_rune(verb);
            out_ += "(MISSING)";
        } else {
            if (verb == 'v') {
                f.sharp_v = f.sharp;
                f.sharp = false;
                f.plus_v = f.plus;
                f.plus = false;
            }
            print_arg(args[arg_num], verb);
            ++arg_num;
        }
    }

    // Extra arguments are reported unless indexes reordered them.
    if (!reordered && arg_num < args.size()) {
        f = Spec{};
        out_ += "%!(EXTRA ";
        for (std::size_t k = arg_num; k < args.size(); ++k) {
            if (k > arg_num) out_ += ", ";
            const Arg& a = args[k];
            if (a.kind == Kind::Nil) {
                out_ += "<nil>";
            } else {
                out_ += a.type();
                out_.push_back('=');
                print_arg(a, 'v');
            }
        }
        out_.push_back(')');
    }
}

void Printer::do_print(std::span<const Arg> args) {
    bool prev_string = false;
    for (std::size_t k = 0; k < args.size(); ++k) {
        bool is_string = args[k].kind == Kind::String || (args[k].kind == Kind::Custom && args[k].string_kind);
        if (k > 0 && !is_string && !prev_string) out_.push_back(' ');
        f = Spec{};
        print_arg(args[k], 'v');
        prev_string = is_string;
    }
}

void Printer::do_println(std::span<const Arg> args) {
    for (std::size_t k = 0; k < args.size(); ++k) {
        if (k > 0) out_.push_back(' ');
        f = Spec{};
        print_arg(args[k], 'v');
    }
    out_.push_back('\n');
}

}  // namespace

void sprintf(std::string& out, std::string_view format, std::span<const Arg> args) {
    Printer p(out);
    p.do_printf(format, args);
}

int sprintf_wrap(std::string& out, std::string_view format, std::span<const Arg> args) {
    Printer p(out);
    p.wrap_errs = true;
    p.args_ = args;
    p.do_printf(format, args);
    return p.wrapped;
}

void sprint(std::string& out, std::span<const Arg> args) {
    Printer p(out);
    p.do_print(args);
}

void sprintln(std::string& out, std::span<const Arg> args) {
    Printer p(out);
    p.do_println(args);
}

void format_arg(std::string& out, const Arg& arg, const Spec& spec, char32_t verb) {
    Printer p(out);
    p.f = spec;
    p.print_arg(arg, verb);
}

// ---------------------------------------------------------------- builtins

void builtin_print_float(std::string& out, double v) {
    // Transcribes runtime.printfloat, including its deliberately naive
    // floating-point rounding, so the digits match Go's println exactly.
    if (v != v) {
        out += "NaN";
        return;
    }
    if (v + v == v && v > 0) {
        out += "+Inf";
        return;
    }
    if (v + v == v && v < 0) {
        out += "-Inf";
        return;
    }
    constexpr int n = 7;
    char buf[n + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (std::signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            ++e;
            v /= 10;
        }
        while (v < 1) {
            --e;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < n; ++i) h /= 10;
        v += h;
        if (v >= 10) {
            ++e;
            v /= 10;
        }
    }
    for (int i = 0; i < n; ++i) {
        int s = static_cast<int>(v);
        buf[i + 2] = static_cast<char>(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[n + 2] = 'e';
    buf[n + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[n + 3] = '-';
    }
    buf[n + 4] = static_cast<char>(e / 100 + '0');
    buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
    buf[n + 6] = static_cast<char>(e % 10 + '0');
    out.append(buf, sizeof buf);
}

void builtin_print_complex(std::string& out, double re, double im) {
    out.push_back('(');
    builtin_print_float(out, re);
    builtin_print_float(out, im);
    out += "i)";
}

void builtin_print_int(std::string& out, std::int64_t v) { format_int(out, v, 10); }

void builtin_print_uint(std::string& out, std::uint64_t v) { format_uint(out, v, 10); }

void builtin_print_bool(std::string& out, bool v) { out += v ? "true" : "false"; }

void builtin_print_pointer(std::string& out, std::uint64_t v) {
    out += "0x";
    format_uint(out, v, 16);
}

}  // namespace csp::fmtlib
