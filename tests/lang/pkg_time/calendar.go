package main

import (
	"fmt"
	"time"
)

func main() {
	// Date normalizes out-of-range values.
	fmt.Println(time.Date(2011, time.October, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2011, 14, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2011, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2011, time.January, 1, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2011, time.March, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2012, time.February, 29, 12, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2011, time.October, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(-1, -1, -1))

	// Leap years, year days, weekdays, ISO weeks.
	for _, y := range []int{1600, 1900, 2000, 2023, 2024, 2100} {
		dec31 := time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
		isoY, isoW := dec31.ISOWeek()
		jan1 := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		jy, jw := jan1.ISOWeek()
		fmt.Println(y, dec31.YearDay(), dec31.Weekday(), isoY, isoW, jan1.Weekday(), jy, jw)
	}
	fmt.Println(time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC).YearDay())

	// Unix times.
	u := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.Unix(1, 2e9+3).UTC(), time.Unix(1, -2e9-3).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Println(time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix())
	fmt.Println(time.Date(-500, 6, 15, 12, 0, 0, 0, time.UTC).Unix(), time.Unix(-77910000000, 0).UTC())

	// Add, Sub and comparisons.
	a := time.Date(2023, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	b := a.Add(time.Nanosecond)
	fmt.Println(b, b.Sub(a), a.Sub(b), b.After(a), b.Before(a), a.Equal(b))
	fmt.Println(a.Add(-24*time.Hour), a.Add(36*time.Hour+500*time.Millisecond))
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(a.In(est), a.In(est).Equal(a), a.In(est) == a, a.In(est).Sub(a))
	far := time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(a), a.Sub(far), far.Sub(time.Time{}))
	fmt.Println(time.Time{}.Add(-time.Second), time.Time{}.Add(-time.Second).Year())

	// Clock and Date.
	y, m, d := a.In(est).Date()
	h, mi, s := a.In(est).Clock()
	fmt.Println(y, m, d, h, mi, s, a.Nanosecond(), a.Hour(), a.Minute(), a.Second())

	// Round and Truncate work on the time since the zero time.
	t := time.Date(2012, time.December, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{
		0, time.Nanosecond, 7, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1,
	} {
		fmt.Println(d, t.Round(d).Format("2006-01-02 15:04:05.999999999"), t.Truncate(d).Format("2006-01-02 15:04:05.999999999"))
	}
	old := time.Date(-100, 5, 5, 5, 5, 5, 5, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Hour), old.Round(7*time.Second))
}

// Output:
// 2011-11-01 00:00:00 +0000 UTC
// 2012-02-01 00:00:00 +0000 UTC
// 2010-11-30 00:00:00 +0000 UTC
// 2011-01-02 02:02:02.000000005 +0000 UTC
// 2011-02-28 22:58:58.999999999 +0000 UTC
// 2013-03-01 12:00:00 +0000 UTC
// 2011-12-01 00:00:00 +0000 UTC
// 1998-11-30 00:00:00 +0000 UTC
// 1600 366 Sunday 1600 52 Saturday 1599 52
// 1900 365 Monday 1901 1 Monday 1900 1
// 2000 366 Sunday 2000 52 Saturday 1999 52
// 2023 365 Sunday 2023 52 Sunday 2022 52
// 2024 366 Tuesday 2025 1 Monday 2024 1
// 2100 365 Friday 2100 52 Friday 2099 53
// 60
// 2023-11-14 22:13:20.123456789 +0000 UTC 1700000000 1700000000123 1700000000123456 1700000000123456789
// 1970-01-01 00:00:00 +0000 UTC 1969-12-31 23:59:59 +0000 UTC 1969-12-31 23:59:59.999999999 +0000 UTC
// 1970-01-01 00:00:03.000000003 +0000 UTC 1969-12-31 23:59:58.999999997 +0000 UTC
// 2023-11-14 22:13:20.123 +0000 UTC 1969-12-31 23:59:59.999999 +0000 UTC
// -62135596800 true
// 253402300799
// -77931374400 -0499-02-17 21:20:00 +0000 UTC
// 2024-01-01 00:00:00 +0000 UTC 1ns -1ns true false false
// 2023-12-30 23:59:59.999999999 +0000 UTC 2024-01-02 12:00:00.499999999 +0000 UTC
// 2023-12-31 18:59:59.999999999 -0500 EST true false 0s
// 2419368h0m0.000000001s -2419368h0m0.000000001s 2562047h47m16.854775807s
// 0000-12-31 23:59:59 +0000 UTC 0
// 2023 December 31 18 59 59 999999999 23 59 59
// 0s 2012-12-07 12:15:30.918273645 2012-12-07 12:15:30.918273645
// 1ns 2012-12-07 12:15:30.918273645 2012-12-07 12:15:30.918273645
// 7ns 2012-12-07 12:15:30.918273648 2012-12-07 12:15:30.918273641
// 1µs 2012-12-07 12:15:30.918274 2012-12-07 12:15:30.918273
// 1ms 2012-12-07 12:15:30.918 2012-12-07 12:15:30.918
// 1s 2012-12-07 12:15:31 2012-12-07 12:15:30
// 2s 2012-12-07 12:15:30 2012-12-07 12:15:30
// 1m0s 2012-12-07 12:16:00 2012-12-07 12:15:00
// 10m0s 2012-12-07 12:20:00 2012-12-07 12:10:00
// 1h0m0s 2012-12-07 12:00:00 2012-12-07 12:00:00
// 24h0m0s 2012-12-08 00:00:00 2012-12-07 00:00:00
// 168h0m0s 2012-12-10 00:00:00 2012-12-03 00:00:00
// 2562047h47m16.854775807s 2046-12-09 22:30:57.983430649 1754-08-30 22:43:41.128654842
// -0100-05-05 05:00:00 +0000 UTC -0100-05-05 05:00:00 +0000 UTC -0100-05-05 05:05:03 +0000 UTC
