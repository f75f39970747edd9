package main

import (
	"fmt"
	"time"
)

// Local in a zone with daylight saving time: CTest runs this file with
// TZ=America/New_York (tests/CMakeLists.txt), where Local is named after
// TZ and switches between EST and EDT.
func main() {
	t := time.Unix(1700000000, 0)
	fmt.Println(time.Local, t, t.Location())
	fmt.Println(t.Zone())
	fmt.Println(t.UTC(), t.In(time.Local).Format(time.RFC3339), t.Local().Format(time.RFC1123))

	// Both sides of both switches of 2023, and the hours that do not
	// exist (spring) or exist twice (autumn).
	for _, d := range [][4]int{
		{3, 12, 1, 59}, {3, 12, 2, 30}, {3, 12, 3, 0}, {11, 5, 0, 59}, {11, 5, 1, 30}, {11, 5, 2, 0},
		{1, 15, 12, 0}, {7, 4, 12, 0},
	} {
		lt := time.Date(2023, time.Month(d[0]), d[1], d[2], d[3], 0, 0, time.Local)
		name, off := lt.Zone()
		fmt.Println(lt, name, off, lt.Unix(), lt.UTC().Format(time.Kitchen))
	}

	// Adding across a switch: 24 hours is not always a calendar day.
	before := time.Date(2023, 3, 11, 12, 0, 0, 0, time.Local)
	fmt.Println(before.Add(24*time.Hour), before.AddDate(0, 0, 1), before.AddDate(0, 0, 1).Sub(before))
	fall := time.Date(2023, 11, 4, 12, 0, 0, 0, time.Local)
	fmt.Println(fall.Add(24*time.Hour), fall.AddDate(0, 0, 1), fall.AddDate(0, 0, 1).Sub(fall))

	// Parsing zone names and offsets against Local.
	for _, v := range [][2]string{
		{"2006-01-02 15:04 MST", "2023-07-01 12:00 EDT"},
		{"2006-01-02 15:04 MST", "2023-01-01 12:00 EDT"},
		{"2006-01-02 15:04 MST", "2023-01-01 12:00 EST"},
		{"2006-01-02 15:04 MST", "2023-01-01 12:00 PST"},
		{"2006-01-02 15:04 -0700", "2023-01-01 12:00 -0500"},
		{"2006-01-02 15:04 -0700", "2023-07-01 12:00 -0500"},
		{"2006-01-02 15:04 -0700 MST", "2023-07-01 12:00 -0400 EDT"},
		{time.RFC3339, "2023-07-01T12:00:00-04:00"},
		{time.RFC3339, "2023-07-01T12:00:00Z"},
	} {
		p, err := time.Parse(v[0], v[1])
		fmt.Println(p, err, p.Location())
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2023-07-01 12:00", time.Local)
	fmt.Println(p, err, p.Location())
	// Truncate and Round work on absolute time, not on the local clock.
	fmt.Println(t.Truncate(24*time.Hour), t.Round(time.Hour))
}

// Output:
// America/New_York 2023-11-14 17:13:20 -0500 EST America/New_York
// EST -18000
// 2023-11-14 22:13:20 +0000 UTC 2023-11-14T17:13:20-05:00 Tue, 14 Nov 2023 17:13:20 EST
// 2023-03-12 01:59:00 -0500 EST EST -18000 1678604340 6:59AM
// 2023-03-12 01:30:00 -0500 EST EST -18000 1678602600 6:30AM
// 2023-03-12 03:00:00 -0400 EDT EDT -14400 1678604400 7:00AM
// 2023-11-05 00:59:00 -0400 EDT EDT -14400 1699160340 4:59AM
// 2023-11-05 01:30:00 -0400 EDT EDT -14400 1699162200 5:30AM
// 2023-11-05 02:00:00 -0500 EST EST -18000 1699167600 7:00AM
// 2023-01-15 12:00:00 -0500 EST EST -18000 1673802000 5:00PM
// 2023-07-04 12:00:00 -0400 EDT EDT -14400 1688486400 4:00PM
// 2023-03-12 13:00:00 -0400 EDT 2023-03-12 12:00:00 -0400 EDT 23h0m0s
// 2023-11-05 11:00:00 -0500 EST 2023-11-05 12:00:00 -0500 EST 25h0m0s
// 2023-07-01 12:00:00 -0400 EDT <nil> America/New_York
// 2023-01-01 11:00:00 -0500 EST <nil> America/New_York
// 2023-01-01 12:00:00 -0500 EST <nil> America/New_York
// 2023-01-01 12:00:00 +0000 PST <nil> PST
// 2023-01-01 12:00:00 -0500 EST <nil> America/New_York
// 2023-07-01 12:00:00 -0500 -0500 <nil> 
// 2023-07-01 12:00:00 -0400 EDT <nil> America/New_York
// 2023-07-01 12:00:00 -0400 EDT <nil> America/New_York
// 2023-07-01 12:00:00 +0000 UTC <nil> UTC
// 2023-07-01 12:00:00 -0400 EDT <nil> America/New_York
// 2023-11-13 19:00:00 -0500 EST 2023-11-14 17:00:00 -0500 EST
