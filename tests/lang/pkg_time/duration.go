package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	// String: the smallest unit that keeps a non-zero leading digit.
	for _, d := range []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1234, 1500 * time.Microsecond, 999999,
		time.Millisecond, time.Second, 1500 * time.Millisecond, -1500 * time.Millisecond,
		59 * time.Second, 61 * time.Second, 2 * time.Minute, time.Hour, 90 * time.Minute,
		time.Hour + time.Nanosecond, 100*time.Hour + 59*time.Minute + 59*time.Second,
		time.Duration(math.MaxInt64), time.Duration(math.MinInt64),
	} {
		fmt.Println(int64(d), d)
	}
	fmt.Printf("%v %s %d %T\n", 3*time.Second, time.Minute, time.Millisecond, time.Second)

	// Conversions.
	d := 90*time.Minute + 30*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((-d).Hours(), (1500 * time.Microsecond).Seconds())

	// Arithmetic on durations is integer arithmetic.
	fmt.Println(d/2, d*2, d%time.Minute, -d, d-time.Hour)
	fmt.Println(time.Duration(2.5*float64(time.Second)), time.Second/3)

	// Round and Truncate.
	r := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{
		-1, 0, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour,
	} {
		fmt.Println(m, r.Round(m), r.Truncate(m), (-r).Round(m), (-r).Truncate(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println((15 * time.Second).Round(10*time.Second), (-15 * time.Second).Round(10*time.Second))

	// Abs.
	fmt.Println((-time.Second).Abs(), time.Second.Abs(), time.Duration(math.MinInt64).Abs())

	// ParseDuration.
	for _, s := range []string{
		"0", "-0", "+0", "5s", "30s", "1478s", "-5s", "+5s", "5.6s", "5.s", ".5s",
		"1.0s", "1.00s", "1.004s", "100.00100s", "10ns", "11us", "12µs", "12μs",
		"13ms", "14s", "15m", "16h", "3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns",
		"39h9m14.425s", "52763797000ns", "0.3333333333333333333h",
		"9007199254740993ns", "9223372036854775807ns", "9223372036854775.807us",
		"9223372036s854ms775us807ns", "-9223372036854775808ns",
		"0.100000000000000000000h", "0.830103483285477580700h",
		"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "3000000h",
		"9223372036854775808ns", "9223372036854775.808us", "9223372036854ms775us808ns",
		"-9223372036854775809ns", "1é", "2\x01s",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, d, err)
	}
}

// Output:
// 0 0s
// 1 1ns
// -1 -1ns
// 999 999ns
// 1000 1µs
// 1001 1.001µs
// 1234 1.234µs
// 1500000 1.5ms
// 999999 999.999µs
// 1000000 1ms
// 1000000000 1s
// 1500000000 1.5s
// -1500000000 -1.5s
// 59000000000 59s
// 61000000000 1m1s
// 120000000000 2m0s
// 3600000000000 1h0m0s
// 5400000000000 1h30m0s
// 3600000000001 1h0m0.000000001s
// 363599000000000 100h59m59s
// 9223372036854775807 2562047h47m16.854775807s
// -9223372036854775808 -2562047h47m16.854775808s
// 3s 1m0s 1000000 time.Duration
// 1.5084722222222222 90.50833333333334 5430.5
// 5430500 5430500000 5430500000000
// -1.5084722222222222 0.0015
// 45m15.25s 3h1m1s 30.5s -1h30m30.5s 30m30.5s
// 2.5s 333.333333ms
// -1ns 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// 0s 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// 1ns 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// 1µs 1h15m30.918274s 1h15m30.918273s -1h15m30.918274s -1h15m30.918273s
// 1ms 1h15m30.918s 1h15m30.918s -1h15m30.918s -1h15m30.918s
// 1s 1h15m31s 1h15m30s -1h15m31s -1h15m30s
// 2s 1h15m30s 1h15m30s -1h15m30s -1h15m30s
// 1m0s 1h16m0s 1h15m0s -1h16m0s -1h15m0s
// 10m0s 1h20m0s 1h10m0s -1h20m0s -1h10m0s
// 1h0m0s 1h0m0s 1h0m0s -1h0m0s -1h0m0s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 20s -20s
// 1s 1s 2562047h47m16.854775807s
// "0" 0s <nil>
// "-0" 0s <nil>
// "+0" 0s <nil>
// "5s" 5s <nil>
// "30s" 30s <nil>
// "1478s" 24m38s <nil>
// "-5s" -5s <nil>
// "+5s" 5s <nil>
// "5.6s" 5.6s <nil>
// "5.s" 5s <nil>
// ".5s" 500ms <nil>
// "1.0s" 1s <nil>
// "1.00s" 1s <nil>
// "1.004s" 1.004s <nil>
// "100.00100s" 1m40.001s <nil>
// "10ns" 10ns <nil>
// "11us" 11µs <nil>
// "12µs" 12µs <nil>
// "12μs" 12µs <nil>
// "13ms" 13ms <nil>
// "14s" 14s <nil>
// "15m" 15m0s <nil>
// "16h" 16h0m0s <nil>
// "3h30m" 3h30m0s <nil>
// "10.5s4m" 4m10.5s <nil>
// "-2m3.4s" -2m3.4s <nil>
// "1h2m3s4ms5us6ns" 1h2m3.004005006s <nil>
// "39h9m14.425s" 39h9m14.425s <nil>
// "52763797000ns" 52.763797s <nil>
// "0.3333333333333333333h" 20m0s <nil>
// "9007199254740993ns" 2501h59m59.254740993s <nil>
// "9223372036854775807ns" 2562047h47m16.854775807s <nil>
// "9223372036854775.807us" 2562047h47m16.854775807s <nil>
// "9223372036s854ms775us807ns" 2562047h47m16.854775807s <nil>
// "-9223372036854775808ns" -2562047h47m16.854775808s <nil>
// "0.100000000000000000000h" 6m0s <nil>
// "0.830103483285477580700h" 49m48.372539827s <nil>
// "" 0s time: invalid duration ""
// "3" 0s time: missing unit in duration "3"
// "-" 0s time: invalid duration "-"
// "s" 0s time: invalid duration "s"
// "." 0s time: invalid duration "."
// "-." 0s time: invalid duration "-."
// ".s" 0s time: invalid duration ".s"
// "+.s" 0s time: invalid duration "+.s"
// "1d" 0s time: unknown unit "d" in duration "1d"
// "3000000h" 0s time: invalid duration "3000000h"
// "9223372036854775808ns" 0s time: invalid duration "9223372036854775808ns"
// "9223372036854775.808us" 0s time: invalid duration "9223372036854775.808us"
// "9223372036854ms775us808ns" 0s time: invalid duration "9223372036854ms775us808ns"
// "-9223372036854775809ns" 0s time: invalid duration "-9223372036854775809ns"
// "1é" 0s time: unknown unit "\xc3\xa9" in duration "1\xc3\xa9"
// "2\x01s" 0s time: unknown unit "\x01s" in duration "2\x01s"
