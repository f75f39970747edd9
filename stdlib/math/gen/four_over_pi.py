#!/usr/bin/env python3
"""Prints the binary expansion of 4/Pi as the 64-bit words of
kFourOverPi in stdlib/math/trig_reduce.cpp: word 0 holds the integer part,
each further word the next 64 fraction bits (truncated, not rounded).
Pi comes from Machin's formula in exact integer arithmetic."""

WORDS = 20
GUARD = 64


def arctan_inv(n, bits):
    """arctan(1/n) * 2^bits, by its Taylor series in integers."""
    term = (1 << bits) // n
    total, k, sign = term, 1, -1
    while term:
        term //= n * n
        k += 2
        total += sign * (term // k)
        sign = -sign
    return total


bits = 64 * WORDS + GUARD
pi = 4 * (4 * arctan_inv(5, bits) - arctan_inv(239, bits))  # Pi * 2^bits
four_over_pi = (4 << (2 * bits)) // pi                      # 4/Pi * 2^bits
expansion = four_over_pi >> (bits - 64 * (WORDS - 1))
words = [(expansion >> (64 * (WORDS - 1 - i))) & (2**64 - 1) for i in range(WORDS)]
for i in range(0, WORDS, 4):
    print("    " + " ".join("0x%016x," % w for w in words[i:i + 4]))
