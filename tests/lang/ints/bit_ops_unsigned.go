// Bit manipulation on unsigned types: popcount, reversal, rotation by hand.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func rotl32(x uint32, k uint) uint32 {
	return x<<k | x>>(32-k)
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1))
	fmt.Println(rotl32(0x80000001, 1), rotl32(0x12345678, 8))
	fmt.Println(fnv1a(""), fnv1a("hello"), fnv1a("csp"))
	fmt.Printf("%08x %b %o %X\n", fnv1a("go"), uint8(0xA5), 64, uint16(0xbeef))
}
// Output:
// 0 8 2
// 3 878082066
// 2166136261 1335831723 4131857209
// 4220774b 10100101 100 BEEF
